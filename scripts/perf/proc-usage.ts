/**
 * What a process has used so far, read from Linux's /proc: its CPU time (user + system) and its
 * resident memory now and at its peak. The benchmark reads it for the service, the peer, its own
 * process (the floor's driver) and a local Neo4j before and after each throughput sample, so that
 * what a request costs each process (CPU per request) is measured, not only how long it takes:
 * latency and throughput hold waiting, and do not say whether the time went to the service, the
 * database or the client.
 * Elsewhere than Linux (no /proc) it is undefined and the report says "–".
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ProcUsage {
  /** User and system CPU time since the process started, in ms (to 1 / CLK_TCK s). */
  cpuMs: number;
  /** Resident memory now (VmRSS) and at its peak so far (VmHWM), in bytes. */
  rssBytes: number;
  peakRssBytes: number;
}

/** utime and stime of /proc/<pid>/stat, in clock ticks. The command name (field 2) may hold spaces and parentheses: fields are counted after its last ')'. */
export function cpuTicksOf(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state is field 3, so utime (14) and stime (15) are at 11 and 12.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) throw new Error(`not a /proc/<pid>/stat line: ${stat.slice(0, 80)}`);
  return utime + stime;
}

/** A `Name:   1234 kB` line of /proc/<pid>/status, in bytes. */
export function statusBytes(status: string, name: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(status);
  if (!m) throw new Error(`/proc/<pid>/status has no ${name}`);
  return Number(m[1]) * 1024;
}

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100; // Linux's USER_HZ on every common architecture
    }
  }
  return ticksPerSecond;
}

/** The usage of process `pid` (this process when omitted), or undefined where /proc cannot tell (not Linux, process gone). */
export function procUsage(pid: number | 'self' = 'self'): ProcUsage | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return {
      cpuMs: (cpuTicksOf(readFileSync(`/proc/${pid}/stat`, 'utf8')) * 1000) / clockTicks(),
      rssBytes: statusBytes(status, 'VmRSS'),
      peakRssBytes: statusBytes(status, 'VmHWM'),
    };
  } catch {
    return undefined;
  }
}
