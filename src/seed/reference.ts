import fs from 'node:fs';
import type { Graph } from './graph-model.js';
import { SeedError } from './read.js';

/**
 * Counties and municipalities from the reference CSV (kommunkod,kommun,lanskod,lan). Codes stay
 * strings so that leading zeros survive. Provenance is the CSV line.
 */
export function referenceGraph(csvPath: string): Graph {
  const lines = fs.readFileSync(csvPath, 'utf8').split('\n');
  if (lines[0]?.trim() !== 'kommunkod,kommun,lanskod,lan') {
    throw new SeedError([`${csvPath}: expected the header kommunkod,kommun,lanskod,lan, got ${JSON.stringify(lines[0])}`]);
  }
  const graph: Graph = { nodes: [], edges: [] };
  const counties = new Map<string, { name: string; lines: number[] }>();
  const problems: string[] = [];
  lines.forEach((line, i) => {
    if (i === 0 || !line.trim()) return;
    const [kommunkod = '', kommun = '', lanskod = '', lan = ''] = line.split(',');
    if (!/^\d{4}$/.test(kommunkod) || !kommun || !/^\d{2}$/.test(lanskod) || !lan) {
      problems.push(`${csvPath}: line ${i + 1}: expected 4-digit kommunkod, name, 2-digit lanskod, county name; got ${JSON.stringify(line)}`);
      return;
    }
    const source = `ref:${i + 1}`;
    const id = `kommun-${kommunkod}`;
    graph.nodes.push({
      id,
      labels: ['Organisation', 'Municipality'],
      props: { id, code: kommunkod, name: kommun, type: 'municipality', aliases: [], sources: [source] },
    });
    graph.edges.push({
      type: 'IN_COUNTY',
      from: id,
      to: `county-${lanskod}`,
      key: `${id}|IN_COUNTY|county-${lanskod}`,
      props: { sources: [source] },
      origin: csvPath,
    });
    const c = counties.get(lanskod) ?? { name: lan, lines: [] };
    if (c.name !== lan) problems.push(`${csvPath}: line ${i + 1}: county ${lanskod} named ${lan}, earlier ${c.name}`);
    c.lines.push(i + 1);
    counties.set(lanskod, c);
  });
  if (problems.length) throw new SeedError(problems);
  for (const [code, c] of counties) {
    const id = `county-${code}`;
    const range = `ref:${Math.min(...c.lines)}-${Math.max(...c.lines)}`;
    graph.nodes.push({ id, labels: ['County'], props: { id, code, name: c.name, aliases: [], sources: [range] } });
  }
  return graph;
}
