import { buildSchema, isEnumType, type GraphQLFormattedError } from 'graphql';
import { loadTypeDefs } from './schema.js';

/**
 * Makes graphql-js's validation messages actionable without replacing its rules: an unknown enum
 * value gets the list of allowed values, a bad literal gets the name of its argument, and a long
 * input is echoed as a 60-character prefix. Applied in formatError, so it covers every error.
 */
let enumValues: Map<string, string[]> | undefined;
function allowedValues(enumName: string): string[] | undefined {
  enumValues ??= new Map(
    Object.values(buildSchema(loadTypeDefs()).getTypeMap())
      .filter(isEnumType)
      .map((t) => [t.name, t.getValues().map((v) => v.name)]),
  );
  return enumValues.get(enumName);
}

const ENUM_ERROR = /(?:Value "[^"]*" does not exist in "(\w+)" enum|Enum "(\w+)" cannot represent)/;
/** Messages of graphql-js (and of our scalars) about one value, located at that value. */
const VALUE_ERROR =
  /^(Value "|Enum "|Expected value of type|\w+ cannot represent|a reference |the reference |"[^"]*" is not a |"[^"]*" has no month|a PartialDate )/;

/** The argument a value at `offset` of the operation belongs to (`name: value`, in a list or not). */
export function argumentAt(body: string, offset: number): string | null {
  const m = /([_A-Za-z][_0-9A-Za-z]*)\s*:\s*(?:\[[^\]]*)?$/.exec(body.slice(Math.max(0, offset - 400), offset));
  return m?.[1] ?? null;
}

/** Shortens every quoted input in a message to 60 characters and "…". */
export const shortenQuoted = (message: string) =>
  message.replace(/"((?:[^"\\]|\\.)*)"/g, (whole, inner: string) => {
    const chars = [...inner];
    return chars.length > 60 ? `"${chars.slice(0, 60).join('').replace(/\\$/, '')}…"` : whole;
  });

interface Located {
  source?: { body: string };
  positions?: readonly number[];
}

export function explainValidation(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code !== 'GRAPHQL_VALIDATION_FAILED' && code !== 'BAD_USER_INPUT' && code !== 'NOT_FOUND') return formatted;
  let message = shortenQuoted(formatted.message);
  const enumName = ENUM_ERROR.exec(message);
  const allowed = enumName && allowedValues((enumName[1] ?? enumName[2])!);
  if (allowed) message = `${/[.?]$/.test(message) ? message : `${message}.`} Allowed values: ${allowed.join(', ')}.`;
  const located = error as Located;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && VALUE_ERROR.test(message) && located?.source && located.positions?.length) {
    const argument = argumentAt(located.source.body, located.positions[0]!);
    if (argument) return { ...formatted, message: `Argument "${argument}": ${message}`, extensions: { ...formatted.extensions, argument } };
  }
  return { ...formatted, message };
}
