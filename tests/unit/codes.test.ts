import { describe, expect, it } from "vitest"
import { CARC_EXPLANATIONS, RARC_EXPLANATIONS, authorizationsCovering, explainCarc } from "../../src/codes"
import type { Capture } from "../../src/model/capture"
import { HELD_OUT, listFixtures } from "../sandbox/pages"

describe("denial code explanations", () => {
  it("cover at least 60 CARCs and 40 RARCs, each with a meaning, a usual cause and a fix", () => {
    expect(CARC_EXPLANATIONS.size).toBeGreaterThanOrEqual(60)
    expect(RARC_EXPLANATIONS.size).toBeGreaterThanOrEqual(40)
    for (const e of [...CARC_EXPLANATIONS.values(), ...RARC_EXPLANATIONS.values()]) {
      expect(e.meaning.length, e.code).toBeGreaterThan(10)
      expect(e.cause.length, e.code).toBeGreaterThan(5)
      expect(e.fix.length, e.code).toBeGreaterThan(5)
    }
  })

  it("explain every code that appears on the saved portal pages", () => {
    const captures = [...listFixtures(), ...listFixtures(HELD_OUT)].map((f) => f.expected as Capture)
    const claims = captures.flatMap((c) => c.claims)
    const carcs = new Set(claims.flatMap((c) => [...c.adjustments, ...c.lines.flatMap((l) => l.adjustments)]).map((a) => a.reason))
    const rarcs = new Set(claims.flatMap((c) => [...c.remarkCodes, ...c.lines.flatMap((l) => l.remarkCodes)]))
    expect(carcs.size).toBeGreaterThan(10)
    for (const code of carcs) expect(CARC_EXPLANATIONS.has(code), `CARC ${code}`).toBe(true)
    for (const code of rarcs) expect(RARC_EXPLANATIONS.has(code), `RARC ${code}`).toBe(true)
  })

  it("finds the stored authorization covering a CO-197 date, and none outside it", () => {
    const auths = listFixtures().find((f) => f.portal === "availity" && f.name === "03-auth-list")!.expected as Capture
    const stored = auths.authorizations.map((a) => ({ ...a, key: a.authNumber, portal: "availity", sourceUrl: "", firstSeenAt: "", lastChangedAt: "" }))
    const claim = (listFixtures().find((f) => f.portal === "availity" && f.name === "02-claim-detail")!.expected as Capture).claims[0]
    const storedClaim = { ...claim, key: "k", portal: "availity", sourceUrl: "", firstSeenAt: "", lastChangedAt: "", resolution: null }
    // RIVERA's authorization starts 11/01/2026; the denied session was 10/07/2026: nothing covers it
    expect(authorizationsCovering(storedClaim, stored)).toEqual([])
    expect(authorizationsCovering({ ...storedClaim, serviceFrom: "2026-11-12" }, stored).map((a) => a.authNumber)).toEqual(["A261002210"])
    expect(explainCarc("197")?.fix).toMatch(/retro-authorization/)
  })

  it("matches the authorization to the same person at the same payer however the pages spell them", () => {
    const auths = listFixtures().find((f) => f.portal === "availity" && f.name === "03-auth-list")!.expected as Capture
    const stored = auths.authorizations.map((a) => ({ ...a, key: a.authNumber, portal: "availity", sourceUrl: "", firstSeenAt: "", lastChangedAt: "" }))
    const claim = (listFixtures().find((f) => f.portal === "availity" && f.name === "02-claim-detail")!.expected as Capture).claims[0]
    const covered = { ...claim, serviceFrom: "2026-11-12", key: "k", portal: "availity", sourceUrl: "", firstSeenAt: "", lastChangedAt: "", resolution: null }
    const rivera = stored.find((a) => a.authNumber === "A261002210")!
    const numbers = (c: typeof covered) => authorizationsCovering(c, stored).map((a) => a.authNumber)
    expect(numbers(covered)).toEqual(["A261002210"])
    // a claim list that shows the name the other way round and no member ID; the payer in capitals
    expect(numbers({ ...covered, payer: covered.payer!.toUpperCase(), patient: { name: "Maria Rivera", memberId: null, dateOfBirth: null } })).toEqual(["A261002210"])
    // the same name under another member ID is another person
    expect(numbers({ ...covered, patient: { ...covered.patient, name: rivera.patient.name, memberId: "ZZZ999999999" } })).toEqual([])
    // another payer's authorization does not cover it
    expect(numbers({ ...covered, payer: "Aetna" })).toEqual([])
  })
})
