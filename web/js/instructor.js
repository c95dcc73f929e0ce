// Instructors: the accounts, roster upload and password resets. The server decides who may use
// it; anyone else is shown the API's refusal.
import { request, requireUser } from './api.js';
import { el, replace } from './dom.js';
import { header, pageError } from './layout.js';

async function main() {
  const user = await requireUser();
  header(user);
  try {
    await showUsers();
  } catch (e) {
    if (e.status === 403) e.message = 'instructors only';
    throw e;
  }
  document.getElementById('instructor').hidden = false;
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
    return accountsTable(response.accounts);
  });
});

document.getElementById('reset-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const username = document.getElementById('reset-user').value;
  handle(async () => accountsTable([await request('POST',
    `/api/instructor/users/${encodeURIComponent(username)}/password`, {})]));
});

// The roster route takes the CSV itself as the body, not JSON.
function fetchCsv(csv) {
  return request('POST', '/api/instructor/roster', csv, 'text/csv');
}

main().catch(pageError);
