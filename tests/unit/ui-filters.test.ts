import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { authFilter } from "../../src/ui/auth-filter"
import { count, money } from "../../src/ui/format"

const row = (flags: ("low" | "exhausted" | "expiring" | "expired")[]) => ({ watch: { flags } })

describe("authorization filters", () => {
  it("hide expired ones by default, and sort the rest into expiring/low", () => {
    const rows = [row([]), row(["low"]), row(["expiring", "exhausted"]), row(["expired"])]
    expect(rows.filter(authFilter("active"))).toHaveLength(3)
    expect(rows.filter(authFilter("expiring"))).toHaveLength(2)
    expect(rows.filter(authFilter("expired"))).toHaveLength(1)
  })
})

describe("numbers as the views print them", () => {
  it("groups thousands exactly as en-US does, for counts and for money", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e15 }), (n) => count(n) === n.toLocaleString("en-US")))
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) =>
        money(cents) === `${cents < 0 ? "-" : ""}$${(Math.abs(cents) / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
      )
    )
    expect([money(0), money(5), money(123456789), money(-1999), money(null)]).toEqual(["$0.00", "$0.05", "$1,234,567.89", "-$19.99", "—"])
  })
})
