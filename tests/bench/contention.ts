// How busy the machine was with other work while a group of figures ran: the CPU time every process outside
// this bench's own process tree (Node, the Chromiums it starts and their children) used, as a share of all
// the machine's CPUs. On a shared 2-CPU machine a test run next door doubles a reader's time; this makes
// such a run visible beside its figures. Linux only (reads /proc); elsewhere it reports nothing.
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { availableParallelism } from "node:os"

type Sample = { busy: number; all: number; ours: number }

function cpuTotals(): { busy: number; all: number } {
  const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/)
  const n = fields.map(Number) // user nice system idle iowait irq softirq steal …
  const all = n.slice(0, 8).reduce((a, b) => a + b, 0)
  return { busy: all - n[3] - n[4], all }
}

/** utime+stime+cutime+cstime of every live process descending from this one (a reaped child's time is in its
 * parent's cutime, so a Chromium that came and went between two samples still counts). */
function ourTreeTicks(): number {
  const parent = new Map<number, number>()
  const ticks = new Map<number, number>()
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8")
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ") // state ppid … (the name may hold spaces)
      parent.set(Number(entry), Number(rest[1]))
      ticks.set(Number(entry), Number(rest[11]) + Number(rest[12]) + Number(rest[13]) + Number(rest[14]))
    } catch {
      // the process ended while the folder was listed
    }
  }
  const ours = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = parent.get(p) ?? 0, hops++) if (p === process.pid) return true
    return false
  }
  let sum = 0
  for (const [pid, t] of ticks) if (ours(pid)) sum += t
  return sum
}

function sample(): Sample {
  return { ...cpuTotals(), ours: ourTreeTicks() }
}

/** Starts watching; the returned function says how busy other processes kept the machine since. */
export function watchContention(): () => string | null {
  if (!existsSync("/proc/stat")) return () => null
  const start = sample()
  return () => {
    const end = sample()
    const all = end.all - start.all
    if (all < 100) return null // under a second of the CPUs' time: too short to say
    const others = Math.max(0, end.busy - start.busy - (end.ours - start.ours))
    const share = (100 * others) / all
    return `other processes kept ${share.toFixed(0)}% of the machine's ${availableParallelism()} CPUs busy`
  }
}
