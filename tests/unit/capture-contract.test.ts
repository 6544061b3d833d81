// The zod Capture schema accepts exactly what capture-v1.schema.json accepts.
import { describe, expect, it } from "vitest"
import { Capture } from "../../src/model/capture"
import { listFixtures } from "../sandbox/pages"
import { contractValidator } from "./helpers"
import { HAS_SHARED, NEEDS_SHARED } from "./shared"

const validate = HAS_SHARED ? contractValidator() : () => false
const base = listFixtures().map((f) => f.expected as Record<string, unknown>)
const claimPage = base.find(
  (c) => (c.claims as unknown[]).length > 0 && (c.claims as { lines: unknown[] }[]).some((x) => x.lines.length)
)!
const authPage = base.find((c) => (c.authorizations as unknown[]).length > 0)!

type Mutation = [string, (c: any) => void]
const mutations: Mutation[] = [
  ["version 2", (c) => (c.version = 2)],
  ["unknown page kind", (c) => (c.pageKind = "dashboard")],
  ["extra top-level field", (c) => (c.html = "<p>")],
  ["missing warnings", (c) => delete c.warnings],
  ["money as a float", (c) => (c.claims[0].billedCents = 180.5)],
  ["money as a string", (c) => (c.claims[0].paidCents = "0")],
  ["US date", (c) => (c.claims[0].serviceFrom = "10/07/2026")],
  ["unknown claim status", (c) => (c.claims[0].status = "appealed")],
  ["claim number null", (c) => (c.claims[0].claimNumber = null)],
  ["extra claim field", (c) => (c.claims[0].notes = "x")],
  ["patient missing dateOfBirth", (c) => delete c.claims[0].patient.dateOfBirth],
  ["bad adjustment group", (c) => (c.claims[0].lines[0].adjustments[0].group = "XX")],
  ["line units as text", (c) => (c.claims[0].lines[0].units = "1")],
  ["line missing modifiers", (c) => delete c.claims[0].lines[0].modifiers],
  ["remark code number", (c) => (c.claims[0].remarkCodes = [290])],
  ["auth unit type hours", (c) => (c.authorizations[0].unitType = "hours")],
  ["auth status active", (c) => (c.authorizations[0].status = "active")],
  ["auth missing unitsUsed", (c) => delete c.authorizations[0].unitsUsed],
  ["auth end date with time", (c) => (c.authorizations[0].endDate = "2026-12-31T00:00:00Z")]
]

describe.skipIf(!HAS_SHARED)(`capture-v1: zod and JSON Schema agree${NEEDS_SHARED}`, () => {
  it("both accept every fixture's expected capture", () => {
    for (const c of base) {
      expect(validate(c)).toBe(true)
      expect(Capture.safeParse(c).success).toBe(true)
    }
  })

  for (const [name, mutate] of mutations) {
    it(`both refuse: ${name}`, () => {
      const c = structuredClone(name.startsWith("auth") ? authPage : claimPage)
      mutate(c)
      expect(validate(c)).toBe(false)
      expect(Capture.safeParse(c).success).toBe(false)
    })
  }

  it("both accept nullable values the contract allows", () => {
    const c = structuredClone(claimPage) as any
    Object.assign(c.claims[0], { payer: null, billedCents: null, receivedDate: null, checkNumber: null })
    c.claims[0].lines[0].units = 1.5
    expect(validate(c)).toBe(true)
    expect(Capture.safeParse(c).success).toBe(true)
  })
})
