/**
 * The whole drawn org chart as a stand-alone SVG: plain <rect>, <path> and <text> with every style
 * written as presentation attributes (no CSS, no foreignObject), so Inkscape, LibreOffice Draw,
 * PowerPoint and Visio import it as shapes and text. Pure: positions in, text out (unit-tested).
 */
export interface PlacedBox {
  /** Unique per box (ChartRow.id). */
  id: string;
  parentId: string | null;
  graphId: string;
  /** Centre x and top y, as d3-org-chart's top-down layout places a node. */
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  sub: string;
  fill: string;
  /** A dashed border: no document states when the seat or edge above the box held. */
  dashed?: boolean;
}

const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Breaks a label into at most `lines` lines of about `chars` characters (the last one ends in … when cut). */
export function wrap(text: string, chars: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (line && (line + ' ' + w).length > chars) {
      out.push(line);
      line = w;
      if (out.length === lines) {
        const rest = `${out.pop()!} ${words.slice(i).join(' ')}`;
        out.push(rest.length > chars ? `${rest.slice(0, chars - 1)}…` : rest);
        return out;
      }
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}

export function chartSvg(boxes: PlacedBox[], title: string): string {
  if (!boxes.length) return '<svg xmlns="http://www.w3.org/2000/svg"/>';
  const pad = 20;
  const minX = Math.min(...boxes.map((b) => b.x - b.width / 2)) - pad;
  const maxX = Math.max(...boxes.map((b) => b.x + b.width / 2)) + pad;
  const minY = Math.min(...boxes.map((b) => b.y)) - pad - 28;
  const maxY = Math.max(...boxes.map((b) => b.y + b.height)) + pad;
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const links = boxes
    .filter((b) => b.parentId && byId.has(b.parentId))
    .map((b) => {
      const p = byId.get(b.parentId!)!;
      const y1 = p.y + p.height;
      const mid = (y1 + b.y) / 2;
      return `<path d="M${p.x},${y1} V${mid} H${b.x} V${b.y}" fill="none" stroke="#94a3b8" stroke-width="1.5"/>`;
    });
  const nodes = boxes.map((b) => {
    const left = b.x - b.width / 2;
    const label = wrap(b.label, Math.floor(b.width / 7.4), 2);
    const tspans = label.map((l, i) => `<tspan x="${left + 10}" y="${b.y + 20 + i * 16}">${x(l)}</tspan>`).join('');
    return (
      `<g class="box" data-node-id="${x(b.graphId)}"><rect x="${left}" y="${b.y}" width="${b.width}" height="${b.height}" rx="8" ry="8" fill="${x(b.fill)}" stroke="#94a3b8" stroke-width="1"${b.dashed ? ' stroke-dasharray="5 3"' : ''}/>` +
      `<text class="label" font-family="Arial, Helvetica, sans-serif" font-size="13" font-weight="bold" fill="#1d2733">${tspans}</text>` +
      `<text class="sub" x="${left + 10}" y="${b.y + b.height - 10}" font-family="Arial, Helvetica, sans-serif" font-size="11" fill="#475569">${x(b.sub)}</text></g>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${maxX - minX}" height="${maxY - minY}" viewBox="${minX} ${minY} ${maxX - minX} ${maxY - minY}">
<title>${x(title)}</title>
<rect x="${minX}" y="${minY}" width="${maxX - minX}" height="${maxY - minY}" fill="#ffffff"/>
<text x="${minX + pad}" y="${minY + pad + 8}" font-family="Arial, Helvetica, sans-serif" font-size="16" font-weight="bold" fill="#1d2733">${x(title)}</text>
${links.join('\n')}
${nodes.join('\n')}
</svg>
`;
}

/** A file name from the root and the date: kunskapsgrafen-stockholms-lan-2026-11-24.svg. */
export function exportName(rootLabel: string, date: string, ext: string): string {
  const slug =
    rootLabel
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'schema';
  return `kunskapsgrafen-${slug}-${date}.${ext}`;
}
