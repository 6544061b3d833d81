import { describe, expect, it } from "vitest"
import { readHtml } from "./helpers"

const URL_ = "https://claims.example-payer.test/claims"
const table = (caption: string, rows: string) =>
  `<table><caption>${caption}</caption><thead><tr><th>Claim #</th><th>DOS</th><th>Billed</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>`
const row = (n: string) => `<tr><td>${n}</td><td>10/06/2026</td><td>$150.00</td><td>Denied</td></tr>`

describe("a client named only in a heading or caption", () => {
  it("lends the name (and a date of birth in parentheses) to the records under it", () => {
    const c = readHtml(
      `<h1>Claim Status</h1>${table("Recent claims for Foster, Renee (DOB 12/01/1970)", row("E1001") + row("E1002"))}`,
      URL_
    )
    expect(c.claims.map((x) => x.patient)).toEqual([
      { name: "Foster, Renee", memberId: null, dateOfBirth: "1970-12-01" },
      { name: "Foster, Renee", memberId: null, dateOfBirth: "1970-12-01" }
    ])
  })
  it("reads 'First Last' after a record word", () => {
    const c = readHtml(
      `<h2>Authorizations for Miguel Santos</h2><dl><dt>Auth #</dt><dd>A1588</dd><dt>Status</dt><dd>Approved</dd></dl>`,
      URL_
    )
    expect(c.authorizations[0].patient.name).toBe("Miguel Santos")
  })
  it("never lends one name when the page names two clients, nor a line of business as a name", () => {
    const two = readHtml(
      `${table("Claims for Foster, Renee", row("E1001"))}${table("Claims for Kim, Daniel", row("E2001"))}`,
      URL_
    )
    expect(two.claims.map((x) => x.patient.name)).toEqual([null, null])
    const business = readHtml(`<h2>Claims for Behavioral Health</h2>${table("", row("E1001"))}`, URL_)
    expect(business.claims[0].patient.name).toBeNull()
  })
  it("does not override a name the rows show", () => {
    const c = readHtml(
      `<h2>Claims for Foster, Renee</h2><table><thead><tr><th>Patient</th><th>Claim #</th><th>DOS</th></tr></thead><tbody><tr><td>Foster, R.</td><td>E100231</td><td>10/06/2026</td></tr></tbody></table>`,
      URL_
    )
    expect(c.claims[0].patient.name).toBe("Foster, R.")
  })
})
