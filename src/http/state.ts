/**
 * Where the service is in its life: starting (waiting for Neo4j, loading seeds/), ready, or
 * stopping (draining). GraphQL requests are refused with 503 unless ready; /readyz reports it.
 */
export type Phase = 'starting' | 'ready' | 'stopping';

export class ServiceState {
  constructor(
    public phase: Phase = 'ready',
    /** What it waits for, in words (shown by /readyz and in the 503 while starting). */
    public detail = '',
  ) {}

  set(phase: Phase, detail = ''): void {
    this.phase = phase;
    this.detail = detail;
  }
}
