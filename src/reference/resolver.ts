import DataLoader from 'dataloader';
import type { Context } from '../graphql/context.js';
import type { NodeModel } from '../graphql/model.js';
import { luceneQuery } from '../search/lucene.js';
import { memoWord } from '../search/memo.js';
import { ambiguous, emptyRef, unknown, wrongKind } from './errors.js';
import { foldRef as foldRefOnce, spellRef } from './fold.js';
import type { ReferenceCache } from './cache.js';
import { refFormsOf } from './keys.js';
import { accepts, kindOf, NODE_LABELS, type RefSpec } from './kinds.js';
import { exactTerm, findCandidates, fuzzyTerms, suggestByForm, suggestWithWords } from './queries.js';

/**
 * A reference folded once per process: the same few references (a council's name in an explorer
 * example, a dashboard's county) come back request after request, and Unicode normalisation was
 * 1 % of the service's busy time on a one-statement question (docs/performance.md, twenty-third pass).
 */
const foldRef = memoWord(foldRefOnce, 10_000, 200);

/**
 * Runs one named, parameterised read: a request's CypherRunner (which says the version of the
 * graph the statement saw), or a write transaction's run (which does not).
 */
export type ReadFn = <T>(name: string, cypher: string, params: Record<string, unknown>) => Promise<{ rows: T[]; version?: string }>;

/** A query's use of the process's reference cache (./cache.ts). */
export interface CacheUse {
  cache: ReferenceCache;
  /** Versions of the entries this request used. */
  used: Set<string>;
}

/**
 * The one resolver of references. Every argument that names a thing goes through it, so "01",
 * "Stockholms län", "stockholm" and "county-01" name the same county everywhere. The rule:
 *
 * 1. An exact id wins (ids are unique, and ids keep working exactly as before).
 * 2. Otherwise the things one of whose folded forms (src/reference/keys.ts) equals the folded
 *    reference are the candidates, narrowed to the kinds the argument takes: one → it; several
 *    → the one spelt exactly so, å/ä/ö included, if just one is ("Habo" is Habo, not Håbo),
 *    else BAD_USER_INPUT listing them; none of the right kind but some of another →
 *    BAD_USER_INPUT saying what it names; none at all → NOT_FOUND with up to three suggestions.
 *
 * So a kind-specific argument settles what an open one cannot: county: "Stockholm" is
 * Stockholms län, municipality: "Stockholm" is kommun 0180, node(id: "Stockholm") is ambiguous.
 * Lookups of a request are batched (one round trip per level) and cached per reference.
 */
export class References {
  private readonly loader: DataLoader<string, NodeModel[]>;

  /** `hints`: references the operation names (./hints.ts), fetched along with the first lookup; `cache`: for queries. */
  constructor(
    private readonly read: ReadFn,
    private hints: readonly string[] = [],
    private readonly cache?: CacheUse,
  ) {
    this.loader = new DataLoader<string, NodeModel[]>(async (raws) => {
      const out: NodeModel[][] = raws.map(() => []);
      const missing: Array<{ index: number; raw: string; exact: string }> = [];
      raws.forEach((raw, index) => {
        const hit = this.cache?.cache.get(raw);
        if (hit) {
          out[index] = hit.candidates;
          this.cache!.used.add(hit.version);
        } else missing.push({ index, raw, exact: exactTerm(foldRef(raw)) });
      });
      if (!missing.length) return out;
      const { rows, version } = await this.read<{ index: number; candidates: NodeModel[] }>('resolveReferences', findCandidates, { refs: missing });
      for (const row of rows) out[row.index] = row.candidates;
      for (const m of missing) this.cache?.cache.set(m.raw, out[m.index]!, version);
      return out;
    });
  }

  /** The one thing `ref` names among the kinds `spec` accepts, or a GraphQLError saying why not. */
  async resolve(ref: string, spec: RefSpec): Promise<NodeModel> {
    const folded = foldRef(ref);
    if (!folded) throw emptyRef(spec);
    if (this.hints.length) {
      // Same tick as the load below: DataLoader puts them into the same batch; failures surface where they are resolved.
      void this.loader.loadMany(this.hints.filter((h) => foldRef(h)));
      this.hints = [];
    }
    // Graph-internal nodes (a Role, a Name, a Status) have ids but are no things of their own.
    const found = (await this.loader.load(ref)).filter((n) => kindOf(n.__labels) !== null);
    const byId = found.find((n) => n.id === ref) ?? found.find((n) => n.id === folded);
    if (byId) {
      if (accepts(spec, byId.__labels)) return byId;
      throw wrongKind(spec, ref, [byId]);
    }
    const fitting = found.filter((n) => accepts(spec, n.__labels));
    if (fitting.length === 1) return fitting[0]!;
    const spelt = fitting.filter((n) => refFormsOf(n.__labels, n).some((f) => spellRef(f) === spellRef(ref)));
    if (spelt.length === 1) return spelt[0]!;
    if (fitting.length > 1) throw ambiguous(spec, ref, fitting);
    const named = found.filter((n) => accepts({ ...spec, labels: undefined }, n.__labels));
    if (named.length) throw wrongKind(spec, ref, named);
    throw unknown(spec, ref, await this.suggest(folded, ref, spec));
  }

  /** resolve for an optional argument: null stays null. */
  async optional(ref: string | null | undefined, spec: RefSpec): Promise<NodeModel | null> {
    return ref == null ? null : this.resolve(ref, spec);
  }

  /** The id of what an optional argument names (for loader keys and Cypher parameters). */
  async id(ref: string | null | undefined, spec: RefSpec): Promise<string | null> {
    return (await this.optional(ref, spec))?.id ?? null;
  }

  private async suggest(folded: string, ref: string, spec: RefSpec): Promise<NodeModel[]> {
    const words = luceneQuery(ref);
    const labels = spec.labels ?? NODE_LABELS;
    const { rows } = await this.read<{ node: NodeModel }>('suggestReferences', words ? suggestWithWords : suggestByForm, {
      fuzzy: fuzzyTerms(folded),
      words,
      labels,
    });
    return rows.map((r) => r.node);
  }
}

const perRequest = new WeakMap<Context, References>();

/** The request's use of the process's cache: for queries only (src/reference/cache-plugin.ts), none without it. */
export const cacheUse = (ctx: Context): CacheUse | undefined =>
  ctx.referenceCache && ctx.cachedReferenceVersions ? { cache: ctx.referenceCache, used: ctx.cachedReferenceVersions } : undefined;

/** The request's References (created on first use, never shared across requests). */
export function references(ctx: Context): References {
  let refs = perRequest.get(ctx);
  if (!refs) {
    refs = new References((name, cypher, params) => ctx.runner.readAt(name, cypher, params), ctx.refHints, cacheUse(ctx));
    perRequest.set(ctx, refs);
  }
  return refs;
}

/** Anything that runs Cypher like a neo4j-driver Session, Transaction or ManagedTransaction. */
interface CypherTarget {
  run(cypher: string, params?: Record<string, unknown>): PromiseLike<{ records: Array<{ toObject(): Record<string, unknown> }> }>;
}
type RunFn = (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/**
 * References outside a request: in a write transaction (a mutation's `run`, or the driver's
 * transaction or session itself), so the lookup sees the transaction's own writes. New nodes
 * need `refKeys` (src/reference/keys.ts: refKeysOf) to be found by name; by id they always are.
 */
export function referencesIn(target: RunFn | CypherTarget): References {
  const run: RunFn = typeof target === 'function' ? target : async (cypher, params) => (await target.run(cypher, params)).records.map((r) => r.toObject());
  return new References(async <T>(_name: string, cypher: string, params: Record<string, unknown>) => ({ rows: (await run(cypher, params)) as T[] }));
}
