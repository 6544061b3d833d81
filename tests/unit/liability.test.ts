import { describe, expect, it } from "vitest"
import { explainAdjustment, explainRemark, type ExplainContext, type PayerKind } from "../../src/codes"
import type { Adjustment } from "../../src/model/capture"

const adj = (label: string, amountCents: number | null = 18000): Adjustment => {
  const [group, reason] = label.split("-") as [Adjustment["group"], string]
  return { group, reason, amountCents }
}
const ctx = (payerKind: PayerKind, more: Partial<ExplainContext> = {}): ExplainContext => ({
  payerKind,
  remarkCodes: [],
  status: "denied",
  claimNumber: "E2026110455201",
  ...more
})
const sources = (e: { source: { url: string }[] }) => e.source.map((s) => s.url)
const ECFR = "https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-C/part-447/subpart-A/section-447.15"
const ABN = "https://www.cms.gov/medicare/forms-notices/beneficiary-notices-initiative/ffs-abn"
const NCCI = "https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits"

describe("who is liable, by group code", () => {
  it.each([
    ["CO-50", "provider", /CO \(contractual obligation\): the provider is liable/],
    ["PR-204", "patient", /PR \(patient responsibility\): the payer assigns this amount to the client/],
    ["OA-18", "other", /OA \(other adjustment\): neither/],
    ["PI-50", "payer-initiated", /PI \(payer-initiated reduction\).*not the client's responsibility/],
    ["CR-129", "correction", /CR \(correction or reversal\)/]
  ])("%s: %s", (label, liable, text) => {
    const e = explainAdjustment(adj(label), ctx("commercial"))
    expect(e.liable).toBe(liable)
    expect(e.liability).toMatch(text)
    expect(sources(e)).toContain("https://x12.org/codes/claim-adjustment-group-codes")
  })
})

describe("whether the client may be billed", () => {
  it("CO medical necessity (CO-50), commercial: only with a signed notice the contract allows", () => {
    const e = explainAdjustment(adj("CO-50"), ctx("commercial"))
    expect(e.mayBillClient).toBe("only-with-signed-notice")
    expect(e.why).toMatch(/signed before the service and that your contract with the plan allows/)
  })

  it("CO medical necessity (CO-50), Medicare: only with a valid ABN (CMS-R-131), cited to CMS", () => {
    const e = explainAdjustment(adj("CO-50"), ctx("medicare"))
    expect(e.mayBillClient).toBe("only-with-signed-notice")
    expect(e.why).toMatch(/valid ABN \(Form CMS-R-131\).*modifier GA/)
    expect(sources(e)).toContain(ABN)
  })

  it("CO for a billing, coding or authorization reason (CO-16, CO-197, CO-29): never, notice or not", () => {
    for (const label of ["CO-16", "CO-197", "CO-29", "CO-97"]) {
      const e = explainAdjustment(adj(label), ctx("commercial"))
      expect(e.mayBillClient, label).toBe("no")
      expect(e.why, label).toMatch(/stays with the provider/)
    }
  })

  it("NCCI bundling (CO-236): never, not even for Medicare with an ABN", () => {
    for (const kind of ["commercial", "medicare", "unknown"] as const) {
      const e = explainAdjustment(adj("CO-236"), ctx(kind))
      expect(e.mayBillClient, kind).toBe("no")
      expect(e.why).toMatch(/NCCI.*an ABN or waiver cannot shift it/)
      expect(sources(e)).toContain(NCCI)
    }
  })

  it("contractual CO-45 on a paid claim: never billed, not flagged", () => {
    const e = explainAdjustment(adj("CO-45", 4250), ctx("commercial", { status: "paid" }))
    expect(e.kind).toBe("contractual")
    expect(e.flagged).toBe(false)
    expect(e.mayBillClient).toBe("no")
  })

  it("PR denial (PR-204, PR-96), commercial: the client may be billed — the patient-liable explanation", () => {
    for (const label of ["PR-204", "PR-96"]) {
      const e = explainAdjustment(adj(label), ctx("commercial"))
      expect(e.kind).toBe("denial")
      expect(e.flagged).toBe(true)
      expect(e.liable).toBe("patient")
      expect(e.mayBillClient).toBe("yes")
      expect(e.why).toMatch(/assigns this denied amount to the client.*N492/)
    }
  })

  it("Medicaid member: never for a PR denial or a CO denial, even with a notice (42 CFR 447.15 on eCFR)", () => {
    for (const label of ["PR-204", "CO-50", "CO-16", "PR-96"]) {
      const e = explainAdjustment(adj(label), ctx("medicaid"))
      expect(e.mayBillClient, label).toBe("no")
      expect(e.why).toMatch(/42 CFR 447\.15/)
      expect(sources(e)).toContain(ECFR)
    }
  })

  it("Medicaid member: only the plan's own cost share (PR-3 copay, PR-142 share of cost)", () => {
    for (const label of ["PR-3", "PR-142"]) {
      const e = explainAdjustment(adj(label, 300), ctx("medicaid", { status: "paid" }))
      expect(e.mayBillClient, label).toBe("yes")
      expect(e.why).toMatch(/Medicaid plan itself requires.*only this amount/)
      expect(sources(e)).toContain(ECFR)
    }
  })

  it("unknown payer: a PR amount may be billed, with the Medicaid exception spelled out", () => {
    const e = explainAdjustment(adj("PR-2", 4000), ctx("unknown"))
    expect(e.mayBillClient).toBe("yes")
    expect(e.why).toMatch(/If the client has Medicaid, no/)
    expect(sources(e)).toContain(ECFR)
  })

  it("OA and PI: never billed to the client", () => {
    expect(explainAdjustment(adj("OA-18"), ctx("commercial")).mayBillClient).toBe("no")
    expect(explainAdjustment(adj("PI-151"), ctx("commercial")).mayBillClient).toBe("no")
  })
})

describe("cost share, contractual and informational codes are explained, never flagged", () => {
  it.each(["PR-1", "PR-2", "PR-3"])("%s is the client's share, not a denial", (label) => {
    const e = explainAdjustment(adj(label, 2500), ctx("commercial", { status: "paid" }))
    expect(e.kind).toBe("cost-share")
    expect(e.flagged).toBe(false)
    expect(e.liable).toBe("patient")
    expect(e.mayBillClient).toBe("yes")
    expect(e.why).toMatch(/the client's share under the plan .* not a denial/)
  })

  it("CO-253 (sequestration) on a paid Medicare claim is informational: explained, not flagged, never billed", () => {
    const e = explainAdjustment(adj("CO-253", 196), ctx("medicare", { status: "paid" }))
    expect(e.kind).toBe("informational")
    expect(e.flagged).toBe(false)
    expect(e.meaning).toMatch(/Sequestration/)
    expect(e.mayBillClient).toBe("no")
    expect(e.correction).toBeNull()
  })

  it("OA-23 (prior payer's impact) is informational", () => {
    const e = explainAdjustment(adj("OA-23", 6000), ctx("commercial", { status: "paid" }))
    expect(e.kind).toBe("informational")
    expect(e.flagged).toBe(false)
  })

  it("a $0.00 adjustment denies nothing and bills nothing", () => {
    const e = explainAdjustment(adj("CO-197", 0), ctx("commercial"))
    expect(e.flagged).toBe(false)
    expect(e.mayBillClient).toBe("no")
    expect(e.why).toMatch(/\$0\.00/)
  })

  it("an alert remark (N381, MA01) is explained and not flagged; an actionable one (N290) is", () => {
    expect(explainRemark("N381", ctx("commercial")).flagged).toBe(false)
    expect(explainRemark("MA01", ctx("medicare")).flagged).toBe(false)
    expect(explainRemark("N290", ctx("commercial")).flagged).toBe(true)
  })
})

describe("fixes that correct the claim follow the one corrected-claim rule for the claim at hand", () => {
  it("CO-16 on a commercial claim the payer processed → replacement with the payer's claim number in REF*F8", () => {
    const e = explainAdjustment(adj("CO-16"), ctx("commercial"))
    expect(e.correction?.route).toBe("replacement-claim")
    expect(e.fix).toMatch(/^Read the remark code and fix that field.*frequency code 7 .*E2026110455201 in REF\*F8/)
  })

  it("CO-16 with MA130 → a new claim, no appeal", () => {
    const e = explainAdjustment(adj("CO-16"), ctx("medicare", { remarkCodes: ["MA130"] }))
    expect(e.correction?.route).toBe("new-claim")
    expect(e.fix).toMatch(/new claim \(frequency code 1\)/)
  })

  it("CO-16 on a rejected claim → a new claim", () => {
    expect(explainAdjustment(adj("CO-16"), ctx("commercial", { status: "rejected" })).correction?.route).toBe(
      "new-claim"
    )
  })

  it("CO-4 on Medicare → reopening, never frequency 7", () => {
    const e = explainAdjustment(adj("CO-4"), ctx("medicare"))
    expect(e.correction?.route).toBe("medicare-reopening")
    expect(e.fix).toMatch(/takes no replacement claim \(frequency 7\)/)
  })

  it("OA-18 (duplicate) and remark N380 use the same rule as CO-16", () => {
    expect(explainAdjustment(adj("OA-18"), ctx("commercial")).correction?.route).toBe("replacement-claim")
    expect(explainAdjustment(adj("OA-18"), ctx("medicare")).correction?.route).toBe("medicare-reopening")
    expect(explainRemark("N380", ctx("commercial")).correction?.route).toBe("replacement-claim")
    expect(explainRemark("N380", ctx("medicare")).correction?.route).toBe("medicare-reopening")
  })

  it("a code with no correction route (CO-50) has none", () => {
    expect(explainAdjustment(adj("CO-50"), ctx("commercial")).correction).toBeNull()
  })

  it("an unknown code says so and points to x12.org, classified by the claim status rule", () => {
    const e = explainAdjustment(adj("CO-999"), ctx("commercial"))
    expect(e.known).toBe(false)
    expect(e.meaning).toMatch(/no explanation for CARC 999.*x12\.org/)
    expect(e.flagged).toBe(true)
  })
})
