// Statements are Markdown with LaTeX ($...$ inline, $$...$$ displayed). The maths is cut out before
// Markdown sees it (Markdown would eat its underscores and backslashes) and replaced by empty
// placeholders; the HTML is sanitised, then KaTeX typesets each formula into its placeholder.
// Code spans and fenced blocks are matched first so a dollar sign inside code stays code.
const PIECES = /(```[\s\S]*?```|`[^`\n]*`|\$\$[\s\S]+?\$\$|\$[^$\n]+?\$)/g;

export function renderStatement(markdown, target) {
  const formulas = [];
  const source = markdown.replace(PIECES, (piece) => {
    if (piece.startsWith('`')) return piece;
    const display = piece.startsWith('$$');
    const cut = display ? 2 : 1;
    formulas.push({ tex: piece.slice(cut, -cut), display });
    return `<span class="math-slot" data-math="${formulas.length - 1}"></span>`;
  });
  const html = window.marked.parse(source, { gfm: true, async: false });
  target.innerHTML = window.DOMPurify.sanitize(html);
  for (const slot of target.querySelectorAll('span.math-slot')) {
    const formula = formulas[Number(slot.dataset.math)];
    if (formula) window.katex.render(formula.tex, slot, { displayMode: formula.display, throwOnError: false });
  }
  target.querySelectorAll('.katex-display').forEach(reachableWhenScrolling);
}

/**
 * A displayed formula wider than its column scrolls sideways in its own box; while it does, the
 * box takes keyboard focus so that arrow keys can scroll it (WCAG 2.1.1). It is measured again
 * whenever its width changes, so a formula that fits adds no Tab stop.
 */
const scrollWatch = new ResizeObserver((entries) => {
  for (const { target } of entries) {
    if (target.scrollWidth > target.clientWidth) target.setAttribute('tabindex', '0');
    else target.removeAttribute('tabindex');
  }
});

function reachableWhenScrolling(box) {
  scrollWatch.observe(box);
}
