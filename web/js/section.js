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
  const [section, chapter] = await Promise.all([
    request('GET', `/api/sections/${encodeURIComponent(number)}`), request('GET', '/api/exercises')]);
  document.title = `${section.number}. ${section.title} · Tangent Lab`;

  const body = el('div', { class: 'theory' });
  renderStatement(section.theory, body);
  nameExerciseLinks(body, chapter);
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
    const panels = await Promise.all(section.exercises.map((x) => exercisePanel(x.id, following(chapter, x.id))));
    replace(exercises, panels.map((p) => p.panel));
    panels.forEach((p) => p.editor.refresh());
  }
  showExerciseOfHash();
  // The text's "practise it" links only change the hash: no element has the exercise's id.
  window.addEventListener('hashchange', showExerciseOfHash);
  recordSectionView(section.number);
}

/**
 * The text links its exercises by id ("[vjp-mlp](#vjp-mlp)"): a reader sees the exercise's title
 * instead, and the id stays in the link's tooltip.
 */
function nameExerciseLinks(body, chapter) {
  const titles = new Map(chapter.map((x) => [x.id, x.title]));
  for (const link of body.querySelectorAll('a[href^="#"]')) {
    const id = decodeURIComponent(link.getAttribute('href').slice(1));
    if (!titles.has(id) || link.textContent.trim() !== id) continue;
    link.textContent = titles.get(id);
    link.title = id;
  }
}

/** The exercise after id in the chapter's order, or null after the last. */
function following(chapter, id) {
  const i = chapter.findIndex((x) => x.id === id);
  return i >= 0 && i + 1 < chapter.length ? chapter[i + 1] : null;
}

/** Scrolls to the exercise the address names, and takes keyboard focus to its heading. */
function showExerciseOfHash() {
  const id = location.hash && decodeURIComponent(location.hash.slice(1));
  const target = id && document.querySelector(`[data-exercise="${CSS.escape(id)}"]`);
  if (!target) return;
  target.scrollIntoView();
  target.querySelector('h2').focus({ preventScroll: true });
}

main().catch(pageError);
