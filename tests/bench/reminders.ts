// Reminder computation over a large practice: 2,000 authorizations and 10,000 claims (Node's V8, the same
// engine as the extension's worker). Timed by the main thread's CPU time where Linux tells it (a shared machine's
// other work makes the wall clock wait for a CPU; the process's CPU time would count V8's helper threads, which
// collect garbage beside the main thread, not in its way), with the wall time beside it.
import type { StoredAuthorization, StoredClaim } from "../../src/model/records"
import { computeReminders } from "../../src/tracking/reminders"
import { DEFAULT_SETTINGS } from "../../src/tracking/settings"
import { existsSync, readFileSync } from "node:fs"
import { digits, figure, median, type Figure } from "./figures"

const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`

/** The main thread's time on a CPU so far, in ms (its first schedstat field is in ns), or null off Linux. */
function mainThreadCpu(): number | null {
  if (!existsSync(SCHEDSTAT)) return null
  return Number(readFileSync(SCHEDSTAT, "utf8").split(" ")[0]) / 1e6
}

export function practice(authCount: number, claimCount: number) {
  const auths: StoredAuthorization[] = Array.from({ length: authCount }, (_, i) => ({
    key: `p${i % 5}|A${i}`,
    portal: "availity",
    sourceUrl: "",
    firstSeenAt: "",
    lastChangedAt: "2026-10-01T00:00:00.000Z",
    authNumber: `A${i}`,
    payer: `Payer ${i % 5}`,
    patient: { name: `CLIENT, NUMBER${i}`, memberId: `M${i}`, dateOfBirth: null },
    status: "approved",
    statusText: "Approved",
    serviceCodes: ["90837"],
    startDate: "2026-07-01",
    endDate: `2027-0${(i % 6) + 1}-15`,
    unitsApproved: 20,
    unitsUsed: i % 21,
    unitsRemaining: 20 - (i % 21),
    unitType: "visits"
  }))
  const claims: StoredClaim[] = Array.from({ length: claimCount }, (_, i) => {
    const dos = `2026-${String(7 + (i % 5)).padStart(2, "0")}-${String((i % 27) + 1).padStart(2, "0")}`
    return {
      key: `p${i % 5}|C${i}`,
      portal: "availity",
      sourceUrl: "",
      firstSeenAt: "",
      lastChangedAt: "2026-10-20T00:00:00.000Z",
      resolution: null,
      claimNumber: `C${i}`,
      payer: `Payer ${i % 5}`,
      patient: { name: `CLIENT, NUMBER${i % authCount}`, memberId: `M${i % authCount}`, dateOfBirth: null },
      serviceFrom: dos,
      serviceTo: dos,
      status: (["paid", "pending", "denied"] as const)[i % 3],
      statusText: "",
      billedCents: 18000,
      allowedCents: null,
      paidCents: null,
      patientResponsibilityCents: null,
      receivedDate: null,
      processedDate: null,
      paymentDate: null,
      checkNumber: null,
      adjustments: [],
      remarkCodes: [],
      diagnosisCodes: [],
      lines: [
        {
          procedureCode: "90837",
          modifiers: [],
          units: 1,
          serviceDate: dos,
          billedCents: 18000,
          paidCents: null,
          adjustments: [],
          remarkCodes: []
        }
      ]
    }
  })
  return { auths, claims }
}

export function reminderFigures(): Figure[] {
  const { auths, claims } = practice(2000, 10_000)
  const cpu: number[] = []
  const wall: number[] = []
  let count = 0
  for (let i = 0; i < 5; i++) computeReminders(claims, auths, DEFAULT_SETTINGS, "2026-11-27") // warm the JIT, as a running worker is
  for (let i = 0; i < 15; i++) {
    const cpuBefore = mainThreadCpu()
    const t = performance.now()
    count = computeReminders(claims, auths, DEFAULT_SETTINGS, "2026-11-27").length
    wall.push(performance.now() - t)
    const cpuAfter = mainThreadCpu()
    if (cpuBefore !== null && cpuAfter !== null) cpu.push(cpuAfter - cpuBefore)
  }
  if (count === 0) throw new Error("the reminder benchmark produced no reminders")
  return [
    cpu.length
      ? figure(
          "reminders-2000-auths-10000-claims",
          cpu,
          "ms",
          50,
          `main-thread CPU time; wall ${digits(median(wall))} ms`
        )
      : figure("reminders-2000-auths-10000-claims", wall, "ms", 50, "wall time")
  ]
}
