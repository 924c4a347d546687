import { describe, expect, it } from 'vitest';
import { keyHintOf } from '../../src/audit/auth-failure.js';
import { summarise } from '../../src/audit/event.js';
import { identify, parseApiKeys } from '../../src/auth/api-keys.js';
import { requestHash } from '../../src/mutation/idempotency.js';
import { checkField, preview } from '../../src/mutation/input-limits.js';

/** Abuse cases of the small pure modules behind the writes. */
describe('field checks', () => {
  const line = { kind: 'line', max: 10 } as const;
  it('refuse control, bidi and unpaired surrogate characters, naming the code point and position', () => {
    expect(() => checkField('title', 'ab\u202ecd', line)).toThrow('title: the character U+202E at position 2 is not allowed (starts "ab\\u202ecd")');
    expect(() => checkField('title', 'a\u0085', line)).toThrow('title: the character U+0085 at position 1 is not allowed');
    expect(() => checkField('title', 'x\ud800', line)).toThrow('title: an unpaired surrogate at position 1 is not allowed (starts "x\\ud800")');
  });
  it('count code points, not UTF-16 units, and normalise to NFC', () => {
    expect(checkField('title', '😀'.repeat(10), line)).toBe('😀'.repeat(10));
    expect(checkField('title', 'a\u030a', line)).toBe('å');
  });
  it('a preview is short and shows invisible characters escaped', () => {
    expect(preview('x'.repeat(100))).toBe(`"${'x'.repeat(24)}"…`);
    expect(preview('a\u2028b')).toBe('"a\\u2028b"');
  });
});

describe('audit summaries', () => {
  it('cut each string at 200 characters and the whole at 2,000', () => {
    expect(JSON.parse(summarise({ title: 't'.repeat(500) })!).title).toBe(`${'t'.repeat(200)}…(500 characters)`);
    const many = summarise(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}`, 'v'.repeat(100)])))!;
    expect(many.length).toBe(2_001);
    expect(many.endsWith('…')).toBe(true);
  });
});

describe('idempotency fingerprints', () => {
  it('ignore the key, field order and absent fields; differ for another input or operation', () => {
    const a = requestHash('recordNeed', { title: 'T', raisedBy: 'x', idempotencyKey: 'k1', description: null });
    expect(requestHash('recordNeed', { raisedBy: 'x', title: 'T', idempotencyKey: 'k2' })).toBe(a);
    expect(requestHash('recordNeed', { raisedBy: 'x', title: 'T2' })).not.toBe(a);
    expect(requestHash('addSeat', { raisedBy: 'x', title: 'T' })).not.toBe(a);
  });
});

describe('rejected keys and the auditor role', () => {
  it('a rejected key is hinted by a hash prefix, never stored as given', () => {
    expect(keyHintOf('Bearer secret-key-0123456789')).toMatch(/^sha256:[0-9a-f]{8}$/);
    expect(keyHintOf('Bearer secret-key-0123456789')).toBe(keyHintOf('secret-key-0123456789'));
    expect(keyHintOf(undefined)).toBeNull();
  });
  it('KG_API_KEYS accepts the auditor role', () => {
    const keys = parseApiKeys('cy:auditor:0123456789abcdef0123');
    expect(identify(keys, 'Bearer 0123456789abcdef0123')).toEqual({ name: 'cy', role: 'auditor' });
  });
});
