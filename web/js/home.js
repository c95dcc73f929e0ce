// The course home: every section of the chapter, with the student's progress where it has exercises, and changing one's password.
import { request, requireUser } from './api.js';
import { el, replace, formatScore, formatTime } from './dom.js';
import { header, pageError } from './layout.js';
import { standingText } from './standing.js';

async function main() {
  const user = await requireUser();
  header(user);
  const sections = await request('GET', '/api/sections');
  replace(document.getElementById('sections'), sections.map(sectionCard));
}

function sectionCard(s) {
  const href = `/section.html?section=${encodeURIComponent(s.section)}`;
  const card = el('section', { class: 'card section', 'data-section': s.section },
    el('h2', {}, el('a', { href }, `${s.section}. ${s.title}`)));
  if (s.exercises.length === 0) {
    card.append(el('p', { class: 'muted' }, 'Reading only, no graded exercise.'));
    return card;
  }
  const percent = s.points > 0 ? Math.round((100 * s.earned) / s.points) : 0;
  card.append(
    el('div', { class: 'bar', title: `${percent}%` }, el('span', { style: `width: ${percent}%` })),
    el('p', {}, `${formatScore(s.earned)} of ${formatScore(s.points)} points · `
      + `${s.attempted} of ${s.exercises.length} exercises attempted`),
    el('ul', {}, s.exercises.map((x) => el('li', {},
      el('a', { href: `${href}#${encodeURIComponent(x.id)}` }, x.title),
      el('span', { class: 'standing' }, ` · ${x.counting === null ? `not attempted, ${formatScore(x.points)} points`
        : standingText(x.counting, x.points)}`),
      x.deadline ? el('span', { class: 'deadline' }, ` · due ${formatTime(x.deadline)} (${x.lateRule})`) : null))));
  return card;
}

document.getElementById('password-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const result = document.getElementById('password-result');
  try {
    await request('POST', '/api/me/password', {
      currentPassword: document.getElementById('current-password').value,
      newPassword: document.getElementById('new-password').value,
    });
    result.className = 'ok';
    result.textContent = 'Password changed.';
    event.target.reset();
  } catch (e) {
    result.className = 'error';
    result.textContent = e.status === 403 ? 'The current password is wrong.' : e.message;
  }
});

main().catch(pageError);
