/** Rows as CSV (RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled). */
export function csv(rows: string[][]): string {
  const field = (s: string) => (/[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/**
 * Downloads rows as a CSV file: UTF-8 with a byte-order mark, so Excel shows å/ä/ö; the name is
 * kunskapsgrafen-<name>-<today>.csv.
 */
export function downloadCsv(rows: string[][], name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob(['\ufeff' + csv(rows)], { type: 'text/csv;charset=utf-8' }));
  a.download = `kunskapsgrafen-${name}-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
