// What the instructor dashboard's pages share: the sign-in and role check, the navigation,
// tables with a CSV download, and code shown with line numbers. Everything from users is text.
import { ApiError, requireUser } from './api.js';
import { el, replace, formatScore, formatTime } from './dom.js';
import { header, isStaff, pageError } from './layout.js';
import { download } from './csv.js';

const PAGES = [
  ['home', '/instructor.html', 'Dashboard'],
  ['gradebook', '/gradebook.html', 'Gradebook'],
  ['students', '/student.html', 'Students'],
  ['analytics', '/analytics.html', 'Exercises'],
  ['submissions', '/submissions.html', 'Submissions'],
  ['regrade', '/regrade.html', 'Regrade'],
  ['similarity', '/similarity.html', 'Similarity'],
  ['settings', '/settings.html', 'Settings & deadlines'],
  ['lti', '/lti.html', 'Learning platforms'],
  ['accounts', '/instructor.html#accounts', 'Accounts'],
];

/** Pages about the whole site, not one course: for instructor accounts only, as the server says. */
const SITE_PAGES = new Set(['lti']);

/** Fills #dashnav for `user`, marking the page named `active`. */
export function dashboardNav(active, user) {
  const nav = document.getElementById('dashnav');
  if (!nav) return;
  const pages = PAGES.filter(([key]) => !SITE_PAGES.has(key) || user.accountRole === 'instructor');
  replace(nav, el('ul', {}, pages.map(([key, href, label]) => el('li', {},
    el('a', { href, 'data-page': key, class: key === active ? 'active' : null,
      'aria-current': key === active ? 'page' : null }, label)))));
}

/**
 * Signs in (anonymous users go to the login page), draws the bar and the navigation with the
 * page named `active` marked, then runs `load`. A student is told the page is for instructors
 * only, as the API refuses them with 403; any other failure is shown in #page-error.
 */
export async function instructorPage(active, load) {
  try {
    const user = await requireUser();
    header(user);
    dashboardNav(active, user);
    // The server refuses students every instructor route; this only spares them a half-drawn page.
    if (!isStaff(user)) throw new ApiError(403, 'instructors only');
    // Shown before loading, so that charts drawn while loading measure their real width.
    document.getElementById('dashboard').hidden = false;
    await load(user);
  } catch (e) {
    if (e.status === 403) {
      e.message = 'instructors only';
      document.getElementById('dashboard').hidden = true;
    }
    pageError(e);
  }
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

export const score = formatScore;
export const time = formatTime;

export function percent(share) {
  return share === null || share === undefined ? '–' : `${Math.round(share * 1000) / 10}%`;
}

export function number(x, digits = 2) {
  if (x === null || x === undefined) return '–';
  const factor = 10 ** digits;
  return (Math.round(x * factor) / factor).toString();
}

/**
 * A table from `rows`. Each column has a `label`, a `value(row)` for the CSV and, when the
 * cell shows more than that value, a `cell(row)` giving a node or text. The CSV button
 * downloads exactly the rows shown.
 */
export function dataTable(id, filename, columns, rows, rowProps = () => ({})) {
  const table = el('table', { id, class: 'data' },
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { class: c.numeric ? 'num' : null }, c.label)))),
    el('tbody', {}, rows.map((row) => el('tr', rowProps(row), columns.map((c) =>
      el('td', { class: c.numeric ? 'num' : null }, c.cell ? c.cell(row) : c.value(row)))))));
  const csv = el('button', {
    type: 'button', class: 'csv', 'data-csv': id,
    onclick: () => download(filename, columns.map((c) => c.label), rows.map((r) => columns.map((c) => c.value(r)))),
  }, 'Download CSV');
  return el('div', { class: 'table-block' }, el('div', { class: 'table-tools' }, `${rows.length} rows`, csv),
    el('div', { class: 'table-scroll' }, table));
}

/**
 * Source code with line numbers, as text. `lineClass(n)` may give a class to line n (1-based),
 * to mark it, e.g. as part of a matching region. A long line scrolls the box sideways, so the box
 * takes keyboard focus (arrow keys scroll it) and is named by `label`.
 */
export function codeView(code, lineClass = () => null, label = 'Code') {
  const lines = code.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  return el('div', { class: 'code', ...scrollableRegion(label) }, lines.map((text, i) =>
    el('div', { class: ['line', lineClass(i + 1)].filter(Boolean).join(' '), 'data-line': i + 1 },
      el('span', { class: 'ln' }, String(i + 1)), el('span', { class: 'src' }, text))));
}

/** What a box that scrolls needs for the keyboard: a tab stop, and a name said on arriving there. */
export function scrollableRegion(label) {
  return { tabindex: '0', role: 'region', 'aria-label': label };
}

/** The exercises, for the pages' choosers. */
export function exerciseOptions(exercises, selected, allLabel) {
  return [
    allLabel ? el('option', { value: '' }, allLabel) : null,
    exercises.map((x) => el('option', { value: x.id, selected: x.id === selected }, `${x.title} (${x.id})`)),
  ];
}

/** Per-test feedback of a grade, as the student saw it. */
export function testsTable(id, grade) {
  return dataTable(id, `${id}.csv`, [
    { label: 'test', value: (t) => t.name },
    { label: 'kind', value: (t) => t.kind },
    { label: 'result', value: (t) => (t.passed ? 'pass' : 'fail') },
    { label: 'points', value: (t) => `${score(t.points)} / ${score(t.maxPoints)}`, numeric: true },
    { label: 'hint', value: (t) => t.hint || '' },
  ], grade.tests, (t) => ({ class: t.passed ? 'pass' : 'fail' }));
}
