// One student's record for the instructor: scores per exercise, a chart of scores over time and
// the timeline of every attempt (web or batch, late or not). Without ?user= it lists the students.
import { request } from './api.js';
import { el, replace, formatScore, formatTime } from './dom.js';
import { instructorPage, formatDuration, studentLink, dataTable } from './dashboard.js';

async function load() {
  const username = new URLSearchParams(location.search).get('user');
  if (!username) {
    await showList();
    return;
  }
  const s = await request('GET', `/api/instructor/students/${encodeURIComponent(username)}`);
  document.title = `${s.displayName} · Tangent Lab`;
  replace(document.getElementById('student-name'), s.displayName, ' ', el('small', { class: 'muted' }, s.username),
    s.hasAccount ? null : el('span', { class: 'badge' }, 'no account'));
  replace(document.getElementById('student-summary'),
    `${formatScore(s.total)} of ${formatScore(s.maxTotal)} points (${formatScore(s.percent)}%) · `
    + `${s.timeline.length} attempt(s) · `, el('a', { href: '/gradebook.html' }, 'back to the gradebook'));
  showScores(s);
  showTimeline(s);
  document.getElementById('student').hidden = false;
  // The chart measures its box, so it is drawn once the box is shown.
  requestAnimationFrame(() => showChart(s));
}

async function showList() {
  const book = await request('GET', '/api/instructor/gradebook');
  replace(document.getElementById('student-list'), el('p', {}, 'Choose a student:'),
    el('ul', { class: 'columns' }, book.rows.map((r) => el('li', {}, studentLink(r.username, r.displayName),
      ` · ${formatScore(r.percent)}%`, r.hasAccount ? null : el('span', { class: 'badge' }, 'no account')))));
}

function showScores(s) {
  const cell = (x) => s.cells[x.id];
  replace(document.getElementById('student-scores-box'), dataTable('student-scores', `${s.username}-scores.csv`, [
    { label: 'exercise', value: (x) => x.title },
    { label: 'due', value: (x) => (x.deadline ? formatTime(x.deadline) : '–') },
    { label: 'counts', value: (x) => counts(cell(x), x) },
    { label: 'raw', value: (x) => (cell(x) && cell(x).rawScore !== null ? formatScore(cell(x).rawScore) : '–'), numeric: true },
    { label: 'penalty', value: (x) => (cell(x) && cell(x).penaltyPercent > 0 ? `−${formatScore(cell(x).penaltyPercent)}%` : '') },
    { label: 'attempts', value: (x) => (cell(x) ? cell(x).attempts : 0), numeric: true },
  ], s.exercises, (x) => ({ 'data-exercise': x.id })));
}

function counts(c, x) {
  if (!c) return 'not attempted';
  return c.score === null ? 'grading…' : `${formatScore(c.score)} / ${formatScore(x.points)}`;
}

function showTimeline(s) {
  const titles = Object.fromEntries(s.exercises.map((x) => [x.id, x.title]));
  replace(document.getElementById('timeline-box'), dataTable('timeline', `${s.username}-timeline.csv`, [
    { label: 'submitted', value: (t) => formatTime(t.attempt.submittedAt) },
    { label: 'exercise', value: (t) => titles[t.attempt.exerciseId] || t.attempt.exerciseId },
    { label: 'score', value: (t) => score(t.attempt) },
    { label: 'status', value: (t) => t.attempt.status || 'grading' },
    { label: 'source', value: (t) => t.attempt.source },
    { label: 'late', value: (t) => (t.attempt.late ? `${t.attempt.daysLate} day(s)` : '') },
    { label: 'since previous attempt', value: (t) => (t.secondsSincePrevious === null ? 'first' : formatDuration(t.secondsSincePrevious)) },
  ], s.timeline, (t) => ({ 'data-attempt': t.attempt.id, class: t.attempt.late ? 'late' : null })));
}

function score(a) {
  if (a.score === null) return '–';
  return `${formatScore(a.score)} / ${formatScore(a.maxScore)}` + (a.penaltyPercent > 0 ? ` (raw ${formatScore(a.rawScore)})` : '');
}

function showChart(s) {
  const box = document.getElementById('score-chart');
  if (!window.echarts) {
    replace(box, el('p', { class: 'error' }, 'The chart library did not load.'));
    return;
  }
  const series = s.exercises.map((x) => ({
    name: x.id,
    type: 'line',
    symbolSize: 8,
    data: s.timeline.filter((t) => t.attempt.exerciseId === x.id && t.attempt.score !== null)
      .map((t) => [t.attempt.submittedAt, t.attempt.score]),
  })).filter((line) => line.data.length > 0);
  const max = Math.max(...s.exercises.map((x) => x.points), 1);
  const chart = window.echarts.init(box);
  chart.setOption({
    animation: false,
    // The page's fonts, not the system's default sans-serif.
    textStyle: { fontFamily: getComputedStyle(box).fontFamily },
    tooltip: { trigger: 'item' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 48, right: 24, top: 40, bottom: 40 },
    // Every label names its month: a bare day number says nothing once the attempts span weeks.
    xAxis: { type: 'time', axisLabel: { formatter: (v) => new Date(v).toLocaleDateString(undefined,
      { month: 'short', day: 'numeric' }), hideOverlap: true } },
    yAxis: { type: 'value', min: 0, max, name: 'score (after the late rule)', nameTextStyle: { align: 'left' } },
    series,
  });
  window.addEventListener('resize', () => chart.resize());
}

instructorPage('students', load);
