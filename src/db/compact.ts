/**
 * A statement's text as sent to Neo4j: its whitespace runs made single spaces and its comments
 * left out, outside string literals and backquoted names. Our statements are written indented
 * over many lines for people to read; neo4j-driver sends a statement in 1,400-byte chunks, one
 * socket write each, and writes were the largest item in the service's profile of a
 * one-statement question (issue 15). Council members' statement went from two writes to one.
 * Remembered per text: the same few hundred texts recur.
 */
export function compact(cypher: string): string {
  let out = compacted.get(cypher);
  if (out === undefined) {
    out = squeeze(cypher);
    if (compacted.size >= 2000) compacted.clear(); // ours: a few hundred texts, times the shapes of selections
    compacted.set(cypher, out);
  }
  return out;
}

const compacted = new Map<string, string>();

function squeeze(cypher: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < cypher.length; i++) {
    const ch = cypher[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      // A literal or a quoted name, copied as written up to its closing quote (a backslash escapes in strings).
      let end = i + 1;
      while (end < cypher.length && cypher[end] !== ch) end += cypher[end] === '\\' && ch !== '`' ? 2 : 1;
      if (space && out) out += ' ';
      space = false;
      out += cypher.slice(i, end + 1);
      i = end;
    } else if (ch === '/' && cypher[i + 1] === '/') {
      while (i < cypher.length && cypher[i] !== '\n') i++;
      space = true;
    } else if (ch === '/' && cypher[i + 1] === '*') {
      const end = cypher.indexOf('*/', i + 2);
      i = end < 0 ? cypher.length : end + 1;
      space = true;
    } else if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r') {
      space = true;
    } else {
      if (space && out) out += ' ';
      space = false;
      out += ch;
    }
  }
  return out;
}
