import type { Driver } from 'neo4j-driver';
import type { NodeModel } from '../graphql/model.js';

/**
 * What references named, shared by the queries of a process: most requests name the same few
 * things ("01", "Stockholms län", "MILK"), and looking them up was one round trip of two for a
 * county's representatives. An entry holds for one version of the graph: the bookmark Neo4j
 * returns with every statement names the last committed transaction, so an entry is used only
 * while the statements of this process keep seeing the version it was read at, and every entry
 * goes when they see another (a write by anyone, anywhere). A request that used an entry checks
 * afterwards that its statements saw that same version, and is answered again without the cache
 * when they did not (./cache-plugin.ts): a cached reference never outlives a write unnoticed.
 */
export class ReferenceCache {
  private readonly entries = new Map<string, NodeModel[]>();
  /**
   * Whether some name holds a word of a name search as written or as a prefix, by the word's
   * clause (src/search/known-words.ts): what the search statement otherwise probes the names index
   * for, word by word, on every search. It holds for a version of the graph like the references.
   */
  private readonly words = new Map<string, boolean>();
  private version: string | undefined;

  /** At most this many references are kept (they are user input); the oldest go first. */
  constructor(private readonly max = 5_000) {}

  /** A statement saw the graph at `version` (its bookmark): entries of any other version are dropped. */
  observe(version: string | undefined): void {
    if (!version || version === this.version) return;
    this.version = version;
    this.entries.clear();
    this.words.clear();
  }

  /** The candidates of `ref` and the version they hold for, if known for the current version. Copies: resolvers may add to a node. */
  get(ref: string): { candidates: NodeModel[]; version: string } | undefined {
    const candidates = this.entries.get(ref);
    if (!candidates || !this.version) return undefined;
    return { candidates: candidates.map((n) => ({ ...n })), version: this.version };
  }

  /** Keeps what a lookup read at `version`, if that is still the current version. */
  set(ref: string, candidates: NodeModel[], version: string | undefined): void {
    this.keep(this.entries, ref, candidates, version);
  }

  /** Whether some name holds the word of `clause`, and the version that holds for, if known for the current version. */
  heldWord(clause: string): { held: boolean; version: string } | undefined {
    const held = this.words.get(clause);
    return held === undefined || !this.version ? undefined : { held, version: this.version };
  }

  /** Keeps what a search's probe found of the word of `clause` at `version`, if that is still the current version. */
  setHeldWord(clause: string, held: boolean, version: string | undefined): void {
    this.keep(this.words, clause, held, version);
  }

  /** Puts what was read at `version` into `map` if that is still the current version; the oldest of `max` entries goes first. */
  private keep<V>(map: Map<string, V>, key: string, value: V, version: string | undefined): void {
    this.observe(version);
    if (!version || version !== this.version) return;
    if (map.size >= this.max) map.delete(map.keys().next().value!);
    map.set(key, value);
  }
}

const caches = new WeakMap<Driver, Map<string, ReferenceCache>>();

/** The process's cache for one database reached through `driver`. */
export function referenceCacheFor(driver: Driver, database: string): ReferenceCache {
  let byDatabase = caches.get(driver);
  if (!byDatabase) caches.set(driver, (byDatabase = new Map()));
  let cache = byDatabase.get(database);
  if (!cache) byDatabase.set(database, (cache = new ReferenceCache()));
  return cache;
}
