import { createRequire } from 'node:module';

/** A module of the copy of neo4j-driver-bolt-connection that neo4j-driver itself loads (for the patches beside this file). */
export function driverInternal<T>(path: string): Partial<T> {
  const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
  return fromDriver(`neo4j-driver-bolt-connection/lib/${path}`) as Partial<T>;
}
