import { describe, expect, it } from "vitest"
import { meaningOf } from "../../src/reader/vocabulary"

describe("the field vocabulary", () => {
  it("matches whole labels ignoring case, punctuation and spacing; the longest known phrase otherwise", () => {
    expect(meaningOf("CLAIM #")).toBe("claimNumber")
    expect(meaningOf("Payer Claim Control #:")).toBe("claimNumber")
    expect(meaningOf("Total Claim Charge Amount")).toBe("billed")
    expect(meaningOf("Claim Status Date")).toBe("ignore") // a date, not the status
    expect(meaningOf("Adj (Grp/RC)")).toBe("adjustmentCodes")
    expect(meaningOf("Effective")).toBe("startDate")
  })
  it("reads a bare 'Claim' as the claim number only when it is the whole label", () => {
    expect(meaningOf("Claim")).toBe("claimNumber")
    expect(meaningOf("Claim Type")).toBeNull()
    expect(meaningOf("Claim Date")).not.toBe("claimNumber")
  })
})
