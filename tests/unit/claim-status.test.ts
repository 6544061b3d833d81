// Claim status by revision 2 of the contract: cost share and contractual reductions are not denials.
import { describe, expect, it } from "vitest"
import type { Adjustment } from "../../src/model/capture"
import { classifyClaimStatus, isDenialAdjustment, remittanceClaimStatus } from "../../src/model/claim-status"
import { readHtml } from "./helpers"

const adj = (code: string, amountCents: number | null): Adjustment => {
  const [group, reason] = code.split("-") as [Adjustment["group"], string]
  return { group, reason, amountCents }
}

describe("claim status, revision 2", () => {
  it("a deductible-only claim paid $0.00 (CO-45 + PR-1, F4) is paid, not denied", () => {
    const e = {
      paidCents: 0,
      patientResponsibilityCents: 11_300,
      adjustments: [adj("CO-45", 6_700), adj("PR-1", 11_300)]
    }
    expect(classifyClaimStatus({ text: "F4 Finalized/Adjudication Complete", ...e })).toBe("paid")
    expect(classifyClaimStatus({ text: "Finalized", ...e })).toBe("paid")
    expect(classifyClaimStatus({ text: "", ...e })).toBe("paid")
  })

  it("a copay-only claim is paid; the copay is no denial", () => {
    expect(
      classifyClaimStatus({
        text: "Processed",
        paidCents: 9_500,
        adjustments: [adj("CO-45", 2_500), adj("PR-3", 3_000)]
      })
    ).toBe("paid")
    expect(classifyClaimStatus({ text: "Processed", paidCents: 0, adjustments: [adj("PR-3", 3_000)] })).toBe("paid")
  })

  it("277 categories: A4 and A6 are rejected, A1 received, P-categories pending, E unknown", () => {
    for (const text of ["A4 Not Found", "A6 Acknowledgement/Rejected for Missing Information", "A3", "A7", "A8"])
      expect(classifyClaimStatus({ text, paidCents: null, adjustments: [] }), text).toBe("rejected")
    expect(classifyClaimStatus({ text: "A1 Acknowledgement/Receipt", paidCents: null, adjustments: [] })).toBe(
      "received"
    )
    expect(classifyClaimStatus({ text: "A2", paidCents: null, adjustments: [] })).toBe("received")
    expect(classifyClaimStatus({ text: "P2 Pending/Payer Review", paidCents: null, adjustments: [] })).toBe("pending")
    expect(classifyClaimStatus({ text: "E1 Response not possible", paidCents: null, adjustments: [] })).toBe("unknown")
    expect(classifyClaimStatus({ text: "F2 Finalized/Denial", paidCents: null, adjustments: [] })).toBe("denied")
  })

  it("F4 with PR-1 is paid; F4 with a denial adjustment and nothing paid is denied", () => {
    expect(classifyClaimStatus({ text: "F4", paidCents: 0, adjustments: [adj("PR-1", 15_000)] })).toBe("paid")
    expect(classifyClaimStatus({ text: "F4", paidCents: 0, adjustments: [adj("CO-197", 15_000)] })).toBe("denied")
    expect(classifyClaimStatus({ text: "F3", paidCents: null, adjustments: [] })).toBe("unknown")
  })

  it("PR-204 and PR-96 are denials the patient is liable for", () => {
    expect(isDenialAdjustment(adj("PR-204", 15_000))).toBe(true)
    expect(isDenialAdjustment(adj("PR-96", 15_000))).toBe(true)
    expect(classifyClaimStatus({ text: "Finalized", paidCents: 0, adjustments: [adj("PR-204", 15_000)] })).toBe(
      "denied"
    )
  })

  it("informational and contractual codes deny nothing: CO-253 on a paid claim stays paid", () => {
    for (const code of ["CO-253", "OA-23", "CO-59", "CO-104", "CO-45", "CO-A2", "CO-42", "PI-94", "CO-131", "CO-144"])
      expect(isDenialAdjustment(adj(code, 250)), code).toBe(false)
    expect(
      classifyClaimStatus({ text: "Paid", paidCents: 12_000, adjustments: [adj("CO-253", 245), adj("CO-45", 3_000)] })
    ).toBe("paid")
  })

  it("a partially paid claim: something paid and a denial adjustment", () => {
    expect(
      classifyClaimStatus({
        text: "Finalized",
        paidCents: 9_000,
        adjustments: [adj("CO-45", 1_000), adj("CO-97", 4_000)]
      })
    ).toBe("partially_paid")
  })

  it("an adjustment of $0.00 denies nothing; one shown without an amount does", () => {
    expect(classifyClaimStatus({ text: "", paidCents: 10_000, adjustments: [adj("CO-16", 0)] })).toBe("paid")
    expect(classifyClaimStatus({ text: "", paidCents: 0, adjustments: [adj("CO-16", null)] })).toBe("denied")
  })

  it("explicit words win over the amounts", () => {
    const e = { paidCents: 0, adjustments: [adj("PR-1", 11_300)] }
    expect(classifyClaimStatus({ text: "Denied", ...e })).toBe("denied")
    expect(classifyClaimStatus({ text: "Rejected", ...e })).toBe("rejected")
    expect(classifyClaimStatus({ text: "Voided", ...e })).toBe("reversed")
    expect(classifyClaimStatus({ text: "In process", ...e })).toBe("pending")
    expect(classifyClaimStatus({ text: "Partially paid", paidCents: 100, adjustments: [] })).toBe("partially_paid")
  })

  it("835 CLP02: 22 reversed, 4 denied, else by the amounts", () => {
    expect(remittanceClaimStatus("22", { paidCents: -10_000, adjustments: [] })).toBe("reversed")
    expect(remittanceClaimStatus("4", { paidCents: 0, adjustments: [adj("PR-1", 100)] })).toBe("denied")
    expect(remittanceClaimStatus("1", { paidCents: 0, adjustments: [adj("PR-1", 10_000)] })).toBe("paid")
  })

  it("the reader classifies a deductible-only row on a real-looking page as paid", () => {
    const html = `<table><thead><tr><th>Claim Number</th><th>Patient</th><th>DOS</th><th>Status</th><th>Billed</th>
      <th>Paid</th><th>Patient Resp</th><th>Adjustments</th></tr></thead><tbody>
      <tr><td>2026011500123</td><td>RIVERA, MARIA</td><td>01/12/2026</td><td>Finalized</td><td>$180.00</td><td>$0.00</td>
      <td>$113.00</td><td>CO-45 $67.00; PR-1 $113.00</td></tr>
      <tr><td>2026011500124</td><td>RIVERA, MARIA</td><td>01/19/2026</td><td>Finalized</td><td>$180.00</td><td>$0.00</td>
      <td>$0.00</td><td>CO-197 $180.00</td></tr></tbody></table>`
    const capture = readHtml(html, "https://provider.example-plan.com/claims")
    expect(capture.claims.map((c) => c.status)).toEqual(["paid", "denied"])
  })
})
