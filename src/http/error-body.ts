/** The body of an error answered before GraphQL runs, shaped like a GraphQL error so clients read one format. */
export function errorBody(code: string, message: string, extensions: Record<string, unknown> = {}): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
}
