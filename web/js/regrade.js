// Regrading: start a replay of graded submissions, follow its progress, read the before/after
// report (changed rows marked), then apply it or abandon it.
import { request } from './api.js';
import { el, replace } from './dom.js';
import { pageError } from './layout.js';
import { instructorPage, dataTable, exerciseOptions, score, time } from './dashboard.js';

const POLL_MS = 500;
let current = null;
let timer = null;

async function main() {
  await instructorPage('regrade', async () => {
    const exercises = await request('GET', '/api/exercises');
    replace(document.getElementById('r-exercise'), exerciseOptions(exercises,
      new URLSearchParams(location.search).get('exercise'), 'every exercise'));
  });
}

async function start() {
  const exercise = document.getElementById('r-exercise').value || null;
  const result = document.getElementById('run-result');
  try {
    show(await request('POST', '/api/instructor/regrades', { exercise }));
  } catch (e) {
    if (e.status !== 409) throw e;
    document.getElementById('run').hidden = false;
    replace(result, el('span', { class: 'error' }, `${e.status}: ${e.message}`));
  }
}

function show(run) {
  current = run;
  document.getElementById('run').hidden = false;
  replace(document.getElementById('run-title'),
    `Regrade #${run.id} of ${run.exerciseId ? run.exerciseId : 'every exercise'}: ${run.state}`);
  document.getElementById('run').dataset.state = run.state;
  document.getElementById('run-bar').style.width = run.total ? `${Math.round(100 * run.done / run.total)}%` : '100%';
  replace(document.getElementById('run-progress'), `${run.done} / ${run.total} replayed`,
    run.waitingForStudents ? ' (paused while student submissions are graded)' : '',
    run.state === 'running' ? '' : ` · ${run.changed} changed`);
  document.getElementById('abandon').hidden = !(run.state === 'running' || run.state === 'finished');
  document.getElementById('apply').hidden = run.state !== 'finished';
  document.getElementById('apply').disabled = run.changed === 0;
  const result = document.getElementById('run-result');
  if (run.state === 'failed') replace(result, el('span', { class: 'error' }, run.failure));
  else if (run.state === 'finished') replace(result, run.changed === 0 ? 'No grade changes: nothing to apply.'
    : `${run.changed} of ${run.total} grades change. Review them, then apply or abandon.`);
  else if (run.state === 'abandoned') replace(result, 'Abandoned: nothing was written.');
  else replace(result, '');
  if (run.state !== 'running') showReport(run);
  clearTimeout(timer);
  if (run.state === 'running') timer = setTimeout(() => poll().catch(pageError), POLL_MS);
}

async function poll() {
  show(await request('GET', `/api/instructor/regrades/${current.id}`));
}

function headline(h) {
  return h.status === 'graded' ? `${score(h.score)} / ${score(h.maxScore)}` : `${h.status} (${score(h.score)})`;
}

function showReport(run) {
  const onlyChanged = document.getElementById('only-changed').checked;
  const rows = run.rows.filter((r) => !onlyChanged || r.changed);
  replace(document.getElementById('report'), dataTable('regrade-report', `regrade-${run.id}.csv`, [
    { label: 'submission', value: (r) => r.submissionId, numeric: true,
      cell: (r) => el('a', { href: `/submissions.html?open=${r.submissionId}` }, `#${r.submissionId}`) },
    { label: 'student', value: (r) => r.student },
    { label: 'exercise', value: (r) => r.exerciseId },
    { label: 'submitted', value: (r) => r.submittedAt, cell: (r) => time(r.submittedAt) },
    { label: 'status before', value: (r) => r.before.status },
    { label: 'score before', value: (r) => r.before.score, numeric: true, cell: (r) => headline(r.before) },
    { label: 'status after', value: (r) => r.after.status },
    { label: 'score after', value: (r) => r.after.score, numeric: true, cell: (r) => headline(r.after) },
    { label: 'changed', value: (r) => (r.changed ? 'yes' : 'no') },
  ], rows, (r) => ({ class: r.changed ? 'changed' : null })));
}

async function apply() {
  if (!window.confirm(`Record the new grades of ${current.changed} submission(s)? Students will see them.`)) return;
  const applied = await request('POST', `/api/instructor/regrades/${current.id}/apply`, {});
  await poll();
  replace(document.getElementById('run-result'), el('span', { class: 'ok' },
    `Applied: ${applied.applied} grade(s) updated.`));
}

async function abandon() {
  show(await request('POST', `/api/instructor/regrades/${current.id}/abandon`, {}));
}

document.getElementById('start-form').addEventListener('submit', (event) => {
  event.preventDefault();
  start().catch(pageError);
});
document.getElementById('apply').addEventListener('click', () => apply().catch(pageError));
document.getElementById('abandon').addEventListener('click', () => abandon().catch(pageError));
document.getElementById('only-changed').addEventListener('change', () => { if (current) showReport(current); });

main().catch(pageError);
