/**
 * Which view shows a thing best: the org chart for what has a structure (organisations, bodies,
 * counties, people, initiatives), the need's trail for a need, and the explorer with a ready
 * query for the rest (documents, topics, agreements, passages …).
 */
const CHARTED = new Set(['COUNTY', 'MUNICIPALITY', 'ORGANISATION', 'BODY', 'PERSON', 'INITIATIVE']);

export function explorerLink(query: string, variables?: Record<string, unknown>): string {
  const p = new URLSearchParams({ query });
  if (variables) p.set('variables', JSON.stringify(variables, null, 2));
  return `/explorer?${p}`;
}

const NODE_QUERY = `# What the graph knows about one thing, with the passages it rests on.
query Node($id: ID!) {
  node(id: $id) {
    __typename
    id
    displayName
    kind
    ... on Passage { citation section readingText document { title } mentions { entity { id displayName kind } } }
    ... on Document { title year sources { file fromLine toLine excerpt } }
    ... on Topic { name sources { file fromLine toLine excerpt } }
    ... on Agreement { title sources { file fromLine toLine excerpt } }
  }
}`;

export function viewFor(kind: string, id: string): string {
  if (CHARTED.has(kind)) return `/org-chart?root=${encodeURIComponent(id)}&depth=2&sel=${encodeURIComponent(id)}`;
  if (kind === 'NEED') return `/org-chart?need=${encodeURIComponent(id)}`;
  return explorerLink(NODE_QUERY, { id });
}
