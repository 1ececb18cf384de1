/** What Linux's /proc says about a child process: resident memory and CPU time. */
import { readdirSync, readFileSync } from 'node:fs';

/** VmRSS of a process in bytes, or undefined when /proc cannot say. */
export function rssOf(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] === undefined ? undefined : Number(match[1]) * 1024;
  } catch {
    return undefined;
  }
}

/** Clock ticks a second of /proc/PID/stat's times (USER_HZ, 100 on every Linux port in use). */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used, ms, or undefined when /proc cannot say. */
export function cpuMsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const user = Number(fields[11]);
    const system = Number(fields[12]);
    return Number.isFinite(user + system) ? ((user + system) * 1000) / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}

/** `pid` and every process descended from it (a `serve --workers N` primary and its workers). */
export function treeOf(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), parent);
    } catch {
      // Gone meanwhile.
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    for (const [child, parent] of parents) if (parent === tree[i]) tree.push(child);
  }
  return tree;
}

/** Summed over `pid`'s process tree; undefined when /proc cannot say for `pid` itself. */
export function treeSum(pid: number, of: (pid: number) => number | undefined): number | undefined {
  if (of(pid) === undefined) return undefined;
  return treeOf(pid).reduce((sum, member) => sum + (of(member) ?? 0), 0);
}
