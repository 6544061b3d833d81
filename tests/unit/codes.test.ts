import { describe, expect, it } from "vitest"
import {
  CARC_EXPLANATIONS,
  RARC_EXPLANATIONS,
  authorizationsCovering,
  correctionRoute,
  explainCarc,
  explainRarc,
  payerKind
} from "../../src/codes"
import { isContractual, isCostShare, isDenialAdjustment } from "../../src/model/claim-status"
import type { Capture } from "../../src/model/capture"
import { HELD_OUT, listFixtures } from "../sandbox/pages"

const ISSUE_CARCS = [
  "8",
  "12",
  "131",
  "142",
  "152",
  "163",
  "187",
  "210",
  "231",
  "236",
  "251",
  "273",
  "275",
  "276",
  "279",
  "284",
  "285",
  "286",
  "288",
  "296",
  "300",
  "301",
  "302",
  "A1",
  "B1",
  "B12",
  "B14"
]
const ISSUE_RARCS = ["M81", "N29", "N381", "N386", "N428", "N435", "N822", "N823"]

describe("denial code explanations", () => {
  it("cover at least 100 CARCs and 60 RARCs, each with a meaning, a usual cause, a fix and a public source", () => {
    expect(CARC_EXPLANATIONS.size).toBeGreaterThanOrEqual(100)
    expect(RARC_EXPLANATIONS.size).toBeGreaterThanOrEqual(60)
    for (const e of [...CARC_EXPLANATIONS.values(), ...RARC_EXPLANATIONS.values()]) {
      expect(e.meaning.length, e.code).toBeGreaterThan(10)
      expect(e.cause.length, e.code).toBeGreaterThan(5)
      expect(e.fix.length, e.code).toBeGreaterThan(5)
      expect(e.source.length, e.code).toBeGreaterThan(0)
      for (const s of e.source) {
        expect(s.url, e.code).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]+\//)
        expect(s.says.length, e.code).toBeGreaterThan(20)
        expect(s.name.length, e.code).toBeGreaterThan(3)
      }
    }
  })

  it("include every code the issue lists as missing", () => {
    for (const code of ISSUE_CARCS) expect(CARC_EXPLANATIONS.has(code), `CARC ${code}`).toBe(true)
    for (const code of ISSUE_RARCS) expect(RARC_EXPLANATIONS.has(code), `RARC ${code}`).toBe(true)
  })

  it("mark each CARC as denial, cost share, contractual or informational exactly as the claim status rule reads it", () => {
    for (const e of CARC_EXPLANATIONS.values()) {
      const as = (group: "CO" | "PR") => ({ group, reason: e.code, amountCents: 5000 })
      if (e.kind === "cost-share") {
        expect(isCostShare(as("PR")), e.code).toBe(true)
        expect(isDenialAdjustment(as("PR")), e.code).toBe(false)
      } else if (e.kind === "contractual" || e.kind === "informational") {
        expect(isContractual(as("CO")), e.code).toBe(true)
        expect(isDenialAdjustment(as("CO")), e.code).toBe(false)
      } else {
        expect(isDenialAdjustment(as("CO")), e.code).toBe(true)
      }
    }
    expect(explainCarc("1")?.kind).toBe("cost-share")
    expect(explainCarc("253")?.kind).toBe("informational")
    expect(explainCarc("45")?.kind).toBe("contractual")
  })

  it("mark retired X12 codes as retired (15, 42, 125, A2; remarks N29, N102)", () => {
    for (const code of ["15", "42", "125", "A2"]) expect(explainCarc(code)?.retired, code).toBe(true)
    for (const code of ["N29", "N102"]) expect(explainRarc(code)?.retired, code).toBe(true)
    expect(explainCarc("197")?.retired).toBe(false)
  })

  it("explain every code that appears on the saved portal pages", () => {
    const captures = [...listFixtures(), ...listFixtures(HELD_OUT)].map((f) => f.expected as Capture)
    const claims = captures.flatMap((c) => c.claims)
    const carcs = new Set(
      claims.flatMap((c) => [...c.adjustments, ...c.lines.flatMap((l) => l.adjustments)]).map((a) => a.reason)
    )
    const rarcs = new Set(claims.flatMap((c) => [...c.remarkCodes, ...c.lines.flatMap((l) => l.remarkCodes)]))
    expect(carcs.size).toBeGreaterThan(10)
    for (const code of carcs) expect(CARC_EXPLANATIONS.has(code), `CARC ${code}`).toBe(true)
    for (const code of rarcs) expect(RARC_EXPLANATIONS.has(code), `RARC ${code}`).toBe(true)
  })
})

describe("corrected meanings (issue 11)", () => {
  it("CARC 107: the related or qualifying claim was not identified — not 'was not paid'", () => {
    const e = explainCarc("107")!
    expect(e.meaning).toMatch(/not identified/)
    expect(e.meaning).not.toMatch(/not paid/)
    expect(e.cause).toMatch(/add-on/)
  })

  it("CARC 129: prior processing information (another payer's payment on a secondary claim) — a COB problem", () => {
    const e = explainCarc("129")!
    expect(e.meaning).toMatch(/prior processing information/i)
    expect(e.cause).toMatch(/coordination of benefits/i)
    expect(e.fix).toMatch(/primary's EOB/)
  })

  it("CARC 9: no F90 example as an age error — ICD-10-CM allows F90-F98 at any age, with that source", () => {
    const e = explainCarc("9")!
    expect(e.cause).toMatch(/F90-F98 codes may be used at any age/)
    expect(e.fix).toMatch(/date of birth first/)
    expect(e.source.map((s) => s.says).join(" ")).toMatch(/regardless of the patient's age/)
  })

  it("CARC 109 is 'send to the correct payer'; 300 (forwarded to the BH plan) and 301 (send it yourself) are the carve-out codes", () => {
    expect(explainCarc("109")!.meaning).toMatch(/correct payer/)
    expect(explainCarc("109")!.cause).toMatch(/300 .*301/)
    expect(explainCarc("300")!.meaning).toMatch(/forwarded it to the patient's behavioral-health plan/)
    expect(explainCarc("300")!.fix).toMatch(/Do not resubmit yet/)
    expect(explainCarc("301")!.meaning).toMatch(/submit it to the patient's behavioral-health plan/)
  })

  it("CARC 167: 'V codes' are Z codes in ICD-10-CM", () => {
    const e = explainCarc("167")!
    expect(e.cause).toMatch(/Z codes/)
    expect(e.cause).toMatch(/ICD-9 called V codes/)
    expect(e.source.some((s) => /Z00-Z99/.test(s.says))).toBe(true)
  })

  it("CARC 5: procedure vs place of service — a modifier is no part of it", () => {
    const e = explainCarc("5")!
    expect(e.meaning).toMatch(/place of service/)
    expect(e.meaning).not.toMatch(/modifier/)
  })

  it("MA07: forwarded to Medicaid (the supplemental insurer is MA18); both are alerts", () => {
    expect(explainRarc("MA07")!.meaning).toMatch(/forwarded to Medicaid/)
    expect(explainRarc("MA18")!.meaning).toMatch(/supplemental insurer/)
    expect(explainRarc("MA07")!.alert).toBe(true)
  })

  it("MA01: Medicare's appeal notice with its 120 days, sourced to the CMS appeals manual", () => {
    const e = explainRarc("MA01")!
    expect(e.meaning).toMatch(/120 days/)
    expect(e.fix).toMatch(/redetermination \(Form CMS-20027\) within 120 days/)
    expect(e.source.map((s) => s.url)).toContain(
      "https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/Downloads/clm104c29.pdf"
    )
  })

  it("CARC 16, 18 and remark N380 give one corrected-claim rule, not 'a new claim' against 'frequency 7'", () => {
    for (const e of [explainCarc("16")!, explainCarc("18")!, explainRarc("N380")!]) {
      expect(e.corrected).toBe(true)
      expect(e.fix).toMatch(
        /replacement claim \(frequency 7.*REF\*F8\).*reopening for Medicare Part B.*new claim when it was rejected or unprocessable/
      )
    }
    expect(explainCarc("16")!.fix).not.toMatch(/resubmit a new claim —/)
  })
})

describe("the corrected-claim rule", () => {
  const base = { remarkCodes: [] as string[], status: "denied" as const, claimNumber: "E2026110470012" }

  it("MA130 or N517 on the claim → a new claim, whatever the payer", () => {
    for (const remark of ["MA130", "N517"])
      for (const kind of ["medicare", "commercial", "medicaid"] as const) {
        const r = correctionRoute({ ...base, payerKind: kind, remarkCodes: [remark] })
        expect(r.route, `${remark} ${kind}`).toBe("new-claim")
        expect(r.text).toMatch(new RegExp(`remark code ${remark}`))
      }
  })

  it("a claim rejected before adjudication → a new claim", () => {
    const r = correctionRoute({ ...base, payerKind: "commercial", status: "rejected" })
    expect(r.route).toBe("new-claim")
    expect(r.text).toMatch(/rejected it before adjudication/)
  })

  it("a commercial claim the payer adjudicated → a replacement: frequency 7 and its claim number in REF*F8 / box 22", () => {
    const r = correctionRoute({ ...base, payerKind: "commercial" })
    expect(r.route).toBe("replacement-claim")
    expect(r.text).toMatch(
      /frequency code 7 \(CLM05-3; resubmission code 7 in box 22 on paper\) with the payer's claim number E2026110470012 in REF\*F8/
    )
    expect(r.source.map((s) => s.url)).toContain(
      "https://www.nucc.org/index.php/1500-claim-form-mainmenu-35/1500-instructions-mainmenu-42"
    )
  })

  it("Medicare Part B → never frequency 7: a reopening for a clerical error, a redetermination otherwise (CMS ch. 34 and ch. 29)", () => {
    const r = correctionRoute({ ...base, payerKind: "medicare" })
    expect(r.route).toBe("medicare-reopening")
    expect(r.text).toMatch(/no replacement claim \(frequency 7\)/)
    expect(r.text).toMatch(/redetermination instead \(Form CMS-20027, within 120 days\)/)
    const urls = r.source.map((s) => s.url)
    expect(urls).toContain("https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/Downloads/clm104c34.pdf")
    expect(urls).toContain("https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/Downloads/clm104c29.pdf")
  })

  it("an unknown payer gets the replacement route with the Medicare caveat; Medicaid with the state-manual caveat", () => {
    expect(correctionRoute({ ...base, payerKind: "unknown" }).text).toMatch(
      /If this is Original Medicare, ask for a reopening instead/
    )
    expect(correctionRoute({ ...base, payerKind: "medicaid" }).text).toMatch(/state's billing manual/)
  })
})

describe("payer kind from the payer's name", () => {
  it.each([
    ["Medicare Part B", "medicare"],
    ["NORIDIAN HEALTHCARE SOLUTIONS", "medicare"],
    ["Novitas Solutions", "medicare"],
    ["NY Medicaid", "medicaid"],
    ["NYSDOH", "medicaid"],
    ["Medi-Cal", "medicaid"],
    ["UnitedHealthcare", "commercial"],
    ["UNITED HEALTHCARE INSURANCE COMPANY", "commercial"],
    ["Anthem Blue Cross Blue Shield", "commercial"],
    ["Optum Behavioral Health", "commercial"],
    ["Carelon Behavioral Health", "commercial"],
    ["Cigna", "commercial"],
    ["Humana Medicare Advantage", "unknown"],
    ["AARP Medicare Advantage from UnitedHealthcare", "unknown"],
    ["UnitedHealthcare Community Plan", "unknown"],
    ["Aetna Better Health of Illinois", "unknown"],
    ["Medicare-Medicaid Plan", "unknown"],
    ["Harborview Health Plan", "unknown"],
    ["", "unknown"]
  ])("%s → %s", (name, kind) => {
    expect(payerKind(name)).toBe(kind)
  })

  it("a claim without a payer name is unknown", () => {
    expect(payerKind(null)).toBe("unknown")
  })
})

describe("authorizations on file for a denial's date", () => {
  it("finds the stored authorization covering a CO-197 date, and none outside it", () => {
    const auths = listFixtures().find((f) => f.portal === "availity" && f.name === "03-auth-list")!.expected as Capture
    const stored = auths.authorizations.map((a) => ({
      ...a,
      key: a.authNumber,
      portal: "availity",
      sourceUrl: "",
      firstSeenAt: "",
      lastChangedAt: ""
    }))
    const claim = (
      listFixtures().find((f) => f.portal === "availity" && f.name === "02-claim-detail")!.expected as Capture
    ).claims[0]
    const storedClaim = {
      ...claim,
      key: "k",
      portal: "availity",
      sourceUrl: "",
      firstSeenAt: "",
      lastChangedAt: "",
      resolution: null
    }
    // RIVERA's authorization starts 11/01/2026; the denied session was 10/07/2026: nothing covers it
    expect(authorizationsCovering(storedClaim, stored)).toEqual([])
    expect(
      authorizationsCovering({ ...storedClaim, serviceFrom: "2026-11-12" }, stored).map((a) => a.authNumber)
    ).toEqual(["A261002210"])
    expect(explainCarc("197")?.fix).toMatch(/retro-authorization/)
  })

  it("matches the authorization to the same person at the same payer however the pages spell them", () => {
    const auths = listFixtures().find((f) => f.portal === "availity" && f.name === "03-auth-list")!.expected as Capture
    const stored = auths.authorizations.map((a) => ({
      ...a,
      key: a.authNumber,
      portal: "availity",
      sourceUrl: "",
      firstSeenAt: "",
      lastChangedAt: ""
    }))
    const claim = (
      listFixtures().find((f) => f.portal === "availity" && f.name === "02-claim-detail")!.expected as Capture
    ).claims[0]
    const covered = {
      ...claim,
      serviceFrom: "2026-11-12",
      key: "k",
      portal: "availity",
      sourceUrl: "",
      firstSeenAt: "",
      lastChangedAt: "",
      resolution: null
    }
    const rivera = stored.find((a) => a.authNumber === "A261002210")!
    const numbers = (c: typeof covered) => authorizationsCovering(c, stored).map((a) => a.authNumber)
    expect(numbers(covered)).toEqual(["A261002210"])
    // a claim list that shows the name the other way round and no member ID; the payer in capitals
    expect(
      numbers({
        ...covered,
        payer: covered.payer!.toUpperCase(),
        patient: { name: "Maria Rivera", memberId: null, dateOfBirth: null }
      })
    ).toEqual(["A261002210"])
    // the same name under another member ID is another person
    expect(
      numbers({ ...covered, patient: { ...covered.patient, name: rivera.patient.name, memberId: "ZZZ999999999" } })
    ).toEqual([])
    // another payer's authorization does not cover it
    expect(numbers({ ...covered, payer: "Aetna" })).toEqual([])
  })
})
