import { afterAll, describe, expect, it } from 'vitest';
import { testApi } from '../support/api.js';

/** Bilaga 2 of 002_e92cdedfa39852fd.txt: Stockholms län's representatives, November 2019. */
const api = testApi();
afterAll(() => api.close());

const SEATS = `
  query Seats($county: Ref!, $body: Ref, $asOf: PartialDate) {
    representation(county: $county, body: $body, asOf: $asOf) {
      role seat arena asOf
      member { ... on Person { name } }
      via { name }
      onBehalfOf { ... on County { name } ... on Organisation { name } }
      body { ... on Body { id } }
      sources { file fromLine toLine excerpt }
    }
  }`;

type Seat = {
  role: string;
  seat: string | null;
  arena: string | null;
  asOf: string | null;
  member: { name: string };
  via: { name: string } | null;
  body: { id: string };
  sources: Array<{ file: string; fromLine: number; toLine: number; excerpt: string }>;
};

const row = (s: Seat) => [s.member.name, s.via?.name ?? null, s.arena, s.seat];

describe('who represents Stockholms län in the national MILK network (Nov 2019)', () => {
  it('lists the four representatives the document names, with organisation and arena', async () => {
    const { representation } = await api.query<{ representation: Seat[] }>(SEATS, { county: 'Stockholms län', body: 'body-natverk-milk' });
    expect(representation.map(row).sort()).toEqual([
      ['Carolina Kjellgren', 'Stockholm', 'DELREGIONAL', null],
      ['Daphne Wahlund', 'Storsthlm', 'REGIONAL', null],
      ['Jocelyne Ångeslevä', 'Region Stockholm', 'DELREGIONAL', null],
      ['Åsa Bringlöv', 'FoU Södertörn', 'DELREGIONAL', null],
    ]);
  });

  it('cites Bilaga 2, line 696, and quotes it', async () => {
    const { representation } = await api.query<{ representation: Seat[] }>(SEATS, { county: '01', body: 'body-natverk-milk' });
    for (const seat of representation) {
      const cite = seat.sources.find((s) => s.fromLine === 696);
      expect(cite?.file).toBe('002_e92cdedfa39852fd.txt');
      expect(cite?.excerpt).toContain(seat.member.name);
    }
  });

  it('answers by county name in any form: "Stockholm", "stockholms län", "01"', async () => {
    const counts = await Promise.all(
      ['Stockholm', 'stockholms län', '01'].map(
        async (county) => (await api.query<{ representation: Seat[] }>(SEATS, { county, body: 'body-natverk-milk' })).representation.length,
      ),
    );
    expect(counts).toEqual([4, 4, 4]);
  });
});
