// Layouts met in the third blind round, each as a small page: facts in one cell, sections one after another,
// headed values, loose labels, requested counts as the unit, and the page kind from address and records together.
import { describe, expect, it } from "vitest"
import { readHtml } from "./helpers"

const kindOf = (html: string, url: string) => readHtml(html, url).pageKind

const URL_ = "https://portal.example-bh.test/authorizations"

describe("layouts", () => {
  it("reads a cell holding several labelled counts by their own labels", () => {
    const html = `<table><thead><tr><th>Authorization #</th><th>Member</th><th>Units</th><th>Status</th></tr></thead><tbody>
      <tr><td>BH2600311470</td><td>GREENE, TASHA</td>
        <td><span>Units Approved:</span> 96<br><span>Units Used:</span> 38<br><span>Units Remaining:</span> 58<br><span>Unit Type:</span> 15 min</td>
        <td>Authorized</td></tr></tbody></table>`
    expect(readHtml(html, URL_).authorizations[0]).toMatchObject({
      unitsApproved: 96,
      unitsUsed: 38,
      unitsRemaining: 58,
      unitType: "units"
    })
  })

  it("takes the unit type from the requested count when nothing was approved, and stores no requested count", () => {
    const html = `<table><thead><tr><th>Auth #</th><th>Member</th><th>Requested</th><th>Approved</th><th>Status</th></tr></thead><tbody>
      <tr><td>1184371144</td><td>TORRES, ANA</td><td>8 Visits</td><td>—</td><td>Not Certified</td></tr>
      <tr><td>1184502896</td><td>OKAFOR, GRACE</td><td>—</td><td>—</td><td>Pended</td></tr></tbody></table>`
    expect(readHtml(html, URL_).authorizations.map((a) => [a.status, a.unitsApproved, a.unitType])).toEqual([
      ["denied", null, "visits"],
      ["pending", null, null]
    ])
  })

  it("reads codes from every code column of a row (a description column beside an HCPCS column)", () => {
    const html = `<p>Reference number: A260051877</p><table><thead><tr><th>Service</th><th>HCPCS</th><th>Revenue code</th><th>Days approved</th></tr></thead>
      <tbody><tr><td>Intensive outpatient program</td><td>H0015 - Alcohol and/or drug services</td><td>0906</td><td>20</td></tr></tbody></table>`
    expect(readHtml(html, "https://portal.example-bh.test/letters/1").authorizations[0]).toMatchObject({
      serviceCodes: ["H0015"],
      unitsApproved: 20,
      unitType: "units"
    })
  })

  it("gives each of several claims shown one after another the service lines under it", () => {
    const claim = (
      tcn: string,
      code: string
    ) => `<h2>Claim</h2><table><tr><td>TCN:</td><td>${tcn}</td><td>Status:</td><td>Paid</td></tr>
      <tr><td>Total Claim Charge:</td><td>$185.00</td><td>Paid Date:</td><td>01/26/2026</td></tr></table>
      <table><tr><th>Line</th><th>Procedure</th><th>Units</th><th>Line Charge</th></tr><tr><td>1</td><td>${code}</td><td>1</td><td>$185.00</td></tr></table>`
    const c = readHtml(
      claim("2601500093476100", "90837") + claim("2601600012558200", "90834"),
      "https://portal.example-bh.test/claims/response/details"
    )
    expect(c.claims.map((x) => [x.claimNumber, x.paymentDate, x.lines.map((l) => l.procedureCode)])).toEqual([
      ["2601500093476100", "2026-01-26", ["90837"]],
      ["2601600012558200", "2026-01-26", ["90834"]]
    ])
  })

  it("reads a value under a heading that is a label, and a label followed by its value without a colon", () => {
    const html = `<h1>Claim Detail</h1><dl><dt>Claim #</dt><dd>E26016004471</dd><dt>Status</dt><dd>Processed</dd></dl>
      <h2>Diagnosis</h2><p>1. F41.1 &nbsp;&nbsp; 2. F43.23</p><div><span>Service Dates 12/30/2025 - 12/30/2025</span></div>
      <h2>Service Lines</h2><table><tr><th>Procedure</th><th>Billed</th></tr><tr><td>90791</td><td>$250.00</td></tr></table>`
    expect(readHtml(html, "https://portal.example-bh.test/claims/E26016004471").claims[0]).toMatchObject({
      diagnosisCodes: ["F41.1", "F43.23"],
      serviceFrom: "2025-12-30",
      serviceTo: "2025-12-30"
    })
  })
})

describe("page kind", () => {
  it("is a list when an address that says 'detail' shows several records, a detail when a list address shows one", () => {
    const two = `<section><p>TCN: 2601500093476100</p><p>Status: Paid</p></section><section><p>TCN: 2601600012558200</p><p>Status: Paid</p></section>`
    expect(kindOf(two, "https://epaces.emedny.org/ClaimStatus/ResponseDetails.aspx")).toBe("claim-list")
    const letter = `<p>Reference #: A260051877</p><p>Determination: Approved</p>`
    expect(
      kindOf(letter, "https://secure.uhcprovider.com/#/document-library/prior-auth-letters/view?documentId=1")
    ).toBe("auth-detail")
  })
})
