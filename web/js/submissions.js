// The submission browser: filter every submission, open one (its code, tests and diagnostics),
// and compare two attempts of one student at one exercise line by line.
import { request } from './api.js';
import { el, replace } from './dom.js';
import { pageError } from './layout.js';
import { instructorPage, dataTable, codeView, scrollableRegion, exerciseOptions, testsTable, score, time } from './dashboard.js';

const STATUSES = ['graded', 'compile_error', 'rejected', 'timeout', 'memory_limit', 'output_limit', 'crashed',
  'ungraded'];
const FILTERS = { exercise: 'f-exercise', status: 'f-status', student: 'f-student', from: 'f-from', to: 'f-to' };
const ticked = new Map();

async function main() {
  await instructorPage('submissions', async () => {
    const params = new URLSearchParams(location.search);
    const exercises = await request('GET', '/api/exercises');
    replace(document.getElementById('f-exercise'), exerciseOptions(exercises, params.get('exercise'), 'every exercise'));
    replace(document.getElementById('f-status'), el('option', { value: '' }, 'any outcome'),
      STATUSES.map((s) => el('option', { value: s, selected: s === params.get('status') }, s)));
    for (const [name, id] of Object.entries(FILTERS)) {
      if (name !== 'exercise' && name !== 'status' && params.get(name)) document.getElementById(id).value = params.get(name);
    }
    await showList();
    if (params.get('open')) await openSubmission(params.get('open'));
  });
}

function query() {
  const params = new URLSearchParams();
  for (const [name, id] of Object.entries(FILTERS)) {
    const value = document.getElementById(id).value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

async function showList() {
  const params = query();
  history.replaceState(null, '', `/submissions.html${params.toString() ? '?' + params : ''}`);
  const error = document.getElementById('list-error');
  error.hidden = true;
  let found;
  try {
    found = await request('GET', `/api/instructor/submissions?${params}`);
  } catch (e) {
    if (e.status === 403 || e.status === 401) throw e;
    replace(error, `${e.status}: ${e.message}`);
    error.hidden = false;
    return;
  }
  ticked.clear();
  updateCompare();
  replace(document.getElementById('list-count'), found.total > found.submissions.length
    ? `Showing the newest ${found.submissions.length} of ${found.total} submissions.`
    : `${found.total} submissions.`);
  replace(document.getElementById('list'), dataTable('submissions', 'submissions.csv', [
    { label: 'compare', value: () => '', cell: (s) => el('input', { type: 'checkbox', class: 'tick',
      'aria-label': `compare submission ${s.id}`, 'data-id': s.id, onchange: (e) => tick(s, e.target.checked) }) },
    { label: 'id', value: (s) => s.id, numeric: true,
      cell: (s) => el('button', { type: 'button', class: 'link open', onclick: () => openSubmission(s.id) }, `#${s.id}`) },
    { label: 'student', value: (s) => s.student },
    { label: 'exercise', value: (s) => s.exerciseId },
    { label: 'submitted', value: (s) => s.submittedAt, cell: (s) => time(s.submittedAt) },
    { label: 'source', value: (s) => s.source },
    { label: 'outcome', value: (s) => s.status || 'ungraded' },
    { label: 'score', value: (s) => (s.score === null ? '' : s.score), numeric: true,
      cell: (s) => (s.score === null ? '–' : `${score(s.score)} / ${score(s.maxScore)}`) },
  ], found.submissions, (s) => ({ 'data-id': s.id })));
}

function tick(submission, on) {
  if (on) ticked.set(submission.id, submission);
  else ticked.delete(submission.id);
  updateCompare();
}

function updateCompare() {
  const button = document.getElementById('compare');
  const chosen = [...ticked.values()];
  const comparable = chosen.length === 2 && chosen[0].student === chosen[1].student
    && chosen[0].exerciseId === chosen[1].exerciseId;
  button.disabled = !comparable;
  button.title = comparable ? '' : 'Tick two attempts of the same student at the same exercise';
}

async function openSubmission(id) {
  const s = await request('GET', `/api/instructor/submissions/${encodeURIComponent(id)}`);
  const detail = document.getElementById('detail');
  const g = s.grade;
  replace(detail,
    el('h2', {}, `Submission #${s.id}: ${s.student}, ${s.exerciseId}`),
    el('p', { class: 'meta' }, `${time(s.submittedAt)} · ${s.source} · seed ${s.seed} · `,
      g ? `${g.status}, ${score(g.score)} / ${score(g.maxScore)}` : 'not graded yet'),
    g ? el('p', { class: 'message' }, g.message) : null,
    codeView(s.code, (n) => (g && g.diagnostics.some((d) => d.line === n) ? 'diagnostic' : null), `Code of submission #${s.id}`),
    g && g.diagnostics.length ? el('ul', { class: 'diagnostics' }, g.diagnostics.map((d) =>
      el('li', {}, d.line > 0 ? `line ${d.line}${d.column > 0 ? `, column ${d.column}` : ''}: ` : '', d.message))) : null,
    g && g.tests.length ? testsTable(`tests-${s.id}`, g) : null);
  detail.hidden = false;
  detail.scrollIntoView();
}

async function compare() {
  const [x, y] = [...ticked.values()].sort((a, b) => a.id - b.id);
  const diff = await request('GET', `/api/instructor/diff?from=${x.id}&to=${y.id}`);
  const detail = document.getElementById('detail');
  replace(detail,
    el('h2', {}, `${diff.from.student}, ${diff.from.exerciseId}: #${diff.from.id} → #${diff.to.id}`),
    el('p', { class: 'meta' }, `${time(diff.from.submittedAt)} (${diff.from.status || 'ungraded'}, `,
      `${score(diff.from.score)}) → ${time(diff.to.submittedAt)} (${diff.to.status || 'ungraded'}, `,
      `${score(diff.to.score)}) · `, el('span', { class: 'added-count' }, `+${diff.added}`), ' ',
      el('span', { class: 'removed-count' }, `−${diff.removed}`)),
    el('div', { class: 'code diff', id: 'diff', ...scrollableRegion('Differences') }, diff.lines.map((l) => el('div', { class: `line ${l.op}` },
      el('span', { class: 'ln' }, l.oldLine ?? ''), el('span', { class: 'ln' }, l.newLine ?? ''),
      el('span', { class: 'mark' }, l.op === 'added' ? '+' : l.op === 'removed' ? '−' : ' '),
      el('span', { class: 'src' }, l.text)))));
  detail.hidden = false;
  detail.scrollIntoView();
}

document.getElementById('filters').addEventListener('submit', (event) => {
  event.preventDefault();
  showList().catch(pageError);
});
document.getElementById('compare').addEventListener('click', () => compare().catch(pageError));

main().catch(pageError);
