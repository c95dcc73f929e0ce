// Course settings: which attempt counts, the late rule, and each exercise's deadline. Deadlines are
// edited in the browser's local time and sent as ISO-8601 instants.
import { request } from './api.js';
import { el, replace } from './dom.js';
import { instructorPage } from './dashboard.js';

async function load() {
  show(await request('GET', '/api/instructor/settings'));
}

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
