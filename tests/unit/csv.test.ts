import { describe, expect, it } from "vitest"
import { claimsCsv, toCsv } from "../../src/export/csv"
import { listFixtures } from "../sandbox/pages"
import type { Capture } from "../../src/model/capture"

describe("CSV for Excel", () => {
  it("starts with a BOM, quotes every field, doubles quotes and ends lines with CRLF", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ['say "hi"', null],
          [1.5, "x,y"]
        ]
      )
    ).toBe('\ufeff"a","b"\r\n"say ""hi""",""\r\n"1.5","x,y"\r\n')
  })
  it("defuses cells a spreadsheet would run as formulas, but keeps negative amounts numeric", () => {
    expect(toCsv(["x"], [['=HYPERLINK("http://x")'], ["+1"], ["-2+3"], ["@SUM(A1)"], ["-135.00"]])).toBe(
      '\ufeff"x"\r\n"\'=HYPERLINK(""http://x"")"\r\n"\'+1"\r\n"\'-2+3"\r\n"\'@SUM(A1)"\r\n"-135.00"\r\n'
    )
  })
  it("writes one row per claim with dollars and codes", () => {
    const capture = listFixtures().find((f) => f.portal === "uhc" && f.name === "02-claim-detail")!.expected as Capture
    const stored = capture.claims.map((c) => ({
      ...c,
      key: "k",
      portal: "uhc",
      sourceUrl: "",
      firstSeenAt: "",
      lastChangedAt: "",
      resolution: null
    }))
    const lines = claimsCsv(stored).trim().split("\r\n")
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(
      '"FH71234509","Harper Lee Watson","991827364","2026-09-02","2026-09-02","partially_paid","Processed","175.00","123.12","98.12","25.00","CO-45 PR-3 CO-97","N20","F43.23","90834-95 96127"'
    )
  })
})
