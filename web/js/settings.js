// Course settings: which attempt counts, the late rule, and each exercise's deadline. Deadlines are
// edited in the browser's local time and sent as ISO-8601 instants.
import { request } from './api.js';
import { el, replace } from './dom.js';
import { instructorPage } from './dashboard.js';

async function load(user) {
  const settings = await request('GET', '/api/instructor/settings');
  show(settings);
  fillExercises(settings.exercises);
  await showExtensions(user.role === 'instructor');
}

function fillExercises(exercises) {
  replace(document.getElementById('extension-exercise'), el('option', { value: '' }, 'every exercise'),
    exercises.map((x) => el('option', { value: x.id }, x.title)));
}

/** Only the course's instructors grant or take back extensions; its teaching assistants see them. */
async function showExtensions(instructs) {
  const { extensions } = await request('GET', '/api/instructor/extensions');
  document.getElementById('extension-form').hidden = !instructs;
  replace(document.getElementById('extensions'),
    el('thead', {}, el('tr', {}, el('th', {}, 'student'), el('th', {}, 'exercise'), el('th', {}, 'new deadline'),
      el('th', {}, 'granted by'), el('th', {}, el('span', { class: 'visually-hidden' }, 'take back')))),
    el('tbody', {}, extensions.map((x) => el('tr', {}, el('td', {}, x.student),
      el('td', {}, x.exercise || 'every exercise'), el('td', {}, new Date(x.deadline).toLocaleString()),
      el('td', {}, x.grantedBy),
      el('td', {}, instructs ? el('button', { type: 'button', class: 'link', onclick: () => revoke(x) },
        `Take back ${x.student}'s extension`) : null)))));
}

async function revoke(extension) {
  const query = `student=${encodeURIComponent(extension.student)}`
    + (extension.exercise ? `&exercise=${encodeURIComponent(extension.exercise)}` : '');
  await extensionAction(() => request('DELETE', `/api/instructor/extensions?${query}`), 'Taken back.');
}

async function extensionAction(action, done) {
  const result = document.getElementById('extension-result');
  try {
    await action();
    result.className = 'ok';
    result.textContent = done;
    await showExtensions(true);
  } catch (e) {
    result.className = 'error';
    result.textContent = `${e.status}: ${e.message}`;
  }
}

document.getElementById('extension-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const deadline = document.getElementById('extension-deadline').value;
  extensionAction(() => request('PUT', '/api/instructor/extensions', {
    student: document.getElementById('extension-student').value,
    exercise: document.getElementById('extension-exercise').value || null,
    deadline: new Date(deadline).toISOString(),
  }), 'Granted.');
});

function show(settings) {
  const form = document.getElementById('settings-form');
  form.querySelector(`input[name=grading][value="${settings.rules.gradingPolicy}"]`).checked = true;
  form.querySelector(`input[name=late][value="${settings.rules.latePolicy}"]`).checked = true;
  document.getElementById('penalty').value = settings.rules.penaltyPercentPerDay;
  replace(document.getElementById('deadlines'),
    el('thead', {}, el('tr', {}, el('th', {}, 'exercise'), el('th', {}, 'due'),
      el('th', {}, el('span', { class: 'visually-hidden' }, 'clear')))),
    el('tbody', {}, settings.exercises.map((x) => {
      const input = el('input', { type: 'datetime-local', class: 'deadline', 'data-exercise': x.id,
        'aria-label': `Deadline of ${x.title}`,
        value: x.deadline ? toLocalInput(x.deadline) : null });
      return el('tr', {}, el('td', {}, x.title, el('br'), el('small', { class: 'muted' }, x.id)), el('td', {}, input),
        el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => { input.value = ''; } }, 'no deadline')));
    })));
}

/** "2025-03-01T23:59" in the browser's time zone, the form datetime-local inputs take. */
function toLocalInput(iso) {
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

document.getElementById('settings-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const result = document.getElementById('settings-result');
  const deadlines = {};
  form.querySelectorAll('input.deadline').forEach((input) => {
    deadlines[input.dataset.exercise] = input.value ? new Date(input.value).toISOString() : null;
  });
  try {
    const saved = await request('PUT', '/api/instructor/settings', {
      gradingPolicy: form.querySelector('input[name=grading]:checked').value,
      latePolicy: form.querySelector('input[name=late]:checked').value,
      penaltyPercentPerDay: Number(document.getElementById('penalty').value),
      deadlines,
    });
    show(saved);
    result.className = 'ok';
    result.textContent = 'Saved.';
  } catch (e) {
    result.className = 'error';
    result.textContent = `${e.status}: ${e.message}`;
  }
});

instructorPage('settings', load);
