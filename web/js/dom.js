// Builds elements from data. Strings always become text nodes, so user-supplied text (names,
// code, messages from the grader) can never turn into markup.

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
}

export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

export function formatScore(x) {
  return x === null || x === undefined ? '–' : (Math.round(x * 100) / 100).toString();
}

/** Day, month, year and time in the reader's locale, with the time zone named: "29 Oct 2026, 23:59 UTC". */
const DATE_TIME = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
  timeZoneName: 'short' };

export function formatTime(iso) {
  return iso ? new Date(iso).toLocaleString(undefined, DATE_TIME) : '';
}
