// The similarity report: near-duplicate pairs of latest submissions, ranked, and any pair side
// by side with the regions they share marked in matching colours.
import { request } from './api.js';
import { el, replace } from './dom.js';
import { pageError } from './layout.js';
import { instructorPage, dataTable, codeView, exerciseOptions, percent, time } from './dashboard.js';

/** Region colours cycle through this many classes in dashboard.css. */
const COLOURS = 6;

async function main() {
  await instructorPage('similarity', async () => {
    const params = new URLSearchParams(location.search);
    const exercises = await request('GET', '/api/exercises');
    replace(document.getElementById('s-exercise'), exerciseOptions(exercises, params.get('exercise')));
    if (params.get('threshold')) document.getElementById('s-threshold').value = params.get('threshold');
    await showReport();
  });
}

async function showReport() {
  const exercise = document.getElementById('s-exercise').value;
  const threshold = document.getElementById('s-threshold').value;
  history.replaceState(null, '', `/similarity.html?exercise=${encodeURIComponent(exercise)}&threshold=${encodeURIComponent(threshold)}`);
  const report = await request('GET',
    `/api/instructor/similarity/${encodeURIComponent(exercise)}?threshold=${encodeURIComponent(threshold)}`);
  replace(document.getElementById('min-match'), String(report.minimumMatch));
  replace(document.getElementById('summary'), `${report.submissions} latest submissions, ${report.pairsCompared} pairs `
    + `compared; ${report.pairs.length} at or above ${percent(report.threshold)} similarity.`
    + (report.truncated ? ` Not every pair: ${report.truncated}.` : ''));
  replace(document.getElementById('pairs'), dataTable('similar-pairs', `${report.exerciseId}-similarity.csv`, [
    { label: 'rank', value: (p) => report.pairs.indexOf(p) + 1, numeric: true },
    { label: 'student A', value: (p) => p.a.student },
    { label: 'submission A', value: (p) => p.a.id, numeric: true },
    { label: 'student B', value: (p) => p.b.student },
    { label: 'submission B', value: (p) => p.b.id, numeric: true },
    { label: 'similarity', value: (p) => percent(p.similarity), numeric: true },
    { label: 'matched tokens', value: (p) => p.matchedTokens, numeric: true },
    { label: 'students with this code', value: (p) => p.sameCode, numeric: true },
    { label: 'handed in apart', value: (p) => apart(p.a.submittedAt, p.b.submittedAt) },
    // Only when some comparison was cut short (very long submissions), so the usual table stays narrow.
    ...(report.pairs.some((p) => p.truncated) ? [{ label: 'compared in part', value: (p) => p.truncated || '' }] : []),
    { label: 'view', value: () => '', cell: (p) => el('button', { type: 'button', class: 'link view-pair',
      onclick: () => showPair(p.a.id, p.b.id).catch(pageError) }, 'side by side') },
  ], report.pairs));
}

/** The time between two hand-ins, in the largest unit that reads well. */
function apart(a, b) {
  const minutes = Math.round(Math.abs(Date.parse(a) - Date.parse(b)) / 60000);
  if (minutes < 120) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / 1440)} days`;
}

async function showPair(a, b) {
  const pair = await request('GET', `/api/instructor/similarity/pair?a=${a}&b=${b}`);
  const marks = (side) => {
    const byLine = new Map();
    pair.regions.forEach((r, i) => {
      const [from, to] = side === 'a' ? [r.aFromLine, r.aToLine] : [r.bFromLine, r.bToLine];
      for (let n = from; n <= to; n++) if (!byLine.has(n)) byLine.set(n, `match match-${i % COLOURS}`);
    });
    return (n) => byLine.get(n) || null;
  };
  const section = document.getElementById('pair');
  replace(section,
    el('h2', {}, `${pair.a.student} and ${pair.b.student}: ${percent(pair.similarity)} similar`),
    el('p', { class: 'explain' }, `${pair.regions.length} shared run${pair.regions.length === 1 ? '' : 's'} of at least `
      + `${pair.minimumMatch} tokens, `,
      'each in its own colour on both sides.'),
    pair.truncated ? el('p', { class: 'explain truncated' }, `Compared in part: ${pair.truncated}.`) : null,
    el('div', { class: 'side-by-side' },
      el('div', {}, el('h3', {}, `${pair.a.student} · #${pair.a.id} · ${time(pair.a.submittedAt)}`),
        codeView(pair.a.code, marks('a'), `${pair.a.student}'s code`)),
      el('div', {}, el('h3', {}, `${pair.b.student} · #${pair.b.id} · ${time(pair.b.submittedAt)}`),
        codeView(pair.b.code, marks('b'), `${pair.b.student}'s code`))));
  section.hidden = false;
  section.scrollIntoView();
}

document.getElementById('similarity-form').addEventListener('submit', (event) => {
  event.preventDefault();
  showReport().catch(pageError);
});

main().catch(pageError);
