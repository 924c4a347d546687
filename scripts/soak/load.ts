import type { Sample } from './stats.js';

/**
 * The soak's mixed load: reads (the explorer's kinds of questions) and writes through the public
 * mutations with unique inputs, remembering every write the server acknowledged so that the
 * graph can be checked for each afterwards.
 */
export interface Fixtures {
  /** (person, body) pairs with no seat yet: each takes one new open seat. */
  seatPairs: Array<{ member: string; body: string }>;
  municipalities: string[];
  rssOf: string;
}

export interface Acknowledged {
  needs: Array<{ id: string; title: string }>;
  /** need id → the step orders acknowledged for it. */
  steps: Array<{ need: string; order: number }>;
  seats: Array<{ id: string; validFrom: string }>;
  ended: Array<{ id: string; validTo: string }>;
}

/** Writes that failed as seen by the client (they may or may not have been committed). */
export interface Unacknowledged {
  needTitles: string[];
  seats: Array<{ member: string; body: string; validFrom: string }>;
}

const READS = [
  '{ county(code: "01") { name } }',
  '{ representation(county: "Stockholms län", body: "body-natverk-milk") { member { ... on Person { name } } seat sources { file fromLine } } }',
  '{ organisations(first: 20) { totalCount edges { node { id name type } } } }',
  '{ needFlow(from: "kommun-0180", topic: "topic-missbruk-och-beroende") { via { name } steps { order relation } } }',
  '{ search(text: "radet for styrning") { edges { score node { id } } } }',
  '{ orgChart(root: "county-01", depth: 2) { label children { label } } }',
];

const day = (n: number) => new Date(Date.UTC(2080, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

export class Load {
  readonly samples: Sample[] = [];
  readonly ack: Acknowledged = { needs: [], steps: [], seats: [], ended: [] };
  readonly unack: Unacknowledged = { needTitles: [], seats: [] };
  private counter = 0;
  /** Needs and open seats free to be written to next (one writer at a time each). */
  private readonly needQueue: string[] = [];
  private readonly openSeats: Array<{ id: string; validFrom: string }> = [];

  constructor(
    private readonly url: string,
    private readonly editorKey: string,
    private readonly fixtures: Fixtures,
    private readonly runId: string,
    private readonly writeShare = 0.3,
  ) {}

  private async post(query: string, variables: Record<string, unknown> | undefined, write: boolean) {
    const res = await fetch(`${this.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(write ? { authorization: `Bearer ${this.editorKey}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await res.json()) as { data?: Record<string, Record<string, unknown>> | null; errors?: Array<{ extensions?: { code?: string } }> };
    const code = body.errors?.[0]?.extensions?.code ?? (res.ok ? undefined : `HTTP_${res.status}`);
    return { ok: res.ok && !body.errors?.length, code, data: body.data };
  }

  /** One request of a kind picked by the mix; records its sample and what it wrote. A failed one is followed by a 100 ms pause, as a client's retry would be. */
  async step(): Promise<void> {
    const n = ++this.counter;
    const startedAt = Date.now();
    let kind: Sample['kind'] = 'read';
    let result: { ok: boolean; code?: string };
    try {
      if (Math.random() >= this.writeShare) {
        result = await this.post(READS[n % READS.length]!, undefined, false);
      } else {
        const pick = n % 4;
        if (pick === 0 && this.needQueue.length) [kind, result] = ['addNeedStep', await this.addNeedStep()];
        else if (pick === 1 && this.openSeats.length) [kind, result] = ['endSeat', await this.endSeat()];
        else if (pick === 2 && this.fixtures.seatPairs.length) [kind, result] = ['addSeat', await this.addSeat(n)];
        else [kind, result] = ['recordNeed', await this.recordNeed(n)];
      }
    } catch {
      result = { ok: false, code: 'NETWORK' };
    }
    this.samples.push({ kind, startedAt, ms: Date.now() - startedAt, ok: result.ok, code: result.ok ? undefined : result.code });
    if (!result.ok) await new Promise((r) => setTimeout(r, 100));
  }

  private async recordNeed(n: number) {
    const title = `Soak need ${this.runId}-${n}`;
    const raisedBy = this.fixtures.municipalities[n % this.fixtures.municipalities.length]!;
    try {
      const r = await this.post('mutation($i: RecordNeedInput!) { recordNeed(input: $i) { id } }', { i: { title, raisedBy, raisedAt: '2026-11' } }, true);
      if (r.ok) {
        const id = r.data!.recordNeed!.id as string;
        this.ack.needs.push({ id, title });
        this.needQueue.push(id);
      } else this.unack.needTitles.push(title);
      return r;
    } catch (err) {
      this.unack.needTitles.push(title);
      throw err;
    }
  }

  private async addNeedStep() {
    const need = this.needQueue.shift()!;
    try {
      const i = { need, from: 'kommun-0180', to: this.fixtures.rssOf, date: '2026-12', action: 'soak' };
      const r = await this.post('mutation($i: AddNeedStepInput!) { addNeedStep(input: $i) { order } }', { i }, true);
      if (r.ok) this.ack.steps.push({ need, order: r.data!.addNeedStep!.order as number });
      return r;
    } finally {
      this.needQueue.push(need);
    }
  }

  private async addSeat(n: number) {
    const pair = this.fixtures.seatPairs.shift()!;
    const validFrom = day(n % 7_000);
    const input = { member: pair.member, body: pair.body, role: 'MEMBER', validFrom };
    try {
      const r = await this.post('mutation($i: AddSeatInput!) { addSeat(input: $i) { id } }', { i: input }, true);
      if (r.ok) {
        const id = r.data!.addSeat!.id as string;
        this.ack.seats.push({ id, validFrom });
        this.openSeats.push({ id, validFrom });
      } else this.unack.seats.push({ ...pair, validFrom });
      return r;
    } catch (err) {
      this.unack.seats.push({ ...pair, validFrom });
      throw err;
    }
  }

  private async endSeat() {
    const seat = this.openSeats.shift()!;
    let done = false;
    try {
      const r = await this.post('mutation($i: EndSeatInput!) { endSeat(input: $i) { id validTo } }', { i: { seat: seat.id, validTo: seat.validFrom } }, true);
      if (r.ok) {
        this.ack.ended.push({ id: seat.id, validTo: seat.validFrom });
        done = true;
      }
      return r;
    } finally {
      // Not ended (an error): it may be tried again later.
      if (!done) this.openSeats.push(seat);
    }
  }
}
