import { z } from 'zod';

/** Document keys that `sources` may name: the five files in shared/seeds-docs and the reference CSV. */
export const SOURCE_KEYS = ['000', '001', '002', '003', '004', 'ref'] as const;

export const source = z
  .string()
  .regex(new RegExp(`^(${SOURCE_KEYS.join('|')}):\\d+(-\\d+)?$`), 'a source like "002:684-700" (document key : line or line range)');
export const sources = z.array(source).min(1, 'at least one source');

/** YAML reads 2019 as a number; accept it and keep every date a string. */
export const partialDate = z
  .union([z.number().int(), z.string()])
  .transform(String)
  .pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date like 2019, 2019-11 or 2019-11-29'));

export const idOf = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}[a-z0-9]+(-[a-z0-9]+)*$`), `an id starting with "${prefix}" in lowercase ascii words joined by -`);

/** Any record id (refs are checked against the loaded ids after parsing). */
export const anyId = z.string().regex(/^[a-z]+-[a-z0-9]+(-[a-z0-9]+)*$/, 'an id like org-skr or county-01');

/** A ref: an id, or an id with properties for the relationship it becomes. */
export const ref = z.union([
  anyId,
  z.strictObject({
    id: anyId,
    validFrom: partialDate.optional(),
    validTo: partialDate.optional(),
    asOf: partialDate.optional(),
    note: z.string().optional(),
    sources: sources.optional(),
  }),
]);
export type Ref = z.infer<typeof ref>;

export const refs = z.array(ref);
export const aliases = z.array(z.string().min(1)).optional();

export const period = {
  validFrom: partialDate.optional(),
  validTo: partialDate.optional(),
  asOf: partialDate.optional(),
};
