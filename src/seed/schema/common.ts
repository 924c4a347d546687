import { z } from 'zod';
import { DATE_HELP, isValidDate } from '../dates.js';

/**
 * Document keys that `sources` may name: three digits (000 … 004 for the five files in
 * shared/seeds-docs, 005 and on for documents added by `kg import document`) or ref for the
 * reference CSV. Whether a document has the key is checked when the graph is built.
 */
export const SOURCE_KEY = '\\d{3}|ref';

/** YAML reads 2019 as a number; accept it and keep every date a string (see ../dates.ts for the forms). */
export const partialDate = z.union([z.number().int(), z.string()]).transform(String).pipe(z.string().refine(isValidDate, DATE_HELP));

export const sourceLine = z.string().regex(new RegExp(`^(${SOURCE_KEY}):\\d+(-\\d+)?$`), 'a source like "002:684-700" (document key : line or line range)');

/**
 * A source: "002:124", or {source: "002:124", asOf: "2019-11-15"} when the passage attests the fact
 * at another date than its document's (by default a source attests its document's date), or
 * {source: "002:291", attests: false} when it states the fact without dating it ("dåvarande KSL").
 */
export const source = z.union([
  sourceLine,
  z
    .strictObject({
      source: sourceLine,
      asOf: partialDate.optional(),
      attests: z.literal(false).optional(),
      note: z.string().optional(),
    })
    .refine((s) => (s.asOf === undefined) !== (s.attests === undefined), 'give either asOf (the date it attests) or attests: false'),
]);
export const sources = z.array(source).min(1, 'at least one source');
export type Source = z.infer<typeof source>;

export const idOf = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}[a-z0-9]+(-[a-z0-9]+)*$`), `an id starting with "${prefix}" in lowercase ascii words joined by -`);

/** Any record id (refs are checked against the loaded ids after parsing). */
export const anyId = z.string().regex(/^[a-z]+-[a-z0-9]+(-[a-z0-9]+)*$/, 'an id like org-skr or county-01');

// ---- How a fact is known -------------------------------------------------------------------

/** How an inferred fact was inferred: one sentence, and the sources or record ids it rests on. */
export const inference = z.strictObject({
  rule: z.string().min(1),
  from: z.array(z.string().min(1)).min(1, 'at least one source or record id'),
});
export type Inference = z.infer<typeof inference>;

export const BASES = ['stated', 'inferred'] as const;
/** fact: held/holds; the others hedge (a cancelled event was planned and did not happen). */
export const MODALITIES = ['fact', 'planned', 'proposed', 'intended', 'conditional', 'cancelled'] as const;

/** On every record that becomes a node or an edge, and on refs (see seeds/README.md). */
export const factFields = {
  basis: z.enum(BASES).optional(),
  inference: inference.optional(),
  modality: z.enum(MODALITIES).optional(),
  condition: z.string().min(1).optional(),
};

// ---- Not stated, conflicting, inferred values ----------------------------------------------

/** A blank the document leaves where a value belongs ("[datum]", "x kronor", a chair not named). */
export const notStated = z.strictObject({
  notStated: z.literal(true),
  asStated: z.string().optional(),
  note: z.string().optional(),
  sources: sources.optional(),
});

/** One of several values that one or several documents give for the same field. */
export const claim = <T extends z.ZodType>(value: T) =>
  z
    .strictObject({
      value: value.optional(),
      asStated: z.string().optional(),
      note: z.string().optional(),
      sources,
    })
    .refine((c) => c.value !== undefined || c.asStated !== undefined, 'a claim needs a value or asStated (the text as printed)');

export const claimsOf = <T extends z.ZodType>(value: T) => z.strictObject({ claims: z.array(claim(value)).min(2, 'at least two claims') });

/** A value that no passage states as such but that is inferred (e.g. a year from a dnr). */
export const inferredValue = <T extends z.ZodType>(value: T) =>
  z.strictObject({
    value,
    asStated: z.string().optional(),
    basis: z.literal('inferred'),
    inference,
  });

/** A scalar field that may also be not stated, conflicting claims, or an inferred value. */
export const qualified = <T extends z.ZodType>(value: T) => z.union([value, notStated, claimsOf(value), inferredValue(value)]);

export const qDate = qualified(partialDate);
export type QDate = z.infer<typeof qDate>;
/** On refs: no claims (a ref is one edge; conflicting periods need two records or the record's own claims). */
const refDate = z.union([partialDate, notStated, inferredValue(partialDate)]);

// ---- Refs ----------------------------------------------------------------------------------

/** A ref: an id, or an id with properties for the relationship it becomes. */
export const ref = z.union([
  anyId,
  z.strictObject({
    id: anyId,
    /** The name the cited passage uses for the target ("Kommunförbundet Stockholms län"). */
    namedAs: z.string().min(1).optional(),
    validFrom: refDate.optional(),
    validTo: refDate.optional(),
    asOf: partialDate.optional(),
    note: z.string().optional(),
    sources: sources.optional(),
    ...factFields,
  }),
]);
export type Ref = z.infer<typeof ref>;

export const refs = z.array(ref);
export const aliases = z.array(z.string().min(1)).optional();

/**
 * When a fact holds. validFrom/validTo only as stated (or inferred with an inference); asOf is the
 * date the document states the fact for. plannedEnd: validTo/to is a planned end, not an actual one.
 */
export const period = {
  validFrom: qDate.optional(),
  validTo: qDate.optional(),
  asOf: partialDate.optional(),
  plannedEnd: z.boolean().optional(),
};

// ---- Identity --------------------------------------------------------------------------------

const reasoned = z.strictObject({ id: anyId, reason: z.string().min(1) });
const waiver = z.strictObject({ rule: z.string().min(1), reason: z.string().min(1) });

/** On every record with an id: what it used to be called (ids), and what it is not (or may be). */
export const identity = {
  /** Ids of merged-away duplicates; references to them still resolve to this record. */
  formerIds: z.array(anyId).optional(),
  /** Looks like a duplicate of these but is not (waives the duplicate rules for the pair). */
  distinctFrom: z.array(reasoned).optional(),
  /** Possibly the same thing as these; no document states it (waives the duplicate rules). */
  possiblySameAs: z.array(reasoned).optional(),
  /** Waives a truth-gate rule that allows it, with the reason (see docs/truth-model.md). */
  waive: z.array(waiver).optional(),
};

// ---- Amounts and measures ------------------------------------------------------------------

export const QUALIFIERS = ['exact', 'approximately', 'at-least', 'at-most', 'not-stated'] as const;
export const AMOUNT_PERIODS = ['total', 'per-year', 'not-stated'] as const;

const amountObject = z
  .strictObject({
    value: z.number().nonnegative().optional(),
    qualifier: z.enum(QUALIFIERS).default('exact'),
    /** The words of the document: "närmare 23 miljoner kronor", "x kronor". */
    asStated: z.string().optional(),
    period: z.enum(AMOUNT_PERIODS).optional(),
    sources: sources.optional(),
  })
  .superRefine((a, ctx) => {
    if (a.qualifier === 'not-stated' && a.value !== undefined)
      ctx.addIssue({ code: 'custom', message: 'a not-stated amount has no value (keep the words in asStated)' });
    if (a.qualifier !== 'not-stated' && a.value === undefined) ctx.addIssue({ code: 'custom', message: 'value is required unless qualifier is not-stated' });
  });

/** An amount in MSEK: a plain number (exact), or {value, qualifier, asStated, period}, or claims. */
export const amount = z.union([z.number().nonnegative(), amountObject, claimsOf(z.number().nonnegative())]);
export type Amount = z.infer<typeof amount>;

export const MEASURE_UNITS = ['msek', 'sek', 'fte', 'count', 'percent', 'other'] as const;

/** A stated quantity: a budget, a head count, staff (årsarbetare), a share; approximate or not stated. */
export const measure = z
  .strictObject({
    what: z.string().min(1),
    unit: z.enum(MEASURE_UNITS),
    value: z.number().optional(),
    qualifier: z.enum(QUALIFIERS).default('exact'),
    asStated: z.string().optional(),
    period: z.enum(AMOUNT_PERIODS).optional(),
    year: z.number().int().min(1900).max(2100).optional(),
    ...period,
    ...factFields,
    note: z.string().optional(),
    sources,
  })
  .superRefine((m, ctx) => {
    if (m.qualifier === 'not-stated' && m.value !== undefined)
      ctx.addIssue({ code: 'custom', message: 'a not-stated measure has no value (keep the words in asStated)' });
    if (m.qualifier !== 'not-stated' && m.value === undefined) ctx.addIssue({ code: 'custom', message: 'value is required unless qualifier is not-stated' });
  });
export type Measure = z.infer<typeof measure>;
