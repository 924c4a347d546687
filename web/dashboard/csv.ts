/** Rows as CSV (RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled). */
export function csv(rows: string[][]): string {
  const field = (s: string) => (/[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
