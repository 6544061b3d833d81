import { describe, expect, it } from "vitest"
import {
  authStatus,
  claimStatus,
  parseAdjustments,
  parseCents,
  parseDate,
  parseDateRange,
  parseDiagnosisCodes,
  parseProcedure,
  parseRemarkCodes
} from "../../src/reader/normalise"

describe("dates", () => {
  it.each([
    ["01/05/2026", "2026-01-05"],
    ["Jan 5, 2026", "2026-01-05"],
    ["2026-01-05", "2026-01-05"],
    ["1/5/26", "2026-01-05"],
    ["January 5th, 2026", "2026-01-05"],
    ["05-Jan-2026", "2026-01-05"],
    ["Sept 30, 2026", "2026-09-30"],
    ["02/29/2028", "2028-02-29"]
  ])("%s → %s", (text, iso) => expect(parseDate(text)).toBe(iso))

  it("refuses impossible dates and blanks", () => {
    expect(parseDate("02/30/2026")).toBeNull()
    expect(parseDate("02/29/2026")).toBeNull()
    expect(parseDate("--")).toBeNull()
    expect(parseDate("")).toBeNull()
  })

  it("reads both ends of a range, and fills both from one date", () => {
    expect(parseDateRange("01/05/2026 - 01/20/2026")).toEqual(["2026-01-05", "2026-01-20"])
    expect(parseDateRange("From 1/5/26 Thru 1/20/26")).toEqual(["2026-01-05", "2026-01-20"])
    expect(parseDateRange("01/05/2026")).toEqual(["2026-01-05", "2026-01-05"])
    expect(parseDateRange("N/A")).toEqual([null, null])
  })
})

describe("money", () => {
  it.each([
    ["$1,234.50", 123450],
    ["($25.00)", -2500],
    ["-$25.00", -2500],
    ["$0.00", 0],
    ["180", 18000],
    ["$ 96.25", 9625],
    ["1234.5", 123450]
  ])("%s → %d cents", (text, cents) => expect(parseCents(text)).toBe(cents))

  it.each(["", "--", "N/A", "pending", "see EOB"])("%j → null", (text) => expect(parseCents(text)).toBeNull())
})

describe("codes", () => {
  it("parses CARC group + reason in any spelling", () => {
    for (const t of ["CO-197", "CO 197", "CO197", "co-197"])
      expect(parseAdjustments(t)).toEqual([{ group: "CO", reason: "197", amountCents: null }])
    expect(parseAdjustments("PR-3; CO-45").map((a) => `${a.group}-${a.reason}`)).toEqual(["PR-3", "CO-45"])
    expect(parseAdjustments("OA-B7")).toEqual([{ group: "OA", reason: "B7", amountCents: null }])
  })

  it("reads RARCs", () => {
    expect(parseRemarkCodes("N290, M127 and MA130")).toEqual(["N290", "M127", "MA130"])
  })

  it("splits CPT modifiers", () => {
    expect(parseProcedure("90837-95")).toEqual({ code: "90837", modifiers: ["95"] })
    expect(parseProcedure("90837 95 HO")).toEqual({ code: "90837", modifiers: ["95", "HO"] })
    expect(parseProcedure("+90785")).toEqual({ code: "90785", modifiers: [] })
    expect(parseProcedure("H0031 HN")).toEqual({ code: "H0031", modifiers: ["HN"] })
    expect(parseProcedure("psychotherapy")).toBeNull()
  })

  it("writes ICD-10-CM with the dot", () => {
    expect(parseDiagnosisCodes("F411, F32.A, f4310")).toEqual(["F41.1", "F32.A", "F43.10"])
    expect(parseDiagnosisCodes("F32")).toEqual(["F32"])
  })
})

describe("statuses", () => {
  it("maps X12 277 categories", () => {
    expect(claimStatus("A3 Rejected")).toBe("rejected")
    expect(claimStatus("A1 Acknowledgement/Receipt")).toBe("received")
    expect(claimStatus("P1 Pending/In Process")).toBe("pending")
    expect(claimStatus("F1 Finalized/Payment")).toBe("paid")
    expect(claimStatus("F2 Finalized/Denial")).toBe("denied")
    expect(claimStatus("F3", 5000)).toBe("paid")
    expect(claimStatus("F3", 0)).toBe("denied")
    expect(claimStatus("F0", null)).toBe("unknown")
    expect(claimStatus("E0 Response not possible")).toBe("unknown")
  })

  it("maps status words", () => {
    expect(claimStatus("Finalized/Partially Paid")).toBe("partially_paid")
    expect(claimStatus("Claim reversed")).toBe("reversed")
    expect(claimStatus("In Process")).toBe("pending")
    expect(authStatus("Certified")).toBe("approved")
    expect(authStatus("Pended - Clinical Review")).toBe("pending")
    expect(authStatus("Partially Approved")).toBe("partially_approved")
    expect(authStatus("Non-Certified")).toBe("denied")
    expect(authStatus("Expired")).toBe("expired")
  })
})
