// A page's main-thread CPU time between two performance marks, read from a Chromium trace: every user-timing
// event carries the thread's CPU clock ("tts", µs) beside the wall clock ("ts"). Time the thread spent waiting
// for a CPU (a test run next door on a shared 2-CPU machine) counts in the wall clock and not in the CPU clock.
import type { CDPSession } from "@playwright/test"

type TraceEvent = { name: string; cat: string; ph: string; ts: number; tts?: number; tid: number }

export type Span = { wall: number; cpu: number }

export async function startTrace(cdp: CDPSession): Promise<() => Promise<(label: string) => Span>> {
  const events: TraceEvent[] = []
  const onData = (e: { value: TraceEvent[] }) => events.push(...e.value.filter((v) => v.cat === "blink.user_timing"))
  cdp.on("Tracing.dataCollected", onData as never)
  await cdp.send("Tracing.start", {
    traceConfig: { includedCategories: ["blink.user_timing"] },
    transferMode: "ReportEvents"
  } as never)
  return async () => {
    const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve))
    await cdp.send("Tracing.end")
    await complete
    cdp.off("Tracing.dataCollected", onData as never)
    const marks = new Map(events.filter((e) => e.ph === "I" || e.ph === "R").map((e) => [e.name, e]))
    return (label) => {
      const start = marks.get(`${label}:start`)
      const end = marks.get(`${label}:end`)
      if (!start || !end) throw new Error(`no trace marks for ${label}`)
      if (start.tts === undefined || end.tts === undefined) throw new Error("this Chromium's trace has no thread clock")
      return { wall: (end.ts - start.ts) / 1000, cpu: (end.tts - start.tts) / 1000 }
    }
  }
}
