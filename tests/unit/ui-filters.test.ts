import { describe, expect, it } from "vitest"
import { authFilter } from "../../src/ui/auth-filter"

const row = (flags: ("low" | "exhausted" | "expiring" | "expired")[]) => ({ watch: { flags } })

describe("authorization filters", () => {
  it("hide expired ones by default, and sort the rest into expiring/low", () => {
    const rows = [row([]), row(["low"]), row(["expiring", "exhausted"]), row(["expired"])]
    expect(rows.filter(authFilter("active"))).toHaveLength(3)
    expect(rows.filter(authFilter("expiring"))).toHaveLength(2)
    expect(rows.filter(authFilter("expired"))).toHaveLength(1)
  })
})
