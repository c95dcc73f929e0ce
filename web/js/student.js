// One student's record for the instructor: scores per exercise, a chart of scores over time and
// the timeline of every attempt (web or batch, late or not). Without ?user= it lists the students.
import { request } from './api.js';
import { el, replace, formatScore, formatTime } from './dom.js';
import { instructorPage, formatDuration, studentLink } from './dashboard.js';

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
  replace(document.getElementById('student-scores'),
    el('thead', {}, el('tr', {}, ['exercise', 'due', 'counts', 'raw', 'penalty', 'attempts'].map((h) => el('th', {}, h)))),
    el('tbody', {}, s.exercises.map((x) => {
      const c = s.cells[x.id];
      return el('tr', { 'data-exercise': x.id },
        el('td', {}, x.title),
        el('td', {}, x.deadline ? formatTime(x.deadline) : '–'),
        el('td', {}, c && c.score !== null ? `${formatScore(c.score)} / ${formatScore(x.points)}` : (c ? 'grading…' : 'not attempted')),
        el('td', {}, c && c.rawScore !== null ? formatScore(c.rawScore) : '–'),
        el('td', {}, c && c.penaltyPercent > 0 ? `−${formatScore(c.penaltyPercent)}%` : ''),
        el('td', {}, c ? c.attempts : 0));
    })));
}

function showTimeline(s) {
  const titles = Object.fromEntries(s.exercises.map((x) => [x.id, x.title]));
  replace(document.getElementById('timeline'),
    el('thead', {}, el('tr', {}, ['submitted', 'exercise', 'score', 'status', 'source', 'late', 'since previous attempt']
      .map((h) => el('th', {}, h)))),
    el('tbody', {}, s.timeline.map(({ attempt: a, secondsSincePrevious }) => el('tr', { 'data-attempt': a.id, class: a.late ? 'late' : null },
      el('td', {}, formatTime(a.submittedAt)),
      el('td', {}, titles[a.exerciseId] || a.exerciseId),
      el('td', {}, a.score === null ? '–' : `${formatScore(a.score)} / ${formatScore(a.maxScore)}`
        + (a.penaltyPercent > 0 ? ` (raw ${formatScore(a.rawScore)})` : '')),
      el('td', {}, a.status || 'grading'),
      el('td', {}, a.source),
      el('td', {}, a.late ? `${a.daysLate} day(s)` : ''),
      el('td', {}, secondsSincePrevious === null ? 'first' : formatDuration(secondsSincePrevious))))));
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
