// Notes and sub-rows under a record lend it their facts and never become records of their own.
import { describe, expect, it } from "vitest"
import { readHtml } from "./helpers"

const URL_ = "https://portal.example-bh.test/authorizations"
const head =
  "<thead><tr><th>Auth #</th><th>Member</th><th>Status</th><th>Visits Authorized</th><th>Visits Used</th></tr></thead>"

describe("notes and sub-rows", () => {
  it("a note spanning the row lends its labelled facts, written with or without colons", () => {
    const html = `<table>${head}<tbody>
      <tr><td>OP2612300145</td><td>BROWN, ELIJAH</td><td>Certified</td><td>20</td><td>3</td></tr>
      <tr class="detail"><td colspan="5">Procedure Codes: 90832, 90834 · Start 12/01/2026 · End 05/31/2027 · Member ID 00982217</td></tr>
      <tr class="note"><td colspan="5">Note: 20 of 24 requested visits approved. Ref # 88120045</td></tr>
    </tbody></table>`
    const c = readHtml(html, URL_)
    expect(c.authorizations).toHaveLength(1)
    expect(c.authorizations[0]).toMatchObject({
      authNumber: "OP2612300145",
      serviceCodes: ["90832", "90834"],
      startDate: "2026-12-01",
      endDate: "2027-05-31",
      unitsApproved: 20,
      unitsUsed: 3,
      patient: { name: "BROWN, ELIJAH", memberId: "00982217", dateOfBirth: null }
    })
    expect(c.warnings).toEqual([])
  })

  it("a second line with empty number and patient cells adds its codes to the record above", () => {
    const html = `<table><thead><tr><th>Auth #</th><th>Member</th><th>CPT</th><th>Approved</th><th>Status</th></tr></thead><tbody>
      <tr><td>A262000114</td><td>RIVERA, MARIA</td><td>90791</td><td>1</td><td>Approved</td></tr>
      <tr><td></td><td></td><td>90837</td><td>12</td><td></td></tr>
      <tr><td>A262000187</td><td>OKAFOR, GRACE</td><td>90834</td><td>24</td><td>Approved</td></tr>
    </tbody></table>`
    const c = readHtml(html, URL_)
    expect(c.authorizations.map((a) => [a.authNumber, a.serviceCodes, a.unitsApproved])).toEqual([
      ["A262000114", ["90791", "90837"], 1],
      ["A262000187", ["90834"], 24]
    ])
    expect(c.warnings).toEqual([])
  })

  it("a number spanning several rows (rowspan) is one record with every row's codes", () => {
    const html = `<table><thead><tr><th>Auth #</th><th>Member</th><th>Service Code</th><th>Status</th></tr></thead><tbody>
      <tr><td rowspan="2">A262000114</td><td rowspan="2">RIVERA, MARIA</td><td>90791</td><td rowspan="2">Approved</td></tr>
      <tr><td>90837</td></tr>
    </tbody></table>`
    expect(readHtml(html, URL_).authorizations.map((a) => a.serviceCodes)).toEqual([["90791", "90837"]])
  })

  it("a row with a patient but no number is still counted as unreadable, not merged", () => {
    const html = `<table>${head}<tbody>
      <tr><td>OP2612300145</td><td>BROWN, ELIJAH</td><td>Certified</td><td>20</td><td>3</td></tr>
      <tr><td>--</td><td>CHEN, LILY</td><td>Draft</td><td></td><td></td></tr>
    </tbody></table>`
    const c = readHtml(html, URL_)
    expect(c.authorizations.map((a) => a.patient.name)).toEqual(["BROWN, ELIJAH"])
    expect(c.warnings).toEqual(["1 row(s) of a authorization table had no readable authorization number"])
  })

  it("an expanded row's service-line table names the authorization's codes", () => {
    const html = `<table>${head}<tbody>
      <tr><td>OP2612300233</td><td>CHEN, LILY</td><td>Certified</td><td>12</td><td>12</td></tr>
      <tr><td colspan="5"><table><thead><tr><th>Procedure</th><th>Description</th></tr></thead>
        <tbody><tr><td>90846</td><td>Family psychotherapy without patient</td></tr><tr><td>90847</td><td>Family psychotherapy</td></tr></tbody></table></td></tr>
    </tbody></table>`
    const c = readHtml(html, URL_)
    expect(c.authorizations).toHaveLength(1)
    expect(c.authorizations[0].serviceCodes).toEqual(["90846", "90847"])
  })

  it("a note between div rows lends to the row above it", () => {
    const html = `<div class="grid">
      <div class="row head"><span>Auth #</span><span>Member</span><span>Status</span><span>Visits Approved</span></div>
      <div class="row"><span>SCC-55120</span><span>Avery Collins</span><span>Active</span><span>10</span></div>
      <div class="note">Service codes: 90837 · Start 10/15/2026 · End 01/15/2027</div>
      <div class="row"><span>SCC-55189</span><span>Noah Ramirez</span><span>Expired</span><span>12</span></div>
    </div>`
    const c = readHtml(html, URL_)
    expect(c.authorizations.map((a) => [a.authNumber, a.serviceCodes, a.startDate, a.endDate])).toEqual([
      ["SCC-55120", ["90837"], "2026-10-15", "2027-01-15"],
      ["SCC-55189", [], null, null]
    ])
  })

  it("a claim's detail line lends the check number, never a second claim", () => {
    const html = `<table><thead><tr><th>Claim #</th><th>Patient</th><th>DOS</th><th>Billed</th><th>Paid</th><th>Status</th></tr></thead><tbody>
      <tr><td>EB2611040017</td><td>LOPEZ, ANA</td><td>11/02/2026</td><td>$150.00</td><td>$96.10</td><td>Paid</td></tr>
      <tr><td></td><td colspan="5">Check #: 004418822 · Payment date 11/20/2026</td></tr>
    </tbody></table>`
    const c = readHtml(html, "https://portal.example-bh.test/claims")
    expect(c.claims).toHaveLength(1)
    expect(c.claims[0]).toMatchObject({ checkNumber: "004418822", paymentDate: "2026-11-20" })
  })
})

describe("a letter that says its facts in sentences", () => {
  const letter = (body: string) => `<h1>Correspondence</h1><p>RE: Hale, Jonah · Member ID: SCC700128845</p>${body}`
  it("reads what was approved, for which codes and dates, and the authorization number", () => {
    const c = readHtml(
      letter(`<p>After review, 12 visits have been approved for CPT 90837 between 01/04/2027 and 04/03/2027.</p>
        <p>Your authorization number is SCC-A-558211. You have used 2 of 12 visits.</p>`),
      "https://providers.example-plan.test/letters/1"
    )
    expect(c.authorizations).toHaveLength(1)
    expect(c.authorizations[0]).toMatchObject({
      authNumber: "SCC-A-558211",
      status: "approved",
      statusText: "approved",
      serviceCodes: ["90837"],
      startDate: "2027-01-04",
      endDate: "2027-04-03",
      unitsApproved: 12,
      unitsUsed: 2,
      unitsRemaining: 10,
      unitType: "visits",
      patient: { name: "Hale, Jonah", memberId: "SCC700128845", dateOfBirth: null }
    })
  })

  it("lets the page's labels win over its sentences, and reads nothing from sentences on a page of claims", () => {
    const labelled = readHtml(
      letter(
        `<p>Reference #: SCC-A-558212</p><p>Visits Approved: 8</p><p>We have approved 12 visits for CPT 90837.</p>`
      ),
      "https://providers.example-plan.test/letters/2"
    )
    expect(labelled.authorizations[0]).toMatchObject({ authNumber: "SCC-A-558212", unitsApproved: 8 })
    const claims = readHtml(
      `<p>Claim #: C-4410087</p><p>Status: Paid</p><p>Services from 11/02/2026 through 11/09/2026 were approved. Your authorization number is A-99120.</p>`,
      "https://providers.example-plan.test/claims/C-4410087"
    )
    expect(claims.authorizations).toEqual([])
  })
})
