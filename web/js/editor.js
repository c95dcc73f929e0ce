// A CodeMirror 5 editor for Java snippets, and the compile errors drawn on it: a red line, a
// marker in the gutter, and the compiler's message right under the line it is about.

export function createEditor(parent, code) {
  return window.CodeMirror(parent, {
    value: code,
    mode: 'text/x-java',
    lineNumbers: true,
    indentUnit: 4,
    tabSize: 4,
    gutters: ['CodeMirror-linenumbers', 'diagnostics'],
    viewportMargin: Infinity,
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
    message.textContent = `line ${d.line}${d.column ? ', column ' + d.column : ''}: ${d.message}`;
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
