// Per-exercise analytics: every exercise's headline numbers, and for one exercise the histogram
// of best scores, the pass rate of every test, the most frequent hints, and how students who
// read the theory first did.
import { request } from './api.js';
import { el, replace } from './dom.js';
import { pageError } from './layout.js';
import { instructorPage, dataTable, percent, number, score } from './dashboard.js';

const exerciseId = new URLSearchParams(location.search).get('exercise');

async function main() {
  await instructorPage('analytics', async () => {
    const root = document.getElementById('dashboard');
    if (exerciseId) await showExercise(root, exerciseId);
    else await showList(root);
  });
}

async function showList(root) {
  const { exercises } = await request('GET', '/api/instructor/analytics');
  replace(root,
    el('p', { class: 'explain' }, 'Over the class: web submissions of student accounts. "Best" is each student\'s ',
      'best score over their graded attempts; "solved" means full marks on some attempt.'),
    dataTable('exercise-summaries', 'exercises.csv', summaryColumns(true), exercises));
}

function summaryColumns(withLink) {
  return [
    { label: 'exercise', value: (s) => s.id,
      cell: (s) => (withLink ? el('a', { href: `/analytics.html?exercise=${encodeURIComponent(s.id)}` }, s.title) : s.title) },
    { label: 'section', value: (s) => s.section },
    { label: 'points', value: (s) => s.points, numeric: true },
    { label: 'students', value: (s) => s.students, numeric: true },
    { label: 'submissions', value: (s) => s.submissions, numeric: true },
    { label: 'mean best', value: (s) => number(s.meanBest), numeric: true },
    { label: 'median best', value: (s) => number(s.medianBest), numeric: true },
    { label: 'solved', value: (s) => percent(s.solvedShare), numeric: true },
    { label: 'attempts to solve (mean)', value: (s) => number(s.attemptsToSolveMean), numeric: true },
    { label: 'attempts to solve (median)', value: (s) => number(s.attemptsToSolveMedian), numeric: true },
  ];
}

async function showExercise(root, id) {
  const report = await request('GET', `/api/instructor/analytics/${encodeURIComponent(id)}`);
  const s = report.summary;
  replace(document.getElementById('title'), `Analytics: ${s.title}`);
  document.title = `Analytics: ${s.title} · Tangent Lab`;
  const chart = el('div', { id: 'histogram', class: 'chart', role: 'img',
    'aria-label': 'Histogram of the students\' best scores' });
  replace(root,
    el('p', {}, el('a', { href: '/analytics.html' }, '← all exercises'), ' · ',
      el('a', { href: `/submissions.html?exercise=${encodeURIComponent(id)}` }, 'its submissions'), ' · ',
      el('a', { href: `/similarity.html?exercise=${encodeURIComponent(id)}` }, 'its similarity report')),
    el('div', { class: 'stats', id: 'stats' },
      stat('students', s.students), stat('submissions', s.submissions),
      stat('mean best', `${number(s.meanBest)} / ${score(s.points)}`),
      stat('median best', `${number(s.medianBest)} / ${score(s.points)}`),
      stat('solved (full marks)', percent(s.solvedShare)),
      stat('attempts to solve', `mean ${number(s.attemptsToSolveMean)}, median ${number(s.attemptsToSolveMedian)}`)),
    el('section', { class: 'card' }, el('h2', {}, 'Best scores'), chart,
      dataTable('histogram-table', `${id}-histogram.csv`, [
        { label: 'from', value: (b) => number(b.from), numeric: true },
        { label: 'to', value: (b) => number(b.to), numeric: true },
        { label: 'students', value: (b) => b.students, numeric: true },
      ], report.histogram)),
    el('section', { class: 'card' }, el('h2', {}, 'Item analysis'),
      el('p', { class: 'explain' }, 'Pass rate of each test and property check over all graded attempts; a ',
        'hidden test repeated with several random inputs counts once per repetition.'),
      dataTable('item-analysis', `${id}-tests.csv`, [
        { label: 'test', value: (t) => t.name },
        { label: 'kind', value: (t) => t.kind },
        { label: 'passed', value: (t) => t.passed, numeric: true },
        { label: 'results', value: (t) => t.results, numeric: true },
        { label: 'submissions', value: (t) => t.submissions, numeric: true },
        { label: 'pass rate', value: (t) => percent(t.passRate), numeric: true,
          cell: (t) => el('span', { class: 'rate' }, el('span', { class: 'bar' },
            el('span', { style: `width: ${Math.round(t.passRate * 100)}%` })), percent(t.passRate)) },
      ], report.tests)),
    el('section', { class: 'card' }, el('h2', {}, 'Most frequent hints'),
      dataTable('hints', `${id}-hints.csv`, [
        { label: 'misconception', value: (h) => h.misconception || '(general feedback)' },
        { label: 'hint', value: (h) => h.hint },
        { label: 'submissions', value: (h) => h.submissions, numeric: true },
        { label: 'students', value: (h) => h.students, numeric: true },
      ], report.hints)),
    el('section', { class: 'card' }, el('h2', {}, `Reading section ${report.theory.section} first`),
      el('p', { class: 'explain' }, 'Students who opened the exercise\'s theory section before their first ',
        'attempt, against those who did not. A comparison, not a cause: who reads first may differ in other ways.'),
      dataTable('theory', `${id}-theory.csv`, [
        { label: 'group', value: (g) => g.label },
        { label: 'students', value: (g) => g.students, numeric: true },
        { label: 'mean best', value: (g) => number(g.meanBest), numeric: true },
        { label: 'solved', value: (g) => percent(g.solvedShare), numeric: true },
      ], [
        { label: 'read the section first', ...report.theory.readFirst },
        { label: 'did not', ...report.theory.didNotReadFirst },
      ])));
  drawHistogram(chart, report.histogram);
}

function stat(label, value) {
  return el('div', { class: 'stat' }, el('div', { class: 'value' }, String(value)), el('div', { class: 'label' }, label));
}

function drawHistogram(node, bins) {
  const chart = window.echarts.init(node);
  chart.setOption({
    animation: false,
    // The page's fonts, not the system's default sans-serif.
    textStyle: { fontFamily: getComputedStyle(node).fontFamily },
    grid: { left: 48, right: 16, top: 36, bottom: 48 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', name: 'best score', nameLocation: 'middle', nameGap: 32,
      data: bins.map((b) => `${number(b.from, 1)}–${number(b.to, 1)}`) },
    yAxis: { type: 'value', name: 'students', minInterval: 1 },
    series: [{ type: 'bar', data: bins.map((b) => b.students), itemStyle: { color: '#2b5fb4' } }],
  });
  window.addEventListener('resize', () => chart.resize());
}

main().catch(pageError);
