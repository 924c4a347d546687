import { describe, expect, it } from 'vitest';
import { keptText } from '../../src/import/kept-text.js';
import { parseCsv } from '../../src/import/seats/csv.js';

describe('seat-list CSV', () => {
  it('reads what spreadsheets write: quotes, doubled quotes, line breaks in a field, ";" from Swedish Excel, a BOM; rows keep their line', () => {
    expect(parseCsv('\uFEFFcounty;body;note\r\nGotlands län;"Nätverk; kvinnofrid";"sa ""ja""\nsedan"\r\n\r\n09;x;\n')).toEqual([
      { line: 1, fields: ['county', 'body', 'note'] },
      { line: 2, fields: ['Gotlands län', 'Nätverk; kvinnofrid', 'sa "ja"\nsedan'] },
      { line: 5, fields: ['09', 'x', ''] },
    ]);
    expect(parseCsv('a,b\n1,"2,3"')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2,3'] },
    ]);
  });
});

describe('kept text of an imported document', () => {
  it('keeps line numbers, drops page breaks and trailing blanks, and redacts contact data with the placeholders', () => {
    const k = keptText('Rubrik  \n\fRad två: namn.efternamn@example.se\nTel 08-123 45 67, Box 123\n\n\n');
    expect(k.text).toBe('Rubrik\nRad två: [e-postadress borttagen]\nTel [telefonnummer borttaget], [postadress borttagen]');
    expect(k).toMatchObject({ lines: 3, redacted: 3 });
    expect(k.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(() => keptText('\f\n  \n')).toThrow('the file has no text');
  });
});
