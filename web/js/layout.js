// The bar at the top of every signed-in page, and the page-wide message for failures that are
// not tied to one exercise.
import { el, replace } from './dom.js';
import { logout } from './api.js';

export function header(user) {
  const bar = document.getElementById('topbar');
  replace(bar,
    el('a', { href: '/home.html', class: 'brand' }, 'Tangent Lab'),
    user.role === 'instructor' ? otherView() : null,
    el('span', { class: 'who' }, `${user.displayName} (${user.username}, ${user.role})`),
    el('button', { type: 'button', id: 'logout', onclick: async () => {
      try { await logout(); } finally { location.href = '/index.html'; }
    } }, 'Log out'));
}

/** An instructor moves between the dashboard and the course as students see it. */
function otherView() {
  return document.getElementById('dashnav')
    ? el('a', { href: '/home.html', id: 'other-view' }, 'Student view')
    : el('a', { href: '/instructor.html', id: 'other-view' }, 'Instructor dashboard');
}

/**
 * A failure of the whole page: what went wrong in words, and a way back to the course home
 * beside it (a refused or missing page is a dead end otherwise).
 */
export function pageError(error) {
  const box = document.getElementById('page-error');
  if (error.status === 404) {
    replace(box, `Not found: ${error.message}.`);
    document.title = 'Not found · Tangent Lab';
  } else {
    replace(box, error.status ? `${error.status}: ${error.message}` : String(error.message || error));
  }
  box.hidden = false;
  if (!document.getElementById('way-back')) {
    box.after(el('p', { id: 'way-back' }, el('a', { href: '/home.html' }, 'Back to the course home')));
  }
}
