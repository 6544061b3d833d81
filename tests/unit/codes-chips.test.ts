import { describe, expect, it } from "vitest"
import { claimCodes } from "../../src/ui/codes"
import type { StoredClaim } from "../../src/model/records"
import type { Capture } from "../../src/model/capture"
import { listFixtures } from "../sandbox/pages"

const claimOf = (portal: string, name: string, number: string): StoredClaim => {
  const claim = (listFixtures().find((f) => f.portal === portal && f.name === name)!.expected as Capture).claims.find(
    (c) => c.claimNumber === number
  )!
  return { ...claim, key: number, portal, sourceUrl: "", firstSeenAt: "", lastChangedAt: "", resolution: null }
}

/** The claim with only these claim-level adjustments (its lines' adjustments cleared). */
const withOnly = (claim: StoredClaim, adjustments: StoredClaim["adjustments"]): StoredClaim => ({
  ...claim,
  adjustments,
  lines: claim.lines.map((l) => ({ ...l, adjustments: [] }))
})

describe("the codes a claim row shows", () => {
  it("a partially paid UHC claim: CO-97 is the denial chip; PR-3 is the client's share; CO-45 is contractual", () => {
    // CO-45 $26.88, PR-3 $25.00, CO-97 $25.00 on 96127; remark N20
    const codes = claimCodes(claimOf("uhc", "02-claim-detail", "FH71234509"))
    expect(codes.carcs).toEqual(["CO-97"])
    expect(codes.share).toEqual(["PR-3"])
    expect(codes.other).toEqual(["CO-45"])
    expect(codes.rarcs).toEqual(["N20"])
  })

  it("PR-1/2/3 on a deductible-, coinsurance- or copay-only claim are never denial chips", () => {
    const paid = claimOf("cigna", "05-claim-detail-paid", "E2026110455987") // CO-45 + PR-2
    for (const reason of ["1", "2", "3"]) {
      const codes = claimCodes({ ...withOnly(paid, [{ group: "PR", reason, amountCents: 16000 }]), paidCents: 0 })
      expect(codes.carcs, `PR-${reason}`).toEqual([])
      expect(codes.share).toEqual([`PR-${reason}`])
    }
  })

  it("CO-253 on a paid claim is kept apart from the denial chips; alert remarks (N381, MA01) apart from the actionable ones", () => {
    const paid = claimOf("cigna", "05-claim-detail-paid", "E2026110455987")
    const codes = claimCodes({
      ...withOnly(paid, [
        { group: "CO", reason: "45", amountCents: 4250 },
        { group: "PR", reason: "2", amountCents: 4000 },
        { group: "CO", reason: "253", amountCents: 235 }
      ]),
      remarkCodes: ["N381", "MA01", "N290"]
    })
    expect(codes.carcs).toEqual([])
    expect(codes.other).toEqual(["CO-45", "CO-253"])
    expect(codes.share).toEqual(["PR-2"])
    expect(codes.rarcs).toEqual(["N290"])
    expect(codes.alerts).toEqual(["N381", "MA01"])
  })

  it("a PR-204 denial is a denial chip (the client is liable, but it is still a denial)", () => {
    const paid = claimOf("cigna", "05-claim-detail-paid", "E2026110455987")
    expect(claimCodes(withOnly(paid, [{ group: "PR", reason: "204", amountCents: 16000 }])).carcs).toEqual(["PR-204"])
  })
})
