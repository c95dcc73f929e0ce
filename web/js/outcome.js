// How a grade reads: one headline per outcome, then the tests, the compiler's messages and, for
// runs of the visible examples, what the code printed. Every string from the server is text.
import { el, formatScore } from './dom.js';

const HEADLINES = {
  compile_error: 'Does not compile: the messages are marked on the editor lines.',
  rejected: 'Refused: the code uses something exercises may not use.',
  timeout: 'Time limit exceeded: the code ran too long (an endless loop, or far too slow).',
  memory_limit: 'Memory limit exceeded: the code used too much memory.',
  output_limit: 'Output limit exceeded: the code printed too much.',
  crashed: 'Crashed: the code stopped with an error before finishing.',
};

/**
 * kind is 'run' (visible examples, nothing kept) or 'submission' (graded and kept); next, when
 * given, is the chapter's following exercise, linked right under the summary.
 */
export function renderGrade(grade, kind, next) {
  const box = el('div', { class: `outcome status-${grade.status}`, 'data-status': grade.status });
  box.append(headline(headlineText(grade, kind)));
  // A compile error's message restates its first diagnostic: the list below says each one once.
  const listed = grade.status === 'compile_error' && grade.diagnostics && grade.diagnostics.length;
  if (grade.message && !listed) box.append(el('p', { class: 'message' }, grade.message));
  if (next) box.append(nextLink(next));
  if (grade.tests && grade.tests.length) box.append(testTable(grade.tests, kind));
  if (grade.diagnostics && grade.diagnostics.length) {
    box.append(el('ul', { class: 'diagnostics' }, grade.diagnostics.map((d) =>
      el('li', {}, `${where(d)}${d.message}`))));
  }
  if (kind === 'run') {
    box.append(el('h4', {}, 'Printed output'),
      el('pre', { class: 'output' }, grade.output ? grade.output : '(nothing printed)'));
  }
  return box;
}

/** The one line that sums an outcome up: a heading, so that focus can be moved to it when it arrives. */
export function headline(text) {
  return el('h3', { class: 'headline', tabindex: '-1' }, text);
}

function nextLink(next) {
  const section = String(next.section).split('.')[0];
  return el('p', { class: 'next' }, el('a', { href: `/section.html?section=${encodeURIComponent(section)}#${encodeURIComponent(next.id)}` },
    `Next exercise: ${next.title}`));
}

/** "line 2, column 27: ", "line 2: " when the compiler gives no column, nothing for a message about no line. */
export function where(d) {
  if (!d.line) return '';
  return d.column ? `line ${d.line}, column ${d.column}: ` : `line ${d.line}: `;
}

function headlineText(grade, kind) {
  if (grade.status !== 'graded') return HEADLINES[grade.status] || `Not graded (${grade.status}).`;
  if (kind === 'run') {
    const failed = grade.tests.filter((t) => !t.passed).length;
    return failed === 0 ? `All ${grade.tests.length} examples pass.`
      : `${failed} of ${grade.tests.length} examples fail.`;
  }
  const full = grade.score >= grade.maxScore;
  return `Score ${formatScore(grade.score)} / ${formatScore(grade.maxScore)}${full ? ': full marks!' : ''}`;
}

function testTable(tests, kind) {
  return el('table', { class: 'tests' },
    el('thead', {}, el('tr', {}, el('th', {}, 'test'), el('th', {}, 'kind'), el('th', {}, 'result'),
      el('th', {}, 'points'), el('th', {}, kind === 'run' ? 'detail' : 'hint'))),
    el('tbody', {}, tests.map((t) => el('tr', { class: t.passed ? 'pass' : 'fail' },
      el('td', {}, t.name),
      el('td', {}, t.kind),
      el('td', { class: 'result' }, t.passed ? '✔ pass' : '✘ fail'),
      el('td', {}, `${formatScore(t.points)} / ${formatScore(t.maxPoints)}`),
      el('td', {},
        t.hint ? el('p', { class: 'hint' }, t.hint) : null,
        t.detail ? el('pre', { class: 'detail' }, t.detail) : null)))));
}
