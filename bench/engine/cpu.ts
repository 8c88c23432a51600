import fs from 'node:fs';

const ticksPerSecond = 100; // USER_HZ on Linux

/** The parts of the stack a CPU second is charged to. */
export type Role = 'temporal' | 'postgres' | 'worker' | 'api';

interface Proc {
  parent: number;
  ticks: number;
}

function readProcs(): Map<number, Proc> | null {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return null;
  }
  const stats = new Map<number, Proc>();
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
  return stats;
}

/** Which part a process of the tree is: by its command line, the API being this process. */
function roleOf(pid: number, root: number): Role {
  if (pid === root) return 'api';
  let cmd: string;
  try {
    cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return 'api';
  }
  if (cmd.includes('temporal')) return 'temporal';
  if (cmd.includes('postgres')) return 'postgres';
  if (cmd.includes('worker')) return 'worker';
  return 'api';
}

/**
 * CPU seconds (user + system) used so far by this process and everything it started, by part:
 * the Temporal dev server, PostgreSQL and its backends, worker processes, and the API with the
 * bench's driver (this process). On a machine shared with other work a rate mostly measures
 * the neighbours; CPU per instance does not, so two builds compare even under load. Linux only
 * (/proc); elsewhere NaN. Ended processes (a killed worker) are no longer counted.
 */
export function treeCpuByRole(root = process.pid): Record<Role, number> {
  const byRole: Record<Role, number> = { temporal: 0, postgres: 0, worker: 0, api: 0 };
  const stats = readProcs();
  if (!stats) return { temporal: NaN, postgres: NaN, worker: NaN, api: NaN };
  const inTree = (pid: number): boolean => {
    for (let at = pid, hops = 0; at > 1 && hops < 64; hops++) {
      if (at === root) return true;
      at = stats.get(at)?.parent ?? 0;
    }
    return false;
  };
  for (const [pid, s] of stats) if (inTree(pid)) byRole[roleOf(pid, root)] += s.ticks / ticksPerSecond;
  return byRole;
}

/** The whole tree's CPU seconds: see treeCpuByRole. */
export function treeCpuSeconds(root = process.pid): number {
  const parts = treeCpuByRole(root);
  return parts.temporal + parts.postgres + parts.worker + parts.api;
}
