// What every instructor page shares: the signed-in check, the top bar, the dashboard's navigation,
// and the refusal students see ("403: instructors only").
import { requireUser } from './api.js';
import { el, replace } from './dom.js';
import { header, pageError } from './layout.js';

const PAGES = [
  ['home', '/instructor.html', 'Dashboard'],
  ['gradebook', '/gradebook.html', 'Gradebook'],
  ['students', '/student.html', 'Students'],
  ['analytics', '/analytics.html', 'Exercises'],
  ['submissions', '/submissions.html', 'Submissions'],
  ['regrade', '/regrade.html', 'Regrade'],
  ['similarity', '/similarity.html', 'Similarity'],
  ['settings', '/settings.html', 'Settings & deadlines'],
  ['accounts', '/instructor.html#accounts', 'Accounts'],
];

/** Fills #dashnav, marking the page named `active`. */
export function dashboardNav(active) {
  const nav = document.getElementById('dashnav');
  if (!nav) return;
  replace(nav, el('ul', {}, PAGES.map(([key, href, label]) => el('li', {},
    el('a', { href, 'data-page': key, class: key === active ? 'active' : null,
      'aria-current': key === active ? 'page' : null }, label)))));
}

/**
 * Signs in (or off to the login page), draws the bar and the navigation, then runs `load`;
 * the server refuses students with 403, shown as "403: instructors only". The element
 * #dashboard is shown only once `load` has succeeded.
 */
export async function instructorPage(active, load) {
  try {
    const user = await requireUser();
    header(user);
    await load(user);
  } catch (e) {
    if (e.status === 403) e.message = 'instructors only';
    pageError(e);
    return;
  }
  dashboardNav(active);
  document.getElementById('dashboard').hidden = false;
}

/** Seconds as the largest sensible unit: "45 s", "12 min", "3.5 h", "2.1 days". */
export function formatDuration(seconds) {
  if (seconds === null || seconds === undefined) return '';
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 86400) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86400).toFixed(1)} days`;
}

export function studentLink(username, text) {
  return el('a', { href: `/student.html?user=${encodeURIComponent(username)}` }, text || username);
}
