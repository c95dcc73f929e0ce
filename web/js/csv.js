// Tables as CSV files, built in the browser from the data the page already shows.

/**
 * A spreadsheet would run a cell starting with one of these as a formula (OWASP, "CSV Injection"),
 * so such a cell gets a leading ' and is read as text: the server's exports follow the same rule.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number such as -2.5 is read as that number and nothing else, so it stays one. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

function cell(value) {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header, rows) {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Offers the CSV as a file download. */
export function download(filename, header, rows) {
  const url = URL.createObjectURL(new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
