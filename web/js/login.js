// Sign in, then go where the visitor was headed (same site only) or to the course home.
import { login, me, safeNext } from './api.js';

const next = safeNext(new URLSearchParams(location.search).get('next'));

// Already signed in: nothing to do here.
me().then(() => { location.href = next; }, () => {});

document.getElementById('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = document.getElementById('login-error');
  error.hidden = true;
  try {
    await login(document.getElementById('username').value, document.getElementById('password').value);
    location.href = next;
  } catch (e) {
    error.textContent = e.status === 401 ? 'Wrong username or password.' : e.message;
    error.hidden = false;
  }
});
