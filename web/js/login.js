// Sign in, then go where the visitor was headed (same site only), else to the course home, or for
// an instructor to the dashboard (which links to the student view). A refusal
// says what happened in words, marks the fields invalid for screen readers, and, when sign-ins
// are held back, counts down to the moment another try is taken.
import { login, me, safeNext } from './api.js';

const asked = new URLSearchParams(location.search).get('next');
const next = safeNext(asked);
const fields = ['username', 'password'].map((id) => document.getElementById(id));
const error = document.getElementById('login-error');
const wait = document.getElementById('login-wait');
let countdown = null;

// Already signed in: nothing to do here.
me().then((user) => { location.href = destination(user); }, () => {});

document.getElementById('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  error.hidden = true;
  try {
    location.href = destination(await login(fields[0].value, fields[1].value));
  } catch (e) {
    refused(e);
  }
});

function destination(user) {
  return (user.role === 'instructor' || user.role === 'teaching-assistant') && asked === null
    ? '/instructor.html' : next;
}

fields.forEach((f) => f.addEventListener('input', () => f.removeAttribute('aria-invalid')));

function refused(e) {
  function destination(user) {
  return (user.role === 'instructor' || user.role === 'teaching-assistant') && asked === null
    ? '/instructor.html' : next;
}

fields.forEach((f) => f.setAttribute('aria-invalid', String(e.status === 401 || e.status === 429)));
  if (e.status === 401) {
    error.textContent = 'Wrong username or password.';
  } else if (e.status === 429) {
    // The server counts failures per account and address, and per address alone.
    const who = e.message.includes('one account') ? 'for this account from this address' : 'from this address';
    error.textContent = `Too many failed sign-ins ${who}: sign-ins are paused for a few minutes.`;
    countDown(e.retryAfter);
  } else {
    error.textContent = e.message;
  }
  error.hidden = false;
}

/** Not a live region: the alert above is said once, the seconds are only shown. */
function countDown(seconds) {
  clearInterval(countdown);
  let left = seconds || 0;
  const tick = () => {
    wait.textContent = left > 0 ? `You can try again in ${left} s.` : 'You can try again now.';
    left -= 1;
    if (left < 0) clearInterval(countdown);
  };
  tick();
  countdown = setInterval(tick, 1000);
  wait.hidden = false;
}
