// The bar at the top of every signed-in page, and the page-wide message for failures that are
// not tied to one exercise.
import { el, replace } from './dom.js';
import { logout, request } from './api.js';

/** Who sees the instructor dashboard of a course: its instructors and its teaching assistants. */
export function isStaff(user) {
  return user.role === 'instructor' || user.role === 'teaching-assistant';
}

export function header(user) {
  const bar = document.getElementById('topbar');
  replace(bar,
    el('a', { href: '/home.html', class: 'brand' }, 'Tangent Lab'),
    courseSwitch(user),
    isStaff(user) ? otherView() : null,
    el('span', { class: 'who' }, `${user.displayName} (${user.username}, ${user.role})`),
    el('button', { type: 'button', id: 'logout', onclick: async () => {
      try { await logout(); } finally { location.href = '/index.html'; }
    } }, 'Log out'));
}

/**
 * The course the session works in and, for someone in several, a way to switch: the page reloads in
 * the chosen course, since everything on it belongs to one course.
 */
function courseSwitch(user) {
  const name = el('span', { id: 'course-name' }, user.course ? `Course: ${user.course.title}`
    + (user.course.archived ? ' (archived)' : '') : 'Course: none yet');
  const form = el('form', { id: 'course-switch', class: 'course-switch' }, name);
  if (!user.course) return form;
  request('GET', '/api/courses').then(({ courses }) => {
    if (courses.length < 2) return;
    const choice = el('select', { id: 'course-choice' }, courses.map((c) => el('option', {
      value: String(c.id), selected: c.id === user.course.id ? '' : null,
    }, `${c.title}${c.archived ? ' (archived)' : ''} · ${c.role}`)));
    form.append(el('label', { for: 'course-choice', class: 'visually-hidden' }, 'Switch course'), choice,
      el('button', { type: 'submit' }, 'Switch course'));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      await request('POST', '/api/courses/current', { course: Number(choice.value) });
      location.reload();
    });
  }).catch(() => {});
  return form;
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
