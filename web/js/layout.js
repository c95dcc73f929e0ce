// The bar at the top of every signed-in page, and the page-wide message for failures that are
// not tied to one exercise.
import { el, replace } from './dom.js';
import { logout } from './api.js';

export function header(user) {
  const bar = document.getElementById('topbar');
  replace(bar,
    el('a', { href: '/home.html', class: 'brand' }, 'Tangent Lab'),
    el('span', { class: 'who' }, `${user.displayName} (${user.username}, ${user.role})`),
    el('button', { type: 'button', id: 'logout', onclick: async () => {
      try { await logout(); } finally { location.href = '/index.html'; }
    } }, 'Log out'));
}

export function pageError(error) {
  const box = document.getElementById('page-error');
  replace(box, error.status ? `${error.status}: ${error.message}` : String(error.message || error));
  box.hidden = false;
}
