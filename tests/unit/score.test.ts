import { describe, expect, it } from "vitest"
import type { Capture } from "../../src/model/capture"
import { listFixtures } from "../sandbox/pages"
import { scoreCapture } from "../tools/score"

const expected = structuredClone(
  listFixtures().find((f) => f.name === "02-claim-detail" && f.portal === "availity")!.expected
) as Capture

describe("accuracy scoring", () => {
  it("counts every shown claim, patient and line field", () => {
    const s = scoreCapture(expected, expected)
    expect(s).toMatchObject({ expected: 1, found: 1, matched: 1 })
    expect(s.fieldsRight).toBe(s.fieldsShown)
    // 13 claim fields, 3 patient fields and 8 line fields are shown on that page
    expect(s.fieldsShown).toBe(24)
  })

  it("a wrong value, a missing record and an invented record all count against the reader", () => {
    const actual = structuredClone(expected)
    actual.claims[0].billedCents = 1800
    actual.claims[0].lines[0].modifiers = []
    actual.claims.push({ ...actual.claims[0], claimNumber: "INVENTED-1" })
    const s = scoreCapture(expected, actual)
    expect(s.fieldsShown - s.fieldsRight).toBe(2)
    expect(s.found).toBe(2)
    expect(s.matched).toBe(1)
    const none = scoreCapture(expected, { ...expected, claims: [] })
    expect(none.matched).toBe(0)
    expect(none.fieldsRight).toBe(0)
  })
})
