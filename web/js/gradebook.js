// The gradebook: students × exercises under the course's grading and late policies, sortable by any
// column, filtered by name; a cell opens that student's attempts at that exercise with code and
// feedback.
import { request } from './api.js';
import { el, replace, formatScore, formatTime } from './dom.js';
import { instructorPage, studentLink } from './dashboard.js';
import { renderGrade } from './outcome.js';

const state = { book: null, sortKey: 'student', descending: false, filter: '', instructs: false };

async function load(user) {
  state.instructs = user.role === 'instructor';
  state.book = await request('GET', '/api/instructor/gradebook');
  await showOverrides();
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

function header(key, label, title) {
  const active = state.sortKey === key;
  const arrow = active ? (state.descending ? ' ▼' : ' ▲') : '';
  return el('th', { 'data-sort': key, title, 'aria-sort': active ? (state.descending ? 'descending' : 'ascending') : null },
    el('button', { type: 'button', class: 'sort', onclick: () => {
      state.descending = state.sortKey === key ? !state.descending : key !== 'student';
      state.sortKey = key;
      draw();
    } }, label + arrow));
}

function draw() {
  const book = state.book;
  const rows = sortedRows();
  document.getElementById('shown').textContent = `${rows.length} of ${book.rows.length} students`;
  replace(document.getElementById('gradebook'),
    el('thead', {}, el('tr', {},
      header('student', 'Student'),
      book.exercises.map((x) => header(x.id, x.id, `${x.title} (${formatScore(x.points)} points)`
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

/** An extension's mark: the student's own deadline for the exercise. */
function extensionMark(row, exercise) {
  const due = row.extended && row.extended[exercise.id];
  return due ? el('small', { class: 'badge extended' }, `extended to ${formatTime(due)}`) : null;
}

function cellView(row, exercise) {
  const cell = row.cells[exercise.id];
  if (!cell) return el('td', { class: 'cell empty', 'data-exercise': exercise.id }, '–', extensionMark(row, exercise));
  const open = () => showAttempts(row, exercise);
  const main = cell.score === null ? 'grading…' : formatScore(cell.score);
  return el('td', { class: `cell${cell.late ? ' late' : ''}`, 'data-exercise': exercise.id },
    el('button', { type: 'button', class: 'link cell-open', onclick: open,
      title: `${cell.attempts} attempt(s); click for the code and feedback` }, main),
    cell.penaltyPercent > 0 ? el('small', { class: 'penalty' }, ` (raw ${formatScore(cell.rawScore)}, −${formatScore(cell.penaltyPercent)}%)`) : null,
    el('small', { class: 'muted' }, ` ×${cell.attempts}`), extensionMark(row, exercise));
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
      attempts.map((d) => attemptView(d, d.attempt.id === counting, () => showAttempts(row, exercise))));
    box.scrollIntoView({ block: 'nearest' });
  } catch (e) {
    replace(box, el('p', { class: 'error' }, `${e.status}: ${e.message}`));
  }
}

/** The course's override log: every score set by hand, with who, when and why. */
async function showOverrides() {
  const { overrides } = await request('GET', '/api/instructor/overrides');
  replace(document.getElementById('overrides'),
    el('thead', {}, el('tr', {}, ['when', 'student', 'exercise', 'attempt', 'old', 'new', 'reason', 'by']
      .map((h) => el('th', {}, h)))),
    el('tbody', {}, overrides.map((o) => el('tr', {}, el('td', {}, formatTime(o.overriddenAt)), el('td', {}, o.student),
      el('td', {}, o.exerciseId), el('td', {}, String(o.submissionId)), el('td', { class: 'num' }, formatScore(o.oldScore)),
      el('td', { class: 'num' }, formatScore(o.newScore)), el('td', {}, o.reason), el('td', {}, o.overriddenBy)))));
}

/** For the course's instructors: a graded attempt's score set by hand, with the reason the log keeps. */
function overrideForm(a, reopen) {
  const id = `override-${a.id}`;
  const score = el('input', { id: `${id}-score`, type: 'number', min: '0', max: String(a.maxScore), step: '0.01',
    required: '', class: 'short' });
  const reason = el('input', { id: `${id}-reason`, required: '', maxlength: '1000' });
  const result = el('span', { role: 'status' });
  return el('form', { class: 'override-form', onsubmit: async (event) => {
    event.preventDefault();
    try {
      await request('POST', `/api/instructor/submissions/${a.id}/override`,
        { score: Number(score.value), reason: reason.value });
      state.book = await request('GET', '/api/instructor/gradebook');
      draw();
      await showOverrides();
      await reopen();
    } catch (e) {
      result.className = 'error';
      result.textContent = `${e.status}: ${e.message}`;
    }
  } }, el('label', { for: score.id }, 'New score'), score, el('label', { for: reason.id }, 'Reason'), reason,
  el('button', { type: 'submit' }, 'Override the score'), result);
}

function attemptView(detail, counts, reopen) {
  const a = detail.attempt;
  const score = a.score === null ? 'not graded yet'
    : `${formatScore(a.score)} / ${formatScore(a.maxScore)}`
      + (a.penaltyPercent > 0 ? ` (raw ${formatScore(a.rawScore)}, −${formatScore(a.penaltyPercent)}%)` : '');
  return el('details', { class: 'attempt', 'data-attempt': a.id, open: counts },
    el('summary', {}, `${formatTime(a.submittedAt)} · ${a.status || 'grading'} · ${score} · ${a.source}`,
      a.late ? el('span', { class: 'badge late' }, `late ${a.daysLate} day(s)`) : null,
      counts ? el('span', { class: 'badge counts' }, 'counts') : null),
    state.instructs && a.status ? overrideForm(a, reopen) : null,
    el('pre', { class: 'attempt-code' }, detail.code),
    detail.grade ? renderGrade(detail.grade, 'submission') : null);
}

instructorPage('gradebook', load);
