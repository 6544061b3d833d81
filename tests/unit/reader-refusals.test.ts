// Impossible values are refused, not stored: the field is left empty and the capture's warnings say why.
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Capture } from "../../src/model/capture"
import { looksLikeCode } from "../../src/reader/facts"
import { readHtml } from "./helpers"

const URL_ = "https://portal.example-bh.test/authorizations"
const authTable = (headers: string[], rows: string[][]) =>
  `<table><thead><tr>${headers.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`
const HEAD = [
  "Auth #",
  "Member",
  "DOB",
  "Visits Approved",
  "Visits Used",
  "Remaining",
  "Start Date",
  "End Date",
  "Status"
]

describe("impossible values", () => {
  it("refuses a procedure code read as a count, and says so", () => {
    const c = readHtml(
      authTable(HEAD, [
        ["A-1001", "Hale, Jonah", "04/11/1992", "90791", "11", "", "01/05/2027", "06/30/2027", "Approved"]
      ]),
      URL_
    )
    expect(c.authorizations[0]).toMatchObject({
      unitsApproved: null,
      unitsUsed: 11,
      unitsRemaining: null,
      unitType: "visits"
    })
    expect(c.warnings).toEqual([
      '1st authorization on the page: "90791" under "Visits Approved" looks like a procedure code, not a count — not stored'
    ])
  })

  it("refuses a count above 1,000 and more used than approved, unless the page's remaining says so", () => {
    const c = readHtml(
      authTable(HEAD, [
        ["A-1101", "Park, Evelyn", "", "1200", "4", "", "12/01/2026", "05/31/2027", "Approved"],
        ["A-1102", "Ortiz, Sam", "", "10", "14", "", "10/01/2026", "03/31/2027", "Approved"],
        ["A-1103", "Ng, Ava", "", "10", "12", "-2", "07/01/2026", "12/31/2026", "Approved"],
        ["A-1104", "Ng, Ava", "", "10", "13", "-2", "07/01/2026", "12/31/2026", "Approved"]
      ]),
      URL_
    )
    expect(c.authorizations.map((a) => [a.unitsApproved, a.unitsUsed, a.unitsRemaining])).toEqual([
      [null, 4, null],
      [10, null, null],
      [10, 12, -2],
      [10, null, -2]
    ])
    expect(c.warnings).toEqual([
      "1st authorization on the page: 1200 approved is more than 1000 — not stored",
      "2nd authorization on the page: 14 used is more than 10 approved — not stored",
      "4th authorization on the page: 13 used is more than 10 approved and -2 remaining — not stored"
    ])
  })

  it("refuses dates before 1900 or after 2100 and a birth date after the date of service, without repeating it", () => {
    const c = readHtml(
      authTable(HEAD, [
        ["A-1101", "Park, Evelyn", "09/30/2031", "12", "", "", "12/01/2026", "05/31/2027", "Approved"],
        ["A-1102", "Ortiz, Sam", "01/02/1885", "12", "", "", "10/01/2026", "03/31/2107", "Approved"]
      ]),
      URL_
    )
    expect(c.authorizations.map((a) => [a.patient.dateOfBirth, a.startDate, a.endDate])).toEqual([
      [null, "2026-12-01", "2027-05-31"],
      [null, "2026-10-01", null]
    ])
    expect(c.warnings).toEqual([
      "1st authorization on the page: the date of birth is after the date of service — not stored",
      "2nd authorization on the page: the end date is after 2100 — not stored",
      "2nd authorization on the page: the date of birth is before 1900 — not stored"
    ])
    expect(c.warnings.join(" ")).not.toMatch(/2031|1885|Park|Ortiz/)
  })

  it("refuses an amount above $1,000,000 on a claim or a service line", () => {
    const html = `<h1>Claim Detail</h1><dl><dt>Claim #</dt><dd>C-77810</dd><dt>Billed</dt><dd>$1,250,000.00</dd><dt>Paid</dt><dd>$0.00</dd>
      <dt>Status</dt><dd>Pending</dd></dl><table><thead><tr><th>CPT</th><th>DOS</th><th>Units</th><th>Charge</th></tr></thead>
      <tbody><tr><td>90837</td><td>11/18/2026</td><td>90837</td><td>$2,000,000.00</td></tr></tbody></table>`
    const c = readHtml(html, "https://portal.example-bh.test/claims/C-77810")
    expect(c.claims[0]).toMatchObject({ billedCents: null, paidCents: 0 })
    expect(c.claims[0].lines[0]).toMatchObject({ procedureCode: "90837", units: null, billedCents: null })
    expect(c.warnings).toEqual([
      "1st claim on the page: the billed amount is above $1,000,000 — not stored",
      "1st claim on the page: line 1: the billed amount is above $1,000,000 — not stored",
      '1st claim on the page: line 1: "90837" as units looks like a procedure code, not a count — not stored'
    ])
  })
})

// Whatever a page puts where a count belongs, no stored count looks like a procedure code (or exceeds 1,000).
const code = fc.oneof(
  fc.integer({ min: 10000, max: 99999 }).map(String),
  fc
    .tuple(fc.constantFrom("A", "E", "G", "H", "J", "S", "T"), fc.integer({ min: 0, max: 9999 }))
    .map(([l, n]) => `${l}${String(n).padStart(4, "0")}`),
  fc.integer({ min: 0, max: 9999 }).map((n) => `${String(n).padStart(4, "0")}F`)
)
const cell = fc.oneof(
  code,
  code.map((c) => `${c} - Psychotherapy, 60 min`),
  fc.integer({ min: -50, max: 5000 }).map(String),
  fc
    .tuple(fc.integer({ min: 0, max: 2000 }), fc.constantFrom("visits", "Units", "sessions", "days"))
    .map(([n, u]) => `${n} ${u}`),
  fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99999 })).map(([a, b]) => `${a} of ${b}`),
  fc.constantFrom("--", "N/A", "", "01/03/2027", "12/20", "1,200"),
  fc.string({ maxLength: 12 })
)
const countHeader = fc.constantFrom(
  "Visits Approved",
  "Units Approved",
  "Approved",
  "Authorized",
  "Sessions",
  "Visits Used",
  "Used",
  "Units Remaining",
  "Remaining",
  "Days Authorized",
  "Qty",
  "Units",
  "Approved Services",
  "Visits"
)

describe("reader properties: counts", () => {
  it("no stored count looks like a procedure code or exceeds 1,000, whatever the page", () => {
    let stored = 0
    fc.assert(
      fc.property(
        fc.uniqueArray(countHeader, { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (headers, rows, asDetail) => {
          const html = asDetail
            ? `<dl><dt>Auth #</dt><dd>A-9001</dd>${headers.map((h, i) => `<dt>${h}</dt><dd>${rows[0][i]}</dd>`).join("")}</dl>` +
              authTable(
                ["CPT", "Units", "DOS"],
                rows.map((r) => [r[0], r[1], "11/02/2026"])
              )
            : authTable(
                ["Auth #", ...headers],
                rows.map((r, i) => [`A-${1000 + i}`, ...r.slice(0, headers.length)])
              )
          const c = readHtml(html, URL_)
          expect(Capture.safeParse(c).success).toBe(true)
          const counts = [
            ...c.authorizations.flatMap((a) => [a.unitsApproved, a.unitsUsed, a.unitsRemaining]),
            ...c.claims.flatMap((cl) => cl.lines.map((l) => l.units))
          ]
          for (const n of counts) {
            if (n === null) continue
            stored++
            expect(looksLikeCode(String(n)), `${n} is stored as a count`).toBe(false)
            expect(Math.abs(n)).toBeLessThanOrEqual(1000)
          }
        }
      ),
      { numRuns: 300, seed: 20261201 }
    )
    expect(stored).toBeGreaterThan(100) // the pages did hold counts to store
  })
})
