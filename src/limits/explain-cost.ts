import { MAX_PAGE_SIZE } from '../graphql/connection.js';
import { estimateCost, FIELD_WEIGHTS, HEAVY, type CostInput, type FieldCost } from './cost-model.js';

/** Why a query costs what it costs, and the cheaper ways to ask that would fit the limit. */
export interface CostExplanation {
  costliest: Array<{ field: string; count: number; cost: number }>;
  heavy: Array<{ field: string; cost: number }>;
  suggestions: string[];
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');

/** The cheaper way to get what a heavy text field gives. */
const INSTEAD: Record<string, string> = {
  'Source.excerpt': 'ask for file and fromLine/toLine, and fetch the excerpts you need in a second query',
  'Passage.text': 'ask for citation, and fetch the passages you need with passage(id:) in a second query',
  'Passage.readingText': 'ask for citation, and fetch the passages you need with passage(id:) in a second query',
  'Document.text': 'ask for fewer lines at a time (toLine closer to fromLine), or page through Document.passages',
  'SearchEdge.snippet': 'ask for matchedText, or for fewer hits (a lower first:)',
};

/**
 * Explains by asking "what if": each heavy field left out, each page size lowered to 1 (the cost is
 * linear in a page size, so two estimates give the size that fits), each repeated root field asked
 * fewer times. Runs only for rejected queries, which the token limit keeps small.
 */
export function explainCost(input: CostInput, cost: number, fields: FieldCost[], limit: number): CostExplanation {
  const roots = new Map<string, { count: number; cost: number }>();
  for (const f of fields.filter((x) => x.root)) {
    const name = f.coordinate.split('.')[1]!;
    const r = roots.get(name) ?? { count: 0, cost: 0 };
    roots.set(name, { count: r.count + 1, cost: r.cost + f.cost });
  }
  const costliest = [...roots]
    .map(([field, r]) => ({ field, ...r }))
    .sort((a, b) => b.cost - a.cost)
    .slice(0, 3);

  const present = new Set(fields.map((f) => f.coordinate));
  // Root fields already show in costliest; what is heavy inside them is what helps.
  const heavy = HEAVY.filter((c) => present.has(c) && !roots.has(c.startsWith('Query.') ? c.slice('Query.'.length) : c))
    .map((field) => ({ field, cost: cost - estimateCost(input, { without: field }).cost }))
    .filter((h) => h.cost > 0)
    .sort((a, b) => b.cost - a.cost);

  const suggestions: string[] = [];
  const paged = fields
    .filter((f) => f.page && f.page.size > 1)
    .sort((a, b) => b.cost - a.cost)
    .slice(0, 3);
  for (const f of paged) {
    const { argument, size } = f.page!;
    const atOne = estimateCost(input, { page: { node: f.node, size: 1 } }).cost;
    const perItem = (cost - atOne) / (size - 1);
    if (perItem <= 0) continue;
    const fits = Math.floor((limit - (cost - perItem * size)) / perItem);
    const name = f.node.alias ? `${f.node.alias.value} (${f.node.name.value})` : f.node.name.value;
    // No page is larger than MAX_PAGE_SIZE (a larger first: or last: is refused anyway): the rest comes with the cursors.
    if (fits >= MAX_PAGE_SIZE && size > MAX_PAGE_SIZE)
      suggestions.push(`lower ${argument}: on ${name} from ${size} to ${MAX_PAGE_SIZE} (the largest page) and page on with the cursors`);
    else if (fits >= 1 && fits < size) suggestions.push(`lower ${argument}: on ${name} from ${size} to ${fits}`);
  }
  for (const r of costliest.filter((c) => c.count > 1)) {
    const each = r.cost / r.count;
    const fits = Math.floor((limit - (cost - r.cost)) / each);
    if (fits >= 1) suggestions.push(`ask for at most ${fits} ${r.field} per query (now ${r.count}); send the rest as further queries`);
  }
  for (const h of heavy.filter((x) => x.field in FIELD_WEIGHTS)) {
    suggestions.push(`leave out ${h.field.split('.')[1]} (saves ${fmt(h.cost)}): ${INSTEAD[h.field] ?? 'fetch it in a second query for the items you need'}`);
  }
  if (suggestions.length === 0) suggestions.push('split the query into smaller ones, each asking for one part');
  return { costliest, heavy, suggestions };
}

export function costMessage(cost: number, limit: number, e: CostExplanation): string {
  const most = e.costliest.map((c) => `${c.field}${c.count > 1 ? ` ×${c.count}` : ''} (${fmt(c.cost)})`).join(', ');
  const heavy = e.heavy.length
    ? `; of that, ${e.heavy
        .slice(0, 3)
        .map((h) => `${h.field} ${fmt(h.cost)}`)
        .join(', ')}`
    : '';
  return (
    `This query would cost ${fmt(cost)}, over the limit of ${fmt(limit)} (the cost estimates how many values the answer holds; see docs/operations.md). ` +
    `Most of it: ${most}${heavy}. Cheaper: ${e.suggestions.join('; or ')}.`
  );
}
