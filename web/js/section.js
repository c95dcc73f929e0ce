// A section: its text on the left (for now, the statements of its exercises) and its exercises,
// each with an editor, on the right.
import { request, requireUser } from './api.js';
import { el, replace } from './dom.js';
import { header, pageError } from './layout.js';
import { renderStatement } from './render.js';
import { exercisePanel } from './exercise.js';
import { recordSectionView } from './views.js';

async function main() {
  const user = await requireUser();
  header(user);
  const name = new URLSearchParams(location.search).get('section');
  const sections = await request('GET', '/api/sections');
  const section = sections.find((s) => s.section === name);
  if (!section) throw new Error(`There is no section “${name}”.`);
  document.title = `Section ${section.section} · Tangent Lab`;

  const pages = await Promise.all(section.exercises.map((x) =>
    request('GET', `/api/exercises/${encodeURIComponent(x.id)}`)));
  const text = document.getElementById('text');
  replace(text, el('h1', {}, `Section ${section.section}`));
  for (const page of pages) {
    const body = el('div', { class: 'statement' });
    renderStatement(page.statement, body);
    text.append(el('section', { id: `text-${page.id}` }, body));
  }

  const panels = await Promise.all(section.exercises.map((x) => exercisePanel(x.id)));
  replace(document.getElementById('exercises'), panels.map((p) => p.panel));
  panels.forEach((p) => p.editor.refresh());
  const target = location.hash && document.querySelector(`[data-exercise="${CSS.escape(location.hash.slice(1))}"]`);
  if (target) target.scrollIntoView();
  recordSectionView(section.section);
}

main().catch(pageError);
