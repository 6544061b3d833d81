import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { authFilter } from "../../src/ui/auth-filter"
import { count, money } from "../../src/ui/format"
import { wantsWholeLists, type ListsShown } from "../../src/ui/whole-lists"
import { oneEditApart } from "../../src/browse/search"

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
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        (cents) =>
          money(cents) ===
          `${cents < 0 ? "-" : ""}$${(Math.abs(cents) / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
      )
    )
    expect([money(0), money(5), money(123456789), money(-1999), money(null)]).toEqual([
      "$0.00",
      "$0.05",
      "$1,234,567.89",
      "-$19.99",
      "—"
    ])
  })
})

describe("when the popup asks for the whole lists by itself", () => {
  const answer = (partial: boolean, reminders: number, denials: number, authorizations: number): ListsShown => ({
    ok: true,
    partial,
    counts: { reminders, denials, authorizations }
  })
  it("at once for a practice of a few hundred rows; on 'show all' for thousands; always for the other views", () => {
    expect(wantsWholeLists(answer(true, 40, 60, 200), false)).toBe(true)
    expect(wantsWholeLists(answer(true, 40, 60, 201), false)).toBe(false)
    expect(wantsWholeLists(answer(true, 1200, 3333, 2000), false)).toBe(false)
    expect(wantsWholeLists(answer(true, 1200, 3333, 2000), true)).toBe(true)
    expect(wantsWholeLists(answer(false, 1200, 3333, 2000), true)).toBe(false)
    expect(wantsWholeLists({ ok: false, error: "The background worker sent an unreadable answer." }, true)).toBe(false)
    expect(wantsWholeLists(null, true)).toBe(false)
  })
})

describe("one edit apart (close spellings in search)", () => {
  it("agrees with an edit distance that counts a swap of neighbours as one", () => {
    const distance = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
      )
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
        }
      return d[a.length][b.length]
    }
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 7 })
    fc.assert(
      fc.property(word, word, (a, b) => oneEditApart(a, b) === distance(a, b) <= 1),
      { numRuns: 2000 }
    )
  })
})
