// One exercise on the section page: its statement, the editor with the last draft (saved a
// moment after typing stops), running the visible examples, submitting and following the grade,
// and the attempt history.
import { request, ApiError } from './api.js';
import { el, replace, formatScore, formatTime } from './dom.js';
import { renderStatement } from './render.js';
import { createEditor, markDiagnostics, clearDiagnostics } from './editor.js';
import { renderGrade } from './outcome.js';

const AUTOSAVE_MS = 800;
const POLL_MS = 500;

export async function exercisePanel(id) {
  const base = `/api/exercises/${encodeURIComponent(id)}`;
  const [page, draft] = await Promise.all([request('GET', base), request('GET', `${base}/draft`)]);

  const best = el('span', { class: 'best' });
  const statement = el('div', { class: 'statement' });
  renderStatement(page.statement, statement);
  const editorBox = el('div', { class: 'editor' });
  const saved = el('span', { class: 'saved' }, draft.savedAt ? `draft saved ${formatTime(draft.savedAt)}` : 'starter code');
  const runButton = el('button', { type: 'button', class: 'run' }, 'Run examples');
  const submitButton = el('button', { type: 'button', class: 'submit primary' }, 'Submit');
  const progress = el('p', { class: 'progress', hidden: true });
  const result = el('div', { class: 'result', 'aria-live': 'polite' });
  const history = el('div', { class: 'history' });

  const panel = el('section', { class: 'exercise', 'data-exercise': id },
    el('h2', {}, page.title, ' ', el('small', {}, `${formatScore(page.points)} points`), ' ', best),
    page.deadline ? el('p', { class: 'deadline' }, `Due ${formatTime(page.deadline)} · ${page.lateRule}; `
      + 'later submissions are still graded and kept.') : null,
    el('details', { class: 'statement-box', open: true }, el('summary', {}, 'Statement'), statement),
    examplesList(page.examples),
    editorBox,
    el('div', { class: 'actions' }, runButton, submitButton, saved),
    progress, result, history);

  const editor = createEditor(editorBox, draft.code);
  const save = autosaver(base, editor, saved);

  runButton.addEventListener('click', () => busy([runButton, submitButton], async () => {
    // The old outcome goes at once: it no longer describes the code being sent.
    clearDiagnostics(editor);
    replace(result);
    await save.now();
    showProgress(progress, 'Running the examples…');
    try {
      const grade = await request('POST', `${base}/run`, { code: editor.getValue() });
      show(result, renderGrade(grade, 'run'));
      markDiagnostics(editor, grade.diagnostics);
    } catch (e) {
      show(result, failure(e));
    } finally {
      progress.hidden = true;
    }
  }));

  submitButton.addEventListener('click', () => busy([runButton, submitButton], async () => {
    // The old outcome goes at once: it no longer describes the code being sent.
    clearDiagnostics(editor);
    replace(result);
    await save.now();
    try {
      const accepted = await request('POST', `${base}/submissions`, { code: editor.getValue() });
      showProgress(progress, 'Grading… (queued)');
      const submission = await awaitGrade(accepted.id, progress);
      if (submission.progress === 'failed') {
        show(result, el('div', { class: 'outcome error' }, submission.failure
          ? `Grading failed: ${submission.failure}`
          : 'Grading failed on the server. Your submission is kept; it will be graded again, try reloading later.'));
      } else {
        show(result, renderGrade(submission.grade, 'submission'));
        markDiagnostics(editor, submission.grade.diagnostics);
      }
      await refreshHistory(base, best, history);
    } catch (e) {
      show(result, failure(e));
    } finally {
      progress.hidden = true;
    }
  }));

  await refreshHistory(base, best, history);
  // CodeMirror measures itself when shown; the panel was built detached.
  requestAnimationFrame(() => editor.refresh());
  return { panel, editor };
}

function examplesList(examples) {
  if (!examples.length) return null;
  return el('div', { class: 'examples' }, el('h4', {}, 'Examples run by “Run examples”'),
    el('ul', {}, examples.map((x) => el('li', {}, el('code', {}, x.call)))));
}

function autosaver(base, editor, label) {
  let timer = null;
  let pending = null;
  const saveNow = async () => {
    clearTimeout(timer);
    timer = null;
    try {
      const d = await request('PUT', `${base}/draft`, { code: editor.getValue() });
      label.textContent = `draft saved ${formatTime(d.savedAt)}`;
      label.classList.remove('unsaved');
    } catch (e) {
      label.textContent = `draft not saved: ${e.message}`;
      label.classList.add('unsaved');
    }
  };
  editor.on('change', () => {
    label.textContent = 'editing…';
    clearTimeout(timer);
    timer = setTimeout(() => { pending = saveNow(); }, AUTOSAVE_MS);
  });
  return {
    async now() {
      if (timer !== null) pending = saveNow();
      if (pending) await pending;
    },
  };
}

async function awaitGrade(id, progress) {
  for (;;) {
    const s = await request('GET', `/api/submissions/${id}`);
    if (s.progress === 'done' || s.progress === 'failed') return s;
    progress.textContent = `Grading… (${s.progress})`;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function refreshHistory(base, best, history) {
  const mine = await request('GET', `${base}/submissions`);
  best.textContent = mine.bestScore === null ? 'not graded yet' : `best ${formatScore(mine.bestScore)}`;
  best.classList.toggle('none', mine.bestScore === null);
  const viewer = el('pre', { class: 'attempt-code', hidden: true });
  const rows = mine.attempts.map((a) => el('tr', { 'data-attempt': a.id },
    el('td', {}, formatTime(a.submittedAt)),
    el('td', {}, a.status || 'grading', a.late ? el('span', { class: 'badge late' }, 'late') : null),
    el('td', {}, a.score === null ? '–' : `${formatScore(a.score)} / ${formatScore(a.maxScore)}`),
    el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => {
      viewer.textContent = a.code;
      viewer.hidden = false;
    } }, 'view code'))));
  replace(history, el('details', {},
    el('summary', {}, `Attempts (${mine.attempts.length})`),
    mine.attempts.length ? el('table', { class: 'attempts' },
      el('thead', {}, el('tr', {}, el('th', {}, 'submitted'), el('th', {}, 'status'), el('th', {}, 'score'), el('th', {}))),
      el('tbody', {}, rows)) : el('p', {}, 'No attempts yet.'),
    viewer));
}

function failure(e) {
  if (e instanceof ApiError && e.status === 429) {
    // The server says "busy, retry in N s (why)"; without that form, Retry-After still gives the wait.
    const wait = e.message.startsWith('busy, ') ? e.message.slice('busy, '.length)
      : `retry in ${e.retryAfter || 'a few'} s`;
    return el('div', { class: 'outcome error busy' }, `The grader is busy: ${wait}. Nothing was submitted.`);
  }
  if (e instanceof ApiError && e.status === 413) {
    return el('div', { class: 'outcome error' }, `Your code is too large to send (${e.message}).`);
  }
  if (e instanceof ApiError && e.status === 401) {
    return el('div', { class: 'outcome error' }, 'Your session has ended: reload the page to sign in again.');
  }
  return el('div', { class: 'outcome error' }, e.status ? `${e.status}: ${e.message}` : e.message);
}

function show(box, content) {
  replace(box, content);
}

function showProgress(progress, text) {
  progress.textContent = text;
  progress.hidden = false;
}

async function busy(buttons, action) {
  buttons.forEach((b) => { b.disabled = true; });
  try {
    await action();
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}
