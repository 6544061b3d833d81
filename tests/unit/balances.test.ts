// Where each claim belongs: denials inbox, patient balances, insurance A/R.
import { describe, expect, it } from "vitest"
import type { Adjustment } from "../../src/model/capture"
import type { StoredClaim } from "../../src/model/records"
import { statusOfClaim } from "../../src/model/claim-status"
import { insuranceBalanceCents, patientBalances, patientShare } from "../../src/receivables/balances"
import { ageing, isUnpaid, unpaidByPayer } from "../../src/receivables/ageing"
import { buildOverview } from "../../src/tracking/overview"

const adj = (code: string, amountCents: number | null): Adjustment => {
  const [group, reason] = code.split("-") as [Adjustment["group"], string]
  return { group, reason, amountCents }
}
let n = 0
function claim(over: Partial<StoredClaim>): StoredClaim {
  const c: StoredClaim = {
    claimNumber: `C${++n}`,
    payer: "Aetna",
    patient: { name: "RIVERA, MARIA", memberId: "W123456789", dateOfBirth: null },
    serviceFrom: "2026-10-07",
    serviceTo: "2026-10-07",
    status: "unknown",
    statusText: "Finalized",
    billedCents: 18_000,
    allowedCents: null,
    paidCents: null,
    patientResponsibilityCents: null,
    receivedDate: null,
    processedDate: "2026-10-20",
    paymentDate: null,
    checkNumber: null,
    adjustments: [],
    remarkCodes: [],
    diagnosisCodes: ["F41.1"],
    lines: [],
    key: `aetna|C${n}`,
    portal: "availity",
    sourceUrl: "https://apps.availity.com/x",
    firstSeenAt: "2026-10-21T00:00:00Z",
    lastChangedAt: "2026-10-21T00:00:00Z",
    resolution: null,
    ...over
  }
  return { ...c, status: over.status ?? statusOfClaim(c) }
}

const deductibleOnly = () =>
  claim({
    paidCents: 0,
    allowedCents: 11_300,
    patientResponsibilityCents: 11_300,
    adjustments: [adj("CO-45", 6_700), adj("PR-1", 11_300)]
  })
const copayOnly = () =>
  claim({
    paidCents: 9_300,
    allowedCents: 11_300,
    patientResponsibilityCents: 2_000,
    adjustments: [adj("CO-45", 6_700), adj("PR-3", 2_000)]
  })
const pr204 = () =>
  claim({
    paidCents: 0,
    patientResponsibilityCents: 18_000,
    adjustments: [adj("PR-204", 18_000)],
    remarkCodes: ["N130"]
  })
const partial = () =>
  claim({
    billedCents: 36_000,
    paidCents: 9_300,
    patientResponsibilityCents: 2_000,
    statusText: "Processed",
    lines: [
      {
        procedureCode: "90837",
        modifiers: [],
        units: 1,
        serviceDate: "2026-10-07",
        billedCents: 18_000,
        paidCents: 9_300,
        remarkCodes: [],
        adjustments: [adj("CO-45", 6_700), adj("PR-3", 2_000)]
      },
      {
        procedureCode: "90785",
        modifiers: [],
        units: 1,
        serviceDate: "2026-10-07",
        billedCents: 18_000,
        paidCents: 0,
        remarkCodes: ["M80"],
        adjustments: [adj("CO-97", 18_000)]
      }
    ]
  })

describe("where each claim belongs", () => {
  it("a deductible-only $0 claim is paid: in patient balances with the deductible, not in denials, not insurance A/R", () => {
    const c = deductibleOnly()
    expect(c.status).toBe("paid")
    expect(buildOverview([c], [], "2026-11-27").denials).toEqual([])
    expect(patientBalances([c]).map((r) => r.share)).toEqual([
      { deductibleCents: 11_300, coinsuranceCents: 0, copayCents: 0, otherCents: 0, totalCents: 11_300, byKind: true }
    ])
    expect(isUnpaid(c)).toBe(false)
    expect(insuranceBalanceCents(c)).toBe(0)
  })

  it("a copay-only claim: the copay is the client's, nothing on insurance A/R", () => {
    const c = copayOnly()
    expect(c.status).toBe("paid")
    expect(patientShare(c)).toMatchObject({ copayCents: 2_000, totalCents: 2_000 })
    expect(ageing([c], "2026-11-27").every((r) => r.claims === 0)).toBe(true)
  })

  it("a PR-204 denial is in denials and the client owes it; it is not insurance A/R", () => {
    const c = pr204()
    expect(c.status).toBe("denied")
    expect(buildOverview([c], [], "2026-11-27").denials.map((d) => d.key)).toEqual([c.key])
    expect(patientShare(c)).toMatchObject({ otherCents: 18_000, totalCents: 18_000 })
    expect(insuranceBalanceCents(c)).toBe(0)
    expect(isUnpaid(c)).toBe(false)
  })

  it("a partially paid claim keeps its denied line's balance on insurance A/R, without the client's copay", () => {
    const c = partial()
    expect(c.status).toBe("partially_paid")
    expect(insuranceBalanceCents(c)).toBe(18_000)
    expect(isUnpaid(c)).toBe(true)
    expect(unpaidByPayer([c])).toEqual([{ payer: "Aetna", claims: 1, balanceCents: 18_000 }])
    expect(patientShare(c)).toMatchObject({ copayCents: 2_000, totalCents: 2_000 })
    expect(buildOverview([c], [], "2026-11-27").denials).toHaveLength(1)
  })

  it("a claim still with the payer is A/R at its charges; a pending one with a known copay leaves the copay out", () => {
    expect(insuranceBalanceCents(claim({ status: "pending", statusText: "In process" }))).toBe(18_000)
    expect(insuranceBalanceCents(claim({ status: "received", statusText: "A1", billedCents: null }))).toBeNull()
    const resolved = claim({
      paidCents: 0,
      adjustments: [adj("CO-197", 18_000)],
      resolution: { reason: "appealed", at: "2026-11-01T00:00:00Z" }
    })
    expect(insuranceBalanceCents(resolved)).toBe(0)
  })

  it("a page that shows only the patient's total gives that total, kind unknown", () => {
    const c = claim({ paidCents: 5_000, patientResponsibilityCents: 3_000, adjustments: [] })
    expect(patientShare(c)).toEqual({
      deductibleCents: 0,
      coinsuranceCents: 0,
      copayCents: 0,
      otherCents: 3_000,
      totalCents: 3_000,
      byKind: false
    })
  })

  it("an appeal waiting for a decision leaves the denials inbox but stays on insurance A/R; denied again, it is back", () => {
    const sent = { level: "reconsideration" as const, sentDate: "2026-11-02", decision: null }
    const waiting = claim({ paidCents: 0, adjustments: [adj("CO-197", 18_000)], appeals: [sent] })
    expect(waiting.status).toBe("denied")
    expect(buildOverview([waiting], [], "2026-11-27").denials).toEqual([])
    expect(isUnpaid(waiting)).toBe(true)
    const deniedAgain = {
      ...waiting,
      appeals: [{ ...sent, decision: { date: "2026-11-20", outcome: "denied" as const } }]
    }
    expect(buildOverview([deniedAgain], [], "2026-11-27").denials.map((d) => d.key)).toEqual([deniedAgain.key])
  })
})

describe("a partially paid claim whose denied amounts the page does not show", () => {
  it("stays on insurance A/R with an unknown balance, never billed − paid", () => {
    const c = claim({ status: "partially_paid", statusText: "Partially paid", billedCents: 31_000, paidCents: 9_625 })
    expect(insuranceBalanceCents(c)).toBeNull()
    expect(isUnpaid(c)).toBe(true)
    expect(unpaidByPayer([c])).toEqual([{ payer: "Aetna", claims: 1, balanceCents: 0 }])
  })
})
