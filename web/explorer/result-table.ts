/**
 * The lists in a GraphQL result, as tables: every array anywhere in the JSON is offered (an array
 * inside the items of another array gathers the items of all its parents, path `a[].b`), and a
 * connection's edges are offered as their nodes too (`x.edges[].node`). A row's nested objects
 * become dotted column names (member.name); a nested list becomes one cell, its items joined by "; ".
 */
export interface ResultList {
  path: string;
  items: unknown[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function findLists(result: unknown): ResultList[] {
  const found = new Map<string, unknown[]>();
  const add = (path: string, items: unknown[]) => {
    const list = found.get(path) ?? [];
    list.push(...items);
    found.set(path, list);
  };
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      add(path, value);
      if (value.length > 0 && value.every((v) => isObject(v) && isObject(v.node)))
        add(
          `${path}[].node`,
          value.map((v) => (v as { node: unknown }).node),
        );
      for (const item of value) walk(item, `${path}[]`);
    } else if (isObject(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    }
  };
  walk(result, '');
  return [...found].filter(([, items]) => items.length > 0).map(([path, items]) => ({ path, items }));
}

/** A cell's text: scalars as written, a nested object's values joined by spaces, a list's items by "; ". */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value))
    return value
      .map(cell)
      .filter((s) => s !== '')
      .join('; ');
  if (isObject(value))
    return Object.values(value)
      .map(cell)
      .filter((s) => s !== '')
      .join(' ');
  return String(value);
}

/** The items as a table: the header (dotted column names, in order of first appearance) and one row of text per item. */
export function toTable(items: unknown[]): { columns: string[]; rows: string[][] } {
  const flat = items.map((item) => {
    const out = new Map<string, string>();
    const walk = (value: unknown, prefix: string) => {
      if (isObject(value)) for (const [k, v] of Object.entries(value)) walk(v, prefix ? `${prefix}.${k}` : k);
      else out.set(prefix || 'value', cell(value));
    };
    walk(item, '');
    return out;
  });
  const columns = [...new Set(flat.flatMap((row) => [...row.keys()]))];
  return { columns, rows: flat.map((row) => columns.map((c) => row.get(c) ?? '')) };
}
