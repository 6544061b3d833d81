import { describe, expect, it } from "vitest"
import { draftLetter, mainDenialReason } from "../../src/letters/appeal"
import type { StoredAuthorization, StoredClaim } from "../../src/model/records"
import type { Capture } from "../../src/model/capture"
import { listFixtures } from "../sandbox/pages"

const stored = <T extends object>(r: T, key: string) => ({ ...r, key, portal: "availity", sourceUrl: "", firstSeenAt: "2026-10-20T14:00:00.000Z", lastChangedAt: "2026-10-20T14:00:00.000Z" })
const fixture = (name: string) => listFixtures().find((f) => f.name === name)!.expected as Capture
const claimOf = (name: string, number: string): StoredClaim => ({ ...stored(fixture(name).claims.find((c) => c.claimNumber === number)!, number), resolution: null })
const authsOf = (name: string): StoredAuthorization[] => fixture(name).authorizations.map((a) => stored(a, a.authNumber))
const practice = { name: "Lakeside Counseling PLLC", npi: "1234567893", taxId: "12-3456789", address: "200 Main St, Albany NY 12207" }

describe("appeal and reconsideration drafts", () => {
  it("CO-197 with an authorization on file: cites it, with the claim facts and the practice details", () => {
    const claim = claimOf("01-claim-status-results", "2026281AB0412")
    // the portal's auth for this client starts 11/01, after the DOS; say a retro-authorization was then approved from 10/01
    const auths = authsOf("03-auth-list").map((a) => (a.authNumber === "A261002210" ? { ...a, startDate: "2026-10-01" } : a))
    const letter = draftLetter(claim, practice, auths, "2026-11-27")
    expect(letter.kind).toBe("appeal")
    expect(letter.subject).toBe("Request for appeal — claim 2026281AB0412")
    expect(letter.text).toContain("Lakeside Counseling PLLC\n200 Main St, Albany NY 12207\nNPI 1234567893 · Tax ID 12-3456789")
    expect(letter.text).toContain("Patient: RIVERA, MARIA\nMember ID: XGH884512301")
    expect(letter.text).toContain("Date of service: 10/07/2026")
    expect(letter.text).toContain("Denial: CO-197")
    expect(letter.text).toMatch(/Authorization A261002210 was approved for .* through 01\/31\/2027, which covers the date of service 10\/07\/2026\./)
  })

  it("CO-197 with no authorization covering the date (the fixture's starts after it) asks for a retroactive review", () => {
    const letter = draftLetter(claimOf("01-claim-status-results", "2026281AB0412"), practice, authsOf("03-auth-list"), "2026-11-27")
    expect(letter.text).toContain("retroactive authorization")
    expect(letter.text).not.toContain("was approved")
  })

  it("CO-16 is a reconsideration with a corrected claim; CO-29 cites the captured dates; unknown reasons get a general draft", () => {
    const rejected = draftLetter(claimOf("06-claim-detail-rejected", "FH71260519"), practice, [], "2026-11-27")
    expect(rejected.kind).toBe("reconsideration")
    expect(rejected.text).toContain("frequency code 7")
    const late = draftLetter(claimOf("05-claims-grid-expandable", "FH71250044"), practice, [], "2026-11-27")
    expect(late.text).toContain("PayerLens first recorded this claim on the payer's portal on 10/20/2026.")
    const other = draftLetter(claimOf("06-claim-list-status-codes", "E2026110470655"), practice, [], "2026-11-27") // CO-242
    expect(other.text).toContain("[Explain why the denial is incorrect")
  })

  it("leaves clear blanks where the practice details are not filled in, and never argues the patient's share", () => {
    const letter = draftLetter(claimOf("01-claim-status-results", "2026281AB0412"), { name: "", npi: "", taxId: "", address: "" }, [], "2026-11-27")
    expect(letter.text.split("\n").slice(0, 3)).toEqual(["[Practice name]", "[Practice address]", "NPI [NPI] · Tax ID [Tax ID]"])
    const remit = fixture("06-remittance-aria-table").claims.find((c) => c.claimNumber === "HV1180042")!
    expect(mainDenialReason({ ...stored(remit, "x"), resolution: null })).toBeNull() // CO-45 + PR-3 only
  })
})
