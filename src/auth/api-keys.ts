import { createHash, timingSafeEqual } from 'node:crypto';
import { ConfigError } from '../config.js';

/**
 * Callers authenticate with an API key: `Authorization: Bearer <key>`. Keys are configured in
 * KG_API_KEYS as comma-separated `name:role:key` entries (role: reader, editor or auditor). Writes
 * need the editor role, the audit log the auditor role; reads are open unless KG_READS_PUBLIC=false.
 */
export type Role = 'anonymous' | 'reader' | 'editor' | 'auditor';
const ROLES: readonly string[] = ['reader', 'editor', 'auditor'];

export interface Caller {
  name: string;
  role: Role;
}

export const anonymous: Caller = { name: 'anonymous', role: 'anonymous' };

interface KeyEntry extends Caller {
  digest: Buffer;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

export function parseApiKeys(spec: string): KeyEntry[] {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [name, role, ...rest] = entry.split(':');
      const key = rest.join(':');
      if (!name || !role || !ROLES.includes(role) || key.length < 16) {
        throw new ConfigError(
          `KG_API_KEYS entry ${JSON.stringify(`${name ?? ''}:${role ?? ''}:…`)} must be name:role:key with role reader, editor or auditor and a key of at least 16 characters`,
        );
      }
      return { name, role: role as Role, digest: digest(key) };
    });
}

/** The caller a request's Authorization header identifies (anonymous without a header). */
export function identify(keys: KeyEntry[], authorization: string | undefined): Caller | 'invalid' {
  if (!authorization) return anonymous;
  const m = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!m) return 'invalid';
  const d = digest(m[1]!);
  const hit = keys.find((k) => timingSafeEqual(k.digest, d));
  return hit ? { name: hit.name, role: hit.role } : 'invalid';
}
