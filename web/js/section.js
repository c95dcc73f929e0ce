// A section: its theory text on the left and its exercises, each with an editor, on the right.
// A section without exercises shows its text alone.
import { request, requireUser } from './api.js';
import { el, replace } from './dom.js';
import { header, pageError } from './layout.js';
import { renderStatement } from './render.js';
import { exercisePanel } from './exercise.js';
import { mountFigures } from './figure.js';
import { recordSectionView } from './views.js';

async function main() {
  const user = await requireUser();
  header(user);
  const number = new URLSearchParams(location.search).get('section') || '';
  const section = await request('GET', `/api/sections/${encodeURIComponent(number)}`);
  document.title = `${section.number}. ${section.title} · Tangent Lab`;

  const body = el('div', { class: 'theory' });
  renderStatement(section.theory, body);
  mountFigures(body);
  replace(document.getElementById('text'),
    el('p', { class: 'section-number' }, `Section ${section.number}`),
    el('h1', {}, section.title),
    body);

  const exercises = document.getElementById('exercises');
  if (section.exercises.length === 0) {
    document.querySelector('main').classList.add('text-only');
    replace(exercises, el('p', { class: 'note' },
      'This section has no graded exercise: it is here to be read, and the exercises of the other sections build on it.'));
  } else {
    const panels = await Promise.all(section.exercises.map((x) => exercisePanel(x.id)));
    replace(exercises, panels.map((p) => p.panel));
    panels.forEach((p) => p.editor.refresh());
  }
  showExerciseOfHash();
  // The text's "practise it" links only change the hash: no element has the exercise's id.
  window.addEventListener('hashchange', showExerciseOfHash);
  recordSectionView(section.number);
}

function showExerciseOfHash() {
  const target = location.hash && document.querySelector(`[data-exercise="${CSS.escape(location.hash.slice(1))}"]`);
  if (target) target.scrollIntoView();
}

main().catch(pageError);
