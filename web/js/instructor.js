// The instructor dashboard's home: the class at a glance, links to every dashboard page, and the
// accounts (list, roster upload, password resets). The server decides who may use it; anyone else
// is shown the API's refusal.
import { request, ApiError } from './api.js';
import { el, replace, formatScore } from './dom.js';
import { instructorPage } from './dashboard.js';

const TILES = [
  ['/gradebook.html', 'Gradebook', 'Every student × exercise under the grading and late policies; CSV export.'],
  ['/student.html', 'Students', 'One student\'s attempts over time, with a chart of scores.'],
  ['/analytics.html', 'Exercises', 'Per-exercise analytics: scores, attempts, failing tests.'],
  ['/submissions.html', 'Submissions', 'Browse every submission and compare attempts.'],
  ['/regrade.html', 'Regrade', 'Grade stored submissions again with the same hidden tests.'],
  ['/similarity.html', 'Similarity', 'Submissions that look alike.'],
  ['/settings.html', 'Settings & deadlines', 'Best or last attempt, the late rule, and each exercise\'s deadline.'],
];

async function load(user) {
  const [gradebook] = await Promise.all([request('GET', '/api/instructor/gradebook'), showUsers()]);
  showOverview(gradebook);
  showCourse(user);
}

/** The course's title and state; only its instructors get the forms that change it, as the server decides. */
function showCourse(user) {
  const { course } = user;
  replace(document.getElementById('course-summary'), course ? `${course.title}`
    + `${course.archived ? ' (archived: it takes no submissions)' : ''}; you are its ${course.role}.` : '');
  const instructs = course && course.role === 'instructor';
  for (const id of ['course-manage', 'roster-form', 'member-form', 'reset-form']) {
    document.getElementById(id).hidden = !instructs;
  }
  if (!instructs) return;
  document.getElementById('course-title').value = course.title;
  const archive = document.getElementById('archive-course');
  archive.textContent = course.archived ? 'Bring the course back from the archive' : 'Archive the course';
  archive.onclick = () => changeCourse(() => request('POST', '/api/instructor/course/archive',
    { archived: !course.archived }), 'Saved.');
}

/** Changes the course, then reloads: the title shows in every page's bar. */
async function changeCourse(action, done) {
  try {
    await action();
    replace(document.getElementById('course-result'), done);
    location.reload();
  } catch (e) {
    replace(document.getElementById('course-result'), el('p', { class: 'error' }, `${e.status}: ${e.message}`));
  }
}

document.getElementById('rename-form').addEventListener('submit', (event) => {
  event.preventDefault();
  changeCourse(() => request('PUT', '/api/instructor/course',
    { title: document.getElementById('course-title').value }), 'Renamed.');
});

// A new course is switched to at once, so that its instructor goes on to fill it.
async function createAndSwitch(path, title) {
  const created = await request('POST', path, { title });
  await request('POST', '/api/courses/current', { course: created.id });
}

document.getElementById('copy-form').addEventListener('submit', (event) => {
  event.preventDefault();
  changeCourse(() => createAndSwitch('/api/instructor/course/copy', document.getElementById('copy-title').value),
    'Copied.');
});

document.getElementById('new-course-form').addEventListener('submit', (event) => {
  event.preventDefault();
  changeCourse(() => createAndSwitch('/api/courses', document.getElementById('new-course-title').value),
    'Created.');
});

document.getElementById('member-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const username = document.getElementById('member-user').value;
  handle(async () => {
    await request('PUT', `/api/instructor/members/${encodeURIComponent(username)}`,
      { role: document.getElementById('member-role').value });
    return el('p', {}, `${username} is now ${document.getElementById('member-role').value} in this course.`);
  });
});

function showOverview(g) {
  const students = g.rows.length;
  const active = g.rows.filter((r) => Object.keys(r.cells).length > 0).length;
  const grading = g.rows.reduce((n, r) => n + Object.values(r.cells).filter((c) => c.grading).length, 0);
  const mean = students ? g.rows.reduce((s, r) => s + r.percent, 0) / students : 0;
  replace(document.getElementById('overview'),
    el('p', { class: 'summary' }, `${students} students, ${active} with submissions; class average `
      + `${formatScore(mean)}% of ${formatScore(g.maxTotal)} points`
      + (grading ? `; ${grading} cell(s) still being graded` : '')
      + ` · grading: ${g.rules.gradingPolicy} attempt · ${g.rules.lateRule}`),
    el('div', { class: 'tiles' }, TILES.map(([href, title, text]) => el('a', { class: 'tile card', href },
      el('strong', {}, title), el('span', {}, text)))));
}

async function showUsers() {
  const { users } = await request('GET', '/api/instructor/users');
  replace(document.getElementById('users'),
    el('thead', {}, el('tr', {}, el('th', {}, 'username'), el('th', {}, 'name'), el('th', {}, 'role'))),
    el('tbody', {}, users.map((u) => el('tr', {}, el('td', {}, u.username), el('td', {}, u.displayName),
      el('td', {}, u.role)))));
}

function accountsTable(accounts) {
  return el('table', { class: 'attempts' },
    el('thead', {}, el('tr', {}, el('th', {}, 'username'), el('th', {}, 'password (shown once)'))),
    el('tbody', {}, accounts.map((a) => el('tr', {}, el('td', {}, a.username), el('td', {}, el('code', {}, a.password))))));
}

function showResult(content) {
  replace(document.getElementById('instructor-result'), content);
}

async function handle(action) {
  try {
    showResult(await action());
    await showUsers();
  } catch (e) {
    showResult(el('p', { class: 'error' }, `${e.status}: ${e.message}`));
  }
}

document.getElementById('roster-form').addEventListener('submit', (event) => {
  event.preventDefault();
  handle(async () => {
    const response = await fetchCsv(document.getElementById('roster').value);
    return accountsTable(response.accounts || await awaitImport(response));
  });
});

// A chosen file is read into the box, so the instructor sees what will be sent before sending it.
document.getElementById('roster-file').addEventListener('change', async (event) => {
  const [file] = event.target.files;
  if (file) document.getElementById('roster').value = await file.text();
});

document.getElementById('reset-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const username = document.getElementById('reset-user').value;
  handle(async () => accountsTable([await request('POST',
    `/api/instructor/users/${encodeURIComponent(username)}/password`, {})]));
});

/** How often a large roster's import is polled while its passwords are hashed. */
const IMPORT_POLL_MS = 1000;

// A large roster is imported as a job: its progress shows until it is done, then its accounts
// are collected, once (the server forgets the passwords as it hands them over).
async function awaitImport(job) {
  let status = job;
  while (status.state === 'queued' || status.state === 'running') {
    showResult(el('p', { class: 'progress' }, `Creating ${status.total} accounts: `
      + `${status.hashed} of ${status.total} passwords hashed. Keep this page open to see the passwords.`));
    await new Promise((resolve) => { setTimeout(resolve, IMPORT_POLL_MS); });
    status = await request('GET', job.location);
  }
  if (status.state !== 'done') throw new ApiError(409, status.failure || `the import is ${status.state}`);
  return (await request('POST', `${job.location}/result`, {})).accounts;
}

// The roster route takes the CSV itself as the body, not JSON.
function fetchCsv(csv) {
  return request('POST', '/api/instructor/roster', csv, 'text/csv');
}

instructorPage('home', load);
