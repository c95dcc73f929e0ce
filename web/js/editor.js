// A CodeMirror 5 editor for Java snippets, and the compile errors drawn on it: a red line, a
// marker in the gutter, and the compiler's message right under the line it is about.

import { where } from './outcome.js';

/**
 * label names the editor for screen readers; keysHelp is the element beside the editor that says
 * how to leave it, and says it again when Ctrl-M changes what Tab does.
 */
export function createEditor(parent, code, label, keysHelp) {
  const editor = window.CodeMirror(parent, {
    value: code,
    mode: 'text/x-java',
    lineNumbers: true,
    indentUnit: 4,
    tabSize: 4,
    gutters: ['CodeMirror-linenumbers', 'diagnostics'],
    viewportMargin: Infinity,
    // Long lines wrap: no sideways scrolling region that a keyboard cannot reach, and a narrow screen reflows.
    lineWrapping: true,
    screenReaderLabel: label,
  });
  editor.getInputField().setAttribute('aria-describedby', keysHelp.id);
  leavableByKeyboard(editor, keysHelp);
  return editor;
}

/**
 * Inside the editor Tab indents, which would trap a keyboard user (WCAG 2.1.2). Two ways out, as
 * other code editors for teaching offer them: Esc then Tab (or Shift-Tab) moves focus on, once;
 * Ctrl-M switches Tab between indenting and moving focus until pressed again.
 */
function leavableByKeyboard(editor, keysHelp) {
  const keys = { escaped: false, tabMoves: false };
  const explain = () => {
    keysHelp.textContent = keys.tabMoves
      ? 'Tab moves to the next control; Ctrl-M makes Tab indent code again.'
      : 'Tab indents code. To leave the editor press Esc then Tab, or Ctrl-M to make Tab move focus.';
  };
  explain();
  editor.on('keydown', (cm, event) => {
    if (!['Escape', 'Tab', 'Shift'].includes(event.key)) keys.escaped = false;
  });
  editor.on('blur', () => { keys.escaped = false; });
  editor.addKeyMap({
    // false leaves the key to the browser, whose Tab moves focus; undefined lets CodeMirror's keys decide.
    call(key) {
      const tab = key === 'Tab' || key === 'Shift-Tab';
      if (!tab || !(keys.escaped || keys.tabMoves)) return undefined;
      keys.escaped = false;
      return false;
    },
  });
  editor.setOption('extraKeys', {
    Esc: (cm) => {
      keys.escaped = true;
      cm.execCommand('singleSelection');
    },
    'Ctrl-M': () => {
      keys.tabMoves = !keys.tabMoves;
      explain();
    },
  });
}

export function markDiagnostics(editor, diagnostics) {
  clearDiagnostics(editor);
  const marks = [];
  for (const d of diagnostics) {
    if (!d.line || d.line < 1 || d.line > editor.lineCount()) continue;
    const line = d.line - 1;
    // A line handle, not a number, so the class is removed from the right line after edits.
    const handle = editor.addLineClass(line, 'background', 'cm-error-line');
    const marker = document.createElement('span');
    marker.className = 'cm-error-marker';
    marker.textContent = '●';
    marker.title = d.message;
    editor.setGutterMarker(line, 'diagnostics', marker);
    const message = document.createElement('div');
    message.className = 'cm-error-message';
    message.textContent = `${where(d)}${d.message}`;
    marks.push({ handle, widget: editor.addLineWidget(line, message) });
  }
  editor.state.diagnosticMarks = marks;
}

export function clearDiagnostics(editor) {
  for (const { handle, widget } of editor.state.diagnosticMarks || []) {
    widget.clear();
    editor.removeLineClass(handle, 'background', 'cm-error-line');
  }
  editor.clearGutter('diagnostics');
  editor.state.diagnosticMarks = [];
}
