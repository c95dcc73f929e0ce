// The gradebook: students × exercises under the course's grading and late policies, sortable by any
// column, filtered by name; a cell opens that student's attempts at that exercise with code and
// feedback.
import { request } from './api.js';
import { el, replace, formatScore, formatTime } from './dom.js';
import { instructorPage, studentLink } from './dashboard.js';
import { renderGrade } from './outcome.js';

const state = { book: null, sortKey: 'student', descending: false, filter: '' };

async function load() {
  state.book = await request('GET', '/api/instructor/gradebook');
  const r = state.book.rules;
  replace(document.getElementById('rules'), `Counting the ${r.gradingPolicy} attempt of each exercise; ${r.lateRule}. `,
    el('a', { href: '/settings.html' }, 'Change in Settings & deadlines'), '.');
  document.getElementById('filter').addEventListener('input', (event) => {
    state.filter = event.target.value.trim().toLowerCase();
    draw();
  });
  draw();
}

/** What a column sorts by; students without a graded attempt sort below every score. */
function sortValue(row, key) {
  if (key === 'student') return row.displayName.toLowerCase();
  if (key === 'total') return row.total;
  if (key === 'percent') return row.percent;
  const cell = row.cells[key];
  return cell && cell.score !== null ? cell.score : -1;
}

function sortedRows() {
  const rows = state.book.rows.filter((r) => !state.filter
    || r.displayName.toLowerCase().includes(state.filter) || r.username.toLowerCase().includes(state.filter));
  const sign = state.descending ? -1 : 1;
  return rows.sort((a, b) => {
    const x = sortValue(a, state.sortKey);
    const y = sortValue(b, state.sortKey);
    if (x < y) return -sign;
    if (x > y) return sign;
    return a.username.localeCompare(b.username);
  });
}

/** An exercise's column is named by its title; where the screen is narrow the stylesheet shows the shorter id. */
function exerciseLabel(x) {
  return [el('span', { class: 'long-name' }, x.title), el('span', { class: 'short-name' }, x.id)];
}

function header(key, label, title) {
  const active = state.sortKey === key;
  const arrow = active ? (state.descending ? ' ▼' : ' ▲') : '';
  return el('th', { 'data-sort': key, title, 'aria-sort': active ? (state.descending ? 'descending' : 'ascending') : null },
    el('button', { type: 'button', class: 'sort', onclick: () => {
      state.descending = state.sortKey === key ? !state.descending : key !== 'student';
      state.sortKey = key;
      draw();
    } }, label, arrow));
}

function draw() {
  const book = state.book;
  const rows = sortedRows();
  document.getElementById('shown').textContent = `${rows.length} of ${book.rows.length} students`;
  replace(document.getElementById('gradebook'),
    el('thead', {}, el('tr', {},
      header('student', 'Student'),
      book.exercises.map((x) => header(x.id, exerciseLabel(x), `${x.title} (${x.id}, ${formatScore(x.points)} points)`
        + (x.deadline ? `, due ${formatTime(x.deadline)}` : ''))),
      header('total', `Total / ${formatScore(book.maxTotal)}`),
      header('percent', '%'))),
    el('tbody', {}, rows.map((r) => el('tr', { 'data-student': r.username },
      el('th', { scope: 'row' }, studentLink(r.username, r.displayName),
        r.username !== r.displayName ? el('small', {}, ` ${r.username}`) : null,
        r.hasAccount ? null : el('span', { class: 'badge' }, 'no account')),
      book.exercises.map((x) => cellView(r, x)),
      el('td', { class: 'num total' }, formatScore(r.total)),
      el('td', { class: 'num' }, formatScore(r.percent))))));
}

function cellView(row, exercise) {
  const cell = row.cells[exercise.id];
  if (!cell) return el('td', { class: 'cell empty', 'data-exercise': exercise.id }, '–');
  const open = () => showAttempts(row, exercise);
  const main = cell.score === null ? 'grading…' : formatScore(cell.score);
  return el('td', { class: `cell${cell.late ? ' late' : ''}`, 'data-exercise': exercise.id },
    el('button', { type: 'button', class: 'link cell-open', onclick: open,
      title: `${cell.attempts} attempt(s); click for the code and feedback` }, main),
    cell.penaltyPercent > 0 ? el('small', { class: 'penalty' }, ` (raw ${formatScore(cell.rawScore)}, −${formatScore(cell.penaltyPercent)}%)`) : null,
    el('small', { class: 'muted' }, ` ×${cell.attempts}`));
}

async function showAttempts(row, exercise) {
  const box = document.getElementById('cell-attempts');
  box.hidden = false;
  replace(box, el('p', {}, 'Loading…'));
  const path = `/api/instructor/gradebook/attempts?student=${encodeURIComponent(row.username)}`
    + `&exercise=${encodeURIComponent(exercise.id)}`;
  try {
    const { attempts } = await request('GET', path);
    const counting = row.cells[exercise.id].countingId;
    replace(box,
      el('h2', {}, `${row.displayName}: ${exercise.title}`),
      el('p', { class: 'muted' }, exercise.deadline ? `Due ${formatTime(exercise.deadline)}. ` : 'No deadline. ',
        studentLink(row.username, 'Timeline of this student'), '.'),
      attempts.map((d) => attemptView(d, d.attempt.id === counting)));
    box.scrollIntoView({ block: 'nearest' });
  } catch (e) {
    replace(box, el('p', { class: 'error' }, `${e.status}: ${e.message}`));
  }
}

function attemptView(detail, counts) {
  const a = detail.attempt;
  const score = a.score === null ? 'not graded yet'
    : `${formatScore(a.score)} / ${formatScore(a.maxScore)}`
      + (a.penaltyPercent > 0 ? ` (raw ${formatScore(a.rawScore)}, −${formatScore(a.penaltyPercent)}%)` : '');
  return el('details', { class: 'attempt', 'data-attempt': a.id, open: counts },
    el('summary', {}, `${formatTime(a.submittedAt)} · ${a.status || 'grading'} · ${score} · ${a.source}`,
      a.late ? el('span', { class: 'badge late' }, `late ${a.daysLate} day(s)`) : null,
      counts ? el('span', { class: 'badge counts' }, 'counts') : null),
    el('pre', { class: 'attempt-code' }, detail.code),
    detail.grade ? renderGrade(detail.grade, 'submission', null, a.score === null ? null : a) : null);
}

instructorPage('gradebook', load);
