import { describe, expect, it } from 'vitest';
import { braceDepth, braceDepthLimit } from '../../src/limits/nesting.js';

/** The pre-parse depth check: graphql's lexer in a loop, so a 2,000-level query is measured without recursion. */
describe('brace depth before parsing', () => {
  it('counts selection and input-object braces, not braces inside strings', () => {
    expect(braceDepth('{ a { b { c } } }', 5_000)).toBe(3);
    expect(braceDepth('{ a(s: "{{{{{{") { b } }', 5_000)).toBe(2);
    expect(braceDepth('mutation { m(input: { x: { y: 1 } }) { id } }', 5_000)).toBe(3);
  });

  it("measures 2,000 nested selections (which overflowed the parser's stack) without parsing", () => {
    const q = `{ ${'a { '.repeat(2_000)}b${' }'.repeat(2_000)} }`;
    expect(braceDepth(q, 100_000)).toBe(2_001);
    expect(braceDepth(q, 100_000)).toBeGreaterThan(braceDepthLimit(12));
  });

  it('stops at the token limit and at a lexical error, leaving both to the parser', () => {
    expect(braceDepth(`{ ${'a { '.repeat(100)}`, 10)).toBe(5);
    expect(braceDepth('{ a { "unterminated ', 5_000)).toBe(2);
  });

  it('allows four times the depth limit, at least 64', () => {
    expect([braceDepthLimit(12), braceDepthLimit(30)]).toEqual([64, 120]);
  });
});
