// One exercise on the section page: its statement, the editor with the last draft (saved a
// moment after typing stops), running the visible examples, submitting and following the grade,
// and the attempt history. Everything works from the keyboard: focus stays on the button pressed
// while the work runs, a polite status line says queued / grading / done, and focus then moves
// to the result's heading.
import { request, ApiError } from './api.js';
import { el, replace, formatScore, formatTime } from './dom.js';
import { renderStatement } from './render.js';
import { createEditor, markDiagnostics, clearDiagnostics } from './editor.js';
import { renderGrade, headline } from './outcome.js';
import { standingText } from './standing.js';

const AUTOSAVE_MS = 800;
const POLL_MS = 500;

/** next is the chapter's following exercise ({id, title, section}), or null for the last one. */
export async function exercisePanel(id, next) {
  const base = `/api/exercises/${encodeURIComponent(id)}`;
  const [page, draft] = await Promise.all([request('GET', base), request('GET', `${base}/draft`)]);

  const best = el('span', { class: 'best' });
  const statement = el('div', { class: 'statement' });
  renderStatement(page.statement, statement);
  const editorBox = el('div', { class: 'editor' });
  const keysHelp = el('p', { class: 'editor-keys', id: `keys-${id}`, role: 'status' });
  const saved = el('span', { class: 'saved' }, draft.savedAt ? `draft saved ${formatTime(draft.savedAt)}` : 'starter code');
  const runButton = el('button', { type: 'button', class: 'run' }, 'Run examples');
  const submitButton = el('button', { type: 'button', class: 'submit primary' }, 'Submit');
  const progress = el('p', { class: 'progress', hidden: true });
  // Read out politely, and kept after the spinner goes: 'queued', 'grading', then what came out.
  const status = el('p', { class: 'visually-hidden', role: 'status' });
  const result = el('div', { class: 'result' });
  const history = el('div', { class: 'history' });

  const panel = el('section', { class: 'exercise', 'data-exercise': id },
    el('h2', { tabindex: '-1' }, page.title, ' ', el('small', {}, `${formatScore(page.points)} points`), ' ', best),
    page.deadline ? el('p', { class: 'deadline' }, `Due ${formatTime(page.deadline)} · ${page.lateRule}; `
      + 'later submissions are still graded and kept.') : null,
    el('details', { class: 'statement-box', open: true }, el('summary', {}, 'Statement'), statement),
    examplesList(page.examples),
    editorBox, keysHelp,
    el('div', { class: 'actions' }, runButton, submitButton, saved),
    progress, status, result, history);

  const editor = createEditor(editorBox, draft.code, `Java code for ${page.title}`, keysHelp);
  const save = autosaver(base, editor, saved);

  runButton.addEventListener('click', () => busy([runButton, submitButton], async () => {
    // The old outcome goes at once: it no longer describes the code being sent.
    clearDiagnostics(editor);
    replace(result);
    await save.now();
    showProgress(progress, 'Running the examples…');
    status.textContent = 'Running the examples.';
    try {
      const grade = await request('POST', `${base}/run`, { code: editor.getValue() });
      show(result, renderGrade(grade, 'run'), status);
      markDiagnostics(editor, grade.diagnostics);
    } catch (e) {
      show(result, failure(e), status);
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
      status.textContent = 'Submitted: queued for grading.';
      const submission = await awaitGrade(accepted.id, progress, status);
      if (submission.progress === 'failed') {
        show(result, el('div', { class: 'outcome error' }, headline(submission.failure
          ? `Grading failed: ${submission.failure}`
          : 'Grading failed on the server. Your submission is kept; it will be graded again, try reloading later.')),
        status);
      } else {
        show(result, renderGrade(submission.grade, 'submission', next, submission.counted), status);
        markDiagnostics(editor, submission.grade.diagnostics);
      }
      await refreshHistory(base, best, history, page.points);
    } catch (e) {
      show(result, failure(e), status);
    } finally {
      progress.hidden = true;
    }
  }));

  await refreshHistory(base, best, history, page.points);
  // CodeMirror measures itself when shown; the panel was built detached.
  requestAnimationFrame(() => editor.refresh());
  return { panel, editor };
}

function examplesList(examples) {
  if (!examples.length) return null;
  return el('div', { class: 'examples' }, el('h3', {}, 'Examples run by “Run examples”'),
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

async function awaitGrade(id, progress, status) {
  for (;;) {
    const s = await request('GET', `/api/submissions/${id}`);
    if (s.progress === 'done' || s.progress === 'failed') return s;
    progress.textContent = `Grading… (${s.progress})`;
    // Said once per change, not at every poll.
    const said = s.progress === 'running' ? 'Grading.' : 'Queued for grading.';
    if (status.textContent !== said) status.textContent = said;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The attempts, each with the score it counts for, and in the heading the one the gradebook counts. */
async function refreshHistory(base, best, history, points) {
  const mine = await request('GET', `${base}/submissions`);
  best.textContent = mine.counting === null ? 'not graded yet' : `score ${standingText(mine.counting, points)}`;
  best.classList.toggle('none', mine.counting === null);
  const viewer = el('pre', { class: 'attempt-code', hidden: true });
  const rows = mine.attempts.map((a) => el('tr', { 'data-attempt': a.id },
    el('td', {}, formatTime(a.submittedAt)),
    el('td', {}, a.status || 'grading', a.late ? el('span', { class: 'badge late' }, 'late') : null),
    el('td', {}, a.counted === null ? '–' : standingText(a.counted, a.maxScore),
      a.counts ? el('span', { class: 'badge counts' }, 'counts') : null),
    el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => {
      viewer.textContent = a.code;
      viewer.hidden = false;
    } }, 'view code'))));
  replace(history, el('details', {},
    el('summary', {}, `Attempts (${mine.attempts.length})`),
    mine.attempts.length ? el('table', { class: 'attempts' },
      el('thead', {}, el('tr', {}, el('th', {}, 'submitted'), el('th', {}, 'status'), el('th', {}, 'score'),
        el('th', {}, el('span', { class: 'visually-hidden' }, 'code')))),
      el('tbody', {}, rows)) : el('p', {}, 'No attempts yet.'),
    viewer));
}

function failure(e) {
  if (e instanceof ApiError && e.status === 429) {
    // The server says "busy, retry in N s (why)"; without that form, Retry-After still gives the wait.
    const wait = e.message.startsWith('busy, ') ? e.message.slice('busy, '.length)
      : `retry in ${e.retryAfter || 'a few'} s`;
    return el('div', { class: 'outcome error busy' }, headline(`The grader is busy: ${wait}. Nothing was submitted.`));
  }
  if (e instanceof ApiError && e.status === 413) {
    return el('div', { class: 'outcome error' }, headline(`Your code is too large to send (${e.message}).`));
  }
  if (e instanceof ApiError && e.status === 401) {
    return el('div', { class: 'outcome error' }, headline('Your session has ended: reload the page to sign in again.'));
  }
  return el('div', { class: 'outcome error' }, headline(e.status ? `${e.status}: ${e.message}` : e.message));
}

/** Shows the outcome, says its headline in the status line, and takes focus to it. */
function show(box, content, status) {
  replace(box, content);
  const heading = box.querySelector('.headline');
  status.textContent = `Done: ${heading.textContent}`;
  heading.focus();
}

function showProgress(progress, text) {
  progress.textContent = text;
  progress.hidden = false;
}

/**
 * While the work runs the buttons refuse clicks but stay focusable (aria-disabled, not disabled):
 * a disabled button would drop the keyboard user's focus to the page's start.
 */
async function busy(buttons, action) {
  if (buttons.some((b) => b.getAttribute('aria-disabled') === 'true')) return;
  buttons.forEach((b) => b.setAttribute('aria-disabled', 'true'));
  try {
    await action();
  } finally {
    buttons.forEach((b) => b.removeAttribute('aria-disabled'));
  }
}
