import fs from 'node:fs';

const ticksPerSecond = 100; // USER_HZ on Linux

/**
 * CPU seconds (user + system) used so far by this process and everything it started: the
 * Temporal dev server, PostgreSQL and its backends, worker processes, the API in here. On a
 * machine shared with other work a rate mostly measures the neighbours; CPU per instance does
 * not, so two builds compare even under load. Linux only (/proc); elsewhere NaN.
 */
export function treeCpuSeconds(root = process.pid): number {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return NaN;
  }
  const stats = new Map<number, { parent: number; ticks: number }>();
  for (const pid of entries) {
    try {
      const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state ppid ... utime(14) stime(15).
      const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(pid), { parent: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]) });
    } catch {
      // The process ended while we looked.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let at = pid, hops = 0; at > 1 && hops < 64; hops++) {
      if (at === root) return true;
      at = stats.get(at)?.parent ?? 0;
    }
    return false;
  };
  let ticks = 0;
  for (const [pid, s] of stats) if (inTree(pid)) ticks += s.ticks;
  return ticks / ticksPerSecond;
}
