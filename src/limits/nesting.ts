import { Lexer, Source, TokenKind } from 'graphql';

/**
 * How deep the braces of a query nest, read with graphql's own lexer (a loop, no recursion). Run
 * before parsing: graphql's parser and validation recurse once per level, and 2,000 nested
 * selections overflowed the stack (a RangeError reached the client). Stops after maxTokens tokens
 * or at a lexical error, leaving both to the parser to report.
 */
export function braceDepth(query: string, maxTokens: number): number {
  const lexer = new Lexer(new Source(query));
  let depth = 0;
  let deepest = 0;
  try {
    for (let i = 0, token = lexer.advance(); token.kind !== TokenKind.EOF && i < maxTokens; i++, token = lexer.advance()) {
      if (token.kind === TokenKind.BRACE_L) deepest = Math.max(deepest, ++depth);
      else if (token.kind === TokenKind.BRACE_R) depth--;
    }
  } catch {
    // a syntax error: the parser reports it
  }
  return deepest;
}

/** Brace depth beyond which a query is refused unparsed: far above any valid query, far below a stack overflow. */
export const braceDepthLimit = (maxDepth: number) => Math.max(64, 4 * maxDepth);
