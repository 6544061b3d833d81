import { describe, expect, it } from "vitest"
import { draftLetter, mainDenialReason, parseProofOfTimelyFiling } from "../../src/letters/appeal"
import type { StoredAuthorization, StoredClaim } from "../../src/model/records"
import type { Capture } from "../../src/model/capture"
import { listFixtures } from "../sandbox/pages"

const stored = <T extends object>(r: T, key: string) => ({
  ...r,
  key,
  portal: "availity",
  sourceUrl: "",
  firstSeenAt: "2026-10-20T14:00:00.000Z",
  lastChangedAt: "2026-10-20T14:00:00.000Z"
})
const fixture = (portal: string, name: string) =>
  listFixtures().find((f) => f.portal === portal && f.name === name)!.expected as Capture
const claimOf = (portal: string, name: string, number: string): StoredClaim => {
  const claim = fixture(portal, name).claims.find((c) => c.claimNumber === number)!
  return { ...stored(claim, number), portal, resolution: null }
}
const authsOf = (portal: string, name: string): StoredAuthorization[] =>
  fixture(portal, name).authorizations.map((a) => ({ ...stored(a, a.authNumber), portal }))
const practice = {
  name: "Lakeside Counseling PLLC",
  npi: "1234567893",
  taxId: "12-3456789",
  address: "200 Main St, Albany NY 12207"
}
const TODAY = "2026-11-27"

// RIVERA, MARIA: CO-197 N54 on 90837 × 1 on 10/07/2026 (Anthem); her authorization A261002210 covers 90834/90837,
// 20 visits, from 11/01/2026 — after the session
const rivera = () => claimOf("availity", "02-claim-detail", "2026281AB0412")
const riveraAuths = () => authsOf("availity", "03-auth-list")
const retroAuth = (auths: StoredAuthorization[], change: Partial<StoredAuthorization> = {}) =>
  auths.map((a) => (a.authNumber === "A261002210" ? { ...a, startDate: "2026-10-01", ...change } : a))

describe("letters: the practice and claim facts", () => {
  it("carry the practice details, the patient, the date of service and the denial codes", () => {
    const letter = draftLetter(rivera(), practice, riveraAuths(), TODAY)
    expect(letter.kind).toBe("appeal")
    expect(letter.subject).toBe("Request for appeal — claim 2026281AB0412")
    expect(letter.text).toContain(
      "Lakeside Counseling PLLC\n200 Main St, Albany NY 12207\nNPI 1234567893 · Tax ID 12-3456789"
    )
    expect(letter.text).toContain("Patient: RIVERA, MARIA\nMember ID: XGH884512301")
    expect(letter.text).toContain("Date of service: 10/07/2026")
    expect(letter.text).toContain("Denial: CO-197, N54 (processed 10/23/2026)")
  })

  it("leave clear blanks where the practice details are not filled in", () => {
    const letter = draftLetter(rivera(), { name: "", npi: "", taxId: "", address: "" }, [], TODAY)
    expect(letter.text.split("\n").slice(0, 3)).toEqual([
      "[Practice name]",
      "[Practice address]",
      "NPI [NPI] · Tax ID [Tax ID]"
    ])
  })
})

describe("letters: 'authorized' only when a stored authorization covers the date, the code and the units", () => {
  it("with an authorization covering date, code and units: written as fact, with the count", () => {
    const letter = draftLetter(rivera(), practice, retroAuth(riveraAuths()), TODAY)
    expect(letter.text).toContain(
      "The service was authorized. Authorization A261002210 approved 90834, 90837, 10/01/2026 through 01/31/2027 for 20 visits; it covers 90837 on 10/07/2026, which brings the visits used to 1 of 20."
    )
    expect(letter.text).not.toContain("[Confirm")
  })

  it("without an authorization for the date: no such sentence, a request for retroactive review", () => {
    const letter = draftLetter(rivera(), practice, riveraAuths(), TODAY)
    expect(letter.text).not.toMatch(/was authorized|approved 90834/)
    expect(letter.text).toContain("We ask that the claim be reviewed for retroactive authorization.")
  })

  it("an authorization covering the date but not the code (90834 only): a bracketed prompt, not a fact", () => {
    const letter = draftLetter(rivera(), practice, retroAuth(riveraAuths(), { serviceCodes: ["90834"] }), TODAY)
    expect(letter.text).not.toContain("The service was authorized")
    expect(letter.text).toContain(
      "[Confirm: authorization A261002210 (90834, 10/01/2026 through 01/31/2027) does not list 90837."
    )
  })

  it("an authorization whose visits earlier claims used up: a bracketed prompt with the count", () => {
    const auths = retroAuth(riveraAuths(), { unitsApproved: 2 })
    const earlier = [1, 2].map((n) => ({
      ...rivera(),
      key: `earlier-${n}`,
      claimNumber: `2026275AB00${n}`,
      status: "paid" as const,
      adjustments: [],
      serviceFrom: `2026-10-0${n}`,
      serviceTo: `2026-10-0${n}`,
      lines: [{ ...rivera().lines[0], serviceDate: `2026-10-0${n}`, adjustments: [], remarkCodes: [] }]
    }))
    const letter = draftLetter(rivera(), practice, auths, TODAY, { claims: earlier })
    expect(letter.text).not.toContain("The service was authorized")
    expect(letter.text).toMatch(
      /\[Confirm: authorization A261002210 approved 2 visits; by 10\/07\/2026 the claims PayerLens holds use 3\./
    )
    // without the other claims it is covered: the letter counts only what it is given
    expect(draftLetter(rivera(), practice, auths, TODAY).text).toContain("The service was authorized.")
  })

  it("an authorization that shows no approved count: date and code as fact, the count as a prompt", () => {
    const letter = draftLetter(
      rivera(),
      practice,
      retroAuth(riveraAuths(), { unitsApproved: null, unitsUsed: null, unitsRemaining: null }),
      TODAY
    )
    expect(letter.text).not.toContain("The service was authorized")
    expect(letter.text).toContain(
      "Authorization A261002210 (90834, 90837, 10/01/2026 through 01/31/2027) covers the date and the code of 90837 on 10/07/2026. [Confirm: its approved count covered this session"
    )
  })

  it("an authorization still pending: a prompt naming its status", () => {
    const letter = draftLetter(rivera(), practice, retroAuth(riveraAuths(), { status: "pending" }), TODAY)
    expect(letter.text).toContain("shows as pending. State when it was approved")
  })

  it("CO-198 on Optum, the stored authorization covering date, code and the first of 20 visits: the fact sentence", () => {
    const claim = claimOf("optum-bh", "02-claim-detail", "26220713362")
    const letter = draftLetter(claim, practice, authsOf("optum-bh", "04-auth-detail"), TODAY)
    expect(letter.text).toContain("Denial: CO-198, N362")
    expect(letter.text).toContain(
      "Authorization OP2608209935 approved 90832, 90834, 90837, 90847, 08/11/2026 through 02/10/2027 for 20 visits; it covers 90837 on 08/11/2026"
    )
  })
})

describe("letters: 'filed in time' only with the acceptance date the user enters", () => {
  const late = () => claimOf("uhc", "05-claims-grid-expandable", "FH71250044") // CO-29

  it("with the clearinghouse acceptance date: written as fact, citing the report", () => {
    const letter = draftLetter(late(), practice, [], TODAY, { proofOfTimelyFiling: "2026-10-14" })
    expect(letter.text).toContain(
      "The claim was filed in time: it was first accepted on 10/14/2026, as the enclosed clearinghouse acceptance report shows."
    )
  })

  it("without it: a bracketed prompt, and never the date PayerLens first saw the claim", () => {
    const letter = draftLetter(late(), practice, [], TODAY)
    expect(letter.text).not.toMatch(/filed in time|within the filing limit/)
    expect(letter.text).toContain(
      "[Enter the date the clearinghouse or the payer first accepted this claim, from its acceptance report, and attach the report — or delete this paragraph.]"
    )
    expect(letter.text).not.toContain("10/20/2026") // firstSeenAt
  })

  it("an acceptance date that is not a date, is after today, or is before the service is refused with a clear error", () => {
    const claim = late()
    expect(() => parseProofOfTimelyFiling("2026-02-30", claim, TODAY)).toThrow(/not a calendar date/)
    expect(() => parseProofOfTimelyFiling("10/02/2026", claim, TODAY)).toThrow(/not a calendar date/)
    expect(() => parseProofOfTimelyFiling("2026-12-01", claim, TODAY)).toThrow(/after today/)
    expect(() => parseProofOfTimelyFiling("2025-01-01", claim, TODAY)).toThrow(/before the date of service/)
    expect(parseProofOfTimelyFiling("", claim, TODAY)).toBeNull()
  })
})

describe("letters: what we do not know is a bracketed prompt", () => {
  it("coverage ended (CO-27): 'the patient was covered' only as a prompt to confirm with the eligibility response", () => {
    const claim = {
      ...rivera(),
      adjustments: [{ group: "CO" as const, reason: "27", amountCents: 18000 }],
      lines: rivera().lines.map((l) => ({ ...l, adjustments: [], remarkCodes: [] })),
      remarkCodes: []
    }
    const letter = draftLetter(claim, practice, [], TODAY)
    expect(letter.text).toContain(
      "[Confirm: the patient's coverage was active on 10/07/2026 — attach the eligibility response"
    )
    expect(letter.text).not.toMatch(/^The patient was covered/m)
  })

  it("duplicate (OA-18): 'not a duplicate' only as a prompt", () => {
    const letter = draftLetter(claimOf("cigna", "06-claim-list-status-codes", "E2026110471390"), practice, [], TODAY)
    expect(letter.text).toContain("[Confirm: this claim is not a duplicate")
    expect(letter.text).not.toMatch(/^This claim is not a duplicate/m)
  })

  it("medical necessity (CO-50): a request to review, with the clinical summary as a prompt", () => {
    const letter = draftLetter(claimOf("cigna", "02-claim-detail", "E2026110455201"), practice, [], TODAY)
    expect(letter.text).toContain("We ask you to review the medical necessity of this service. [Summarise")
    expect(letter.text).not.toMatch(/^The service was medically necessary/m)
  })
})

describe("letters: the corrected-claim rule", () => {
  it("a commercial claim the payer processed (CO-4 on Carelon): a replacement claim, frequency 7, its claim number in REF*F8", () => {
    const letter = draftLetter(claimOf("carelon", "06-claim-detail-partial", "BH26310044120"), practice, [], TODAY)
    expect(letter.kind).toBe("reconsideration")
    expect(letter.text).toContain("[Describe the correction to the procedure modifier.]")
    expect(letter.text).toContain("frequency code 7 with your claim number BH26310044120 in REF*F8 (box 22 on paper)")
  })

  it("a claim rejected before adjudication (CO-16 N290, UHC): no letter — a new claim", () => {
    const letter = draftLetter(claimOf("uhc", "06-claim-detail-rejected", "FH71260519"), practice, [], TODAY)
    expect(letter.kind).toBe("new-claim")
    expect(letter.subject).toBe("No letter needed: send a new claim — claim FH71260519")
    expect(letter.text).toContain("Send a new claim (frequency code 1)")
    expect(letter.text).not.toContain("We ask you to")
  })

  it("MA130 on the claim: no letter — a new claim", () => {
    const claim = {
      ...claimOf("uhc", "06-claim-detail-rejected", "FH71260519"),
      status: "denied" as const,
      remarkCodes: ["MA130"]
    }
    expect(draftLetter(claim, practice, [], TODAY).kind).toBe("new-claim")
  })
})

describe("letters to Medicare use Medicare's words", () => {
  const medicare = (claim: StoredClaim): StoredClaim => ({ ...claim, payer: "Medicare Part B" })

  it("a coverage denial (CO-50): a redetermination request naming Form CMS-20027 and the 120 days — never 'reconsideration'", () => {
    const letter = draftLetter(medicare(claimOf("cigna", "02-claim-detail", "E2026110455201")), practice, [], TODAY)
    expect(letter.kind).toBe("redetermination")
    expect(letter.subject).toBe("Medicare redetermination request — claim E2026110455201")
    expect(letter.text).toContain("We request a redetermination of the initial determination on the claim above.")
    expect(letter.text).toContain("Medicare Redetermination Request form (CMS-20027)")
    expect(letter.text).toContain("within 120 days of receiving the initial determination")
    expect(letter.text).toContain("Beneficiary: ")
    expect(letter.text).toContain("Medicare number: ")
    expect(letter.text).not.toMatch(/reconsider/i)
  })

  it("a clerical error (CO-4): a reopening, never a replacement claim", () => {
    const letter = draftLetter(
      medicare(claimOf("carelon", "06-claim-detail-partial", "BH26310044120")),
      practice,
      [],
      TODAY
    )
    expect(letter.kind).toBe("reopening")
    expect(letter.subject).toBe("Request for reopening (clerical error) — claim BH26310044120")
    expect(letter.text).toContain("We request a reopening of the claim above to correct a clerical error.")
    expect(letter.text).not.toMatch(/frequency code 7|REF\*F8|reconsider/i)
  })

  it("a duplicate denial (OA-18): a reopening", () => {
    const letter = draftLetter(
      medicare(claimOf("cigna", "06-claim-list-status-codes", "E2026110471390")),
      practice,
      [],
      TODAY
    )
    expect(letter.kind).toBe("reopening")
    expect(letter.text).toContain("If the claim was denied as a duplicate in error, please reopen it.")
  })
})

describe("letters never argue against a code that is not a denial", () => {
  it("contractual, informational and cost-share codes (CO-45, CO-253, PR-2) are neither argued nor listed as the denial", () => {
    const paid = claimOf("cigna", "05-claim-detail-paid", "E2026110455987")
    const claim = {
      ...paid,
      status: "denied" as const,
      adjustments: [...paid.adjustments, { group: "CO" as const, reason: "253", amountCents: 196 }]
    }
    expect(mainDenialReason(claim)).toBeNull()
    const letter = draftLetter(claim, practice, [], TODAY)
    expect(letter.text).toContain("Denial: [no denial code shown — name the reason from the payer's notice]")
    expect(letter.text).not.toMatch(/CO-45|CO-253|PR-2/)
    expect(letter.text).toContain("[Explain why the denial is incorrect")
  })

  it("a claim with CO-45 and PR-3 only has no denial reason", () => {
    const remit = fixture("generic", "06-remittance-aria-table").claims.find((c) => c.claimNumber === "HV1180042")!
    expect(mainDenialReason({ ...stored(remit, "x"), resolution: null })).toBeNull()
  })

  it("a PR denial (PR-204) is a denial the letter may argue", () => {
    const claim = {
      ...rivera(),
      adjustments: [{ group: "PR" as const, reason: "204", amountCents: 18000 }],
      lines: rivera().lines.map((l) => ({ ...l, adjustments: [], remarkCodes: [] })),
      remarkCodes: []
    }
    expect(mainDenialReason(claim)).toEqual({ group: "PR", reason: "204", amountCents: 18000 })
    expect(draftLetter(claim, practice, [], TODAY).text).toContain("Denial: PR-204")
  })
})
