// How a grade reads: one headline per outcome, then the tests, the compiler's messages and, for
// runs of the visible examples, what the code printed. Every string from the server is text.
import { el, formatScore } from './dom.js';
import { standingText } from './standing.js';

const HEADLINES = {
  compile_error: 'Does not compile: the messages are marked on the editor lines.',
  rejected: 'Refused: the code uses something exercises may not use.',
  timeout: 'Time limit exceeded: the code ran too long (an endless loop, or far too slow).',
  memory_limit: 'Memory limit exceeded: the code used too much memory.',
  output_limit: 'Output limit exceeded: the code printed too much.',
  crashed: 'Crashed: the code stopped with an error before finishing.',
};

/** How each kind of test is named, and what it does when it succeeds. */
const KINDS = {
  example: ['example', 'examples', 'passed'],
  hidden: ['hidden test', 'hidden tests', 'passed'],
  robustness: ['robustness test', 'robustness tests', 'passed'],
  property: ['property check', 'property checks', 'held'],
};

/**
 * kind is 'run' (visible examples, nothing kept) or 'submission' (graded and kept); next, when
 * given, is the chapter's following exercise, linked right under the summary; counted, for a
 * submission, is its score under the late rule.
 */
export function renderGrade(grade, kind, next, counted) {
  const box = el('div', { class: `outcome status-${grade.status}`, 'data-status': grade.status });
  box.append(headline(headlineText(grade, kind, counted)));
  const tests = grade.tests || [];
  // A compile error's message restates its first diagnostic: the list below says each one once. A
  // graded one's message counts the tests and gives the first hint: the lines below say both in full.
  const listed = grade.status === 'compile_error' && grade.diagnostics && grade.diagnostics.length;
  const explained = grade.status === 'graded' && tests.length;
  if (grade.message && !listed && !explained) box.append(el('p', { class: 'message' }, grade.message));
  if (explained && kind !== 'run') box.append(pointsLine(grade));
  if (next) box.append(nextLink(next));
  if (tests.some((t) => !t.passed && t.hint)) box.append(hintList(tests));
  if (tests.length) box.append(testTable(tests, kind));
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

function headlineText(grade, kind, counted) {
  if (grade.status !== 'graded') return HEADLINES[grade.status] || `Not graded (${grade.status}).`;
  if (kind === 'run') {
    const failed = grade.tests.filter((t) => !t.passed).length;
    return failed === 0 ? `All ${grade.tests.length} examples pass.`
      : `${failed} of ${grade.tests.length} examples fail.`;
  }
  // Without the late rule's verdict (an instructor's view), the judge's score is what is known.
  const standing = counted || { rawScore: grade.score, score: grade.score, daysLate: 0, penaltyPercent: 0 };
  const full = standing.score >= grade.maxScore;
  return `Score ${standingText(standing, grade.maxScore)}${full ? ': full marks!' : ''}`;
}

/**
 * Where the judge's points came from, kind by kind: "Points: 0.59 from 1 of 3 property checks held;
 * nothing from 0 of 6 hidden tests passed." The score is the exercise's points times the share of the
 * tests' weights earned, so each kind's part is its weight earned over all the weights.
 */
function pointsLine(grade) {
  const possible = grade.tests.reduce((sum, t) => sum + t.maxPoints, 0);
  const groups = byKind(grade.tests);
  const earning = groups.filter((g) => g.earned > 0);
  // One kind earning everything gets the score itself, so the parts add up to it exactly.
  const share = (g) => (earning.length === 1 ? grade.score : possible > 0 ? (grade.maxScore * g.earned) / possible : 0);
  const from = earning.map((g) => `${formatScore(share(g))} from ${counted(g)}`);
  const rest = groups.filter((g) => g.earned <= 0).map(counted);
  const nothing = rest.length ? `${from.length ? '; ' : ''}nothing from ${joined(rest)}` : '';
  return el('p', { class: 'points-from' }, `Points: ${from.join('; ')}${nothing}.`);
}

/** "1 of 3 property checks held", "0 of 6 hidden tests passed". */
function counted(g) {
  const [one, many, verb] = KINDS[g.kind] || [`${g.kind} test`, `${g.kind} tests`, 'passed'];
  return `${g.passed} of ${g.total} ${g.total === 1 ? one : many} ${verb}`;
}

/** "a", "a and b", "a, b and c". */
function joined(parts) {
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
}

/** The tests by kind, in the order the kinds first appear. */
function byKind(tests) {
  const groups = new Map();
  for (const t of tests) {
    const g = groups.get(t.kind) || { kind: t.kind, total: 0, passed: 0, earned: 0 };
    g.total += 1;
    g.passed += t.passed ? 1 : 0;
    g.earned += t.points;
    groups.set(t.kind, g);
  }
  return [...groups.values()];
}

/** Each distinct hint once, with how many failing tests gave it: "7 hidden tests: the values differ …". */
function hintList(tests) {
  const byHint = new Map();
  for (const t of tests.filter((x) => !x.passed && x.hint)) {
    if (!byHint.has(t.hint)) byHint.set(t.hint, []);
    byHint.get(t.hint).push(t);
  }
  return el('ul', { class: 'hints' }, [...byHint].map(([hint, failing]) =>
    el('li', { class: 'hint' }, `${countByKind(failing)}: ${hint}`)));
}

/** "7 hidden tests", "1 example and 2 hidden tests". */
function countByKind(tests) {
  return joined(byKind(tests).map((g) => {
    const [one, many] = KINDS[g.kind] || [`${g.kind} test`, `${g.kind} tests`];
    return `${g.total} ${g.total === 1 ? one : many}`;
  }));
}

/** Each test's verdict; hints are listed once above, and a run's examples keep what they printed. */
function testTable(tests, kind) {
  const run = kind === 'run';
  return el('table', { class: 'tests' },
    el('thead', {}, el('tr', {}, el('th', {}, 'test'), el('th', {}, 'kind'), el('th', {}, 'result'),
      el('th', {}, 'points'), run ? el('th', {}, 'detail') : null)),
    el('tbody', {}, tests.map((t) => el('tr', { class: t.passed ? 'pass' : 'fail' },
      el('td', {}, t.name),
      el('td', {}, t.kind),
      el('td', { class: 'result' }, t.passed ? '✔ pass' : '✘ fail'),
      el('td', {}, `${formatScore(t.points)} / ${formatScore(t.maxPoints)}`),
      run ? el('td', {}, t.detail ? el('pre', { class: 'detail' }, t.detail) : null) : null))));
}
