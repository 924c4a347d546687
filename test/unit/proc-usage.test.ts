import { describe, expect, it } from 'vitest';
import { cpuTicksOf, procUsage, statusBytes } from '../../scripts/perf/proc-usage.js';

/**
 * What the benchmark reads of a process to say what a request cost (scripts/perf/proc-usage.ts): CPU
 * time from /proc/<pid>/stat, resident memory from /proc/<pid>/status.
 */
describe('the CPU and memory the benchmark reads of a process', () => {
  it('takes utime + stime of a stat line, counting fields after the name, which may hold spaces and parentheses', () => {
    // A real line's layout (proc(5)): pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const line = '4242 (node (worker) 1) S 1 4242 4242 0 -1 4194560 9000 0 3 0 1234 567 0 0 20 0 11 0 5657014 1234567 8901';
    expect(cpuTicksOf(line)).toBe(1234 + 567);
  });

  it('refuses a line that is not a stat line, rather than counting nothing', () => {
    expect(() => cpuTicksOf('not a stat line')).toThrow(/not a \/proc\/<pid>\/stat line/);
  });

  it('reads resident memory now and at its peak in bytes', () => {
    const status = 'Name:\tnode\nVmHWM:\t  310272 kB\nVmRSS:\t  231424 kB\nThreads:\t11\n';
    expect(statusBytes(status, 'VmRSS')).toBe(231424 * 1024);
    expect(statusBytes(status, 'VmHWM')).toBe(310272 * 1024);
    expect(() => statusBytes('Name:\tnode\n', 'VmRSS')).toThrow(/no VmRSS/);
  });

  it.runIf(process.platform === 'linux')('reads this process on Linux: CPU rises with work, and the peak is at least what is resident', () => {
    const before = procUsage()!;
    // 50 ms of CPU by Node's own count (not of wall time, which a busy machine may not give as CPU): five clock ticks.
    const start = process.cpuUsage();
    while (process.cpuUsage(start).user < 50_000);
    const after = procUsage()!;
    expect(after.cpuMs).toBeGreaterThan(before.cpuMs);
    expect(after.peakRssBytes).toBeGreaterThanOrEqual(after.rssBytes);
    expect(after.rssBytes).toBeGreaterThan(10 * 1024 * 1024); // a Node process holds tens of MB
  });

  it('says nothing, rather than zero, for a process that is not there', () => {
    expect(procUsage(2 ** 22 + 1)).toBeUndefined(); // above Linux's largest pid
  });
});
