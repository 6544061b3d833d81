// The session coder: every boundary minute, the add-on forms, interactive complexity, telehealth per payer kind.
import { describe, expect, it } from "vitest"
import { codeSession, DEFAULT_SESSION, parseSession, type SessionInput } from "../../src/coding/session"
import { crisisAddOnUnits, INTERACTIVE_COMPLEXITY, psychotherapyBand } from "../../src/coding/rules"

const session = (over: Partial<SessionInput>) => codeSession({ ...DEFAULT_SESSION, ...over })
const codes = (over: Partial<SessionInput>) => session(over).codes.map((c) => `${c.code}x${c.units}`)

describe("timed psychotherapy", () => {
  it.each([
    [15, []],
    [16, ["90832x1"]],
    [37, ["90832x1"]],
    [38, ["90834x1"]],
    [52, ["90834x1"]],
    [53, ["90837x1"]],
    [90, ["90837x1"]]
  ])("%i minutes → %j", (minutes, expected) => {
    expect(codes({ minutes })).toEqual(expected)
  })

  it("a band is reached, not rounded: 37.5 minutes is still 90832, 52.9 still 90834", () => {
    expect(psychotherapyBand(37.5)?.code).toBe("90832")
    expect(psychotherapyBand(52.9)?.code).toBe("90834")
    expect(psychotherapyBand(15.9)).toBeNull()
  })

  it("too few minutes bills nothing and says why", () => {
    const r = session({ minutes: 15 })
    expect(r).toMatchObject({ codes: [], reasons: [], placeOfService: null })
    expect(r.warnings.join(" ")).toMatch(/16-minute minimum/)
  })

  it("gives one reason per code, the contract's sentence for 90837", () => {
    const r = session({ minutes: 55 })
    expect(r.reasons).toEqual(["53 minutes or more of psychotherapy: 90837"])
    expect(r.warnings).toEqual([])
  })
})

describe("psychotherapy with an E/M service the same day (add-on forms)", () => {
  it.each([
    [15, []],
    [16, ["90833x1"]],
    [37, ["90833x1"]],
    [38, ["90836x1"]],
    [52, ["90836x1"]],
    [53, ["90838x1"]]
  ])("%i minutes with E/M → %j", (minutes, expected) => {
    expect(codes({ minutes, withEm: true })).toEqual(expected)
  })

  it("never yields a stand-alone code beside the add-on, and says the E/M code goes first", () => {
    const r = session({ minutes: 45, withEm: true })
    expect(r.codes.map((c) => c.code)).not.toContain("90834")
    expect(r.warnings.join(" ")).toMatch(/E\/M code .* first/)
  })

  it("refuses --with-em for services without an add-on form", () => {
    for (const service of [
      "intake",
      "intake-medical",
      "crisis",
      "family-with-patient",
      "family-without-patient",
      "group"
    ])
      expect(parseSession({ ...DEFAULT_SESSION, minutes: 60, service, withEm: true })).toMatchObject({ ok: false })
    expect(parseSession({ ...DEFAULT_SESSION, minutes: 60, withEm: true }).ok).toBe(true)
  })
})

describe("crisis psychotherapy", () => {
  it.each([
    [15, []],
    [29, ["90832x1"]],
    [30, ["90839x1"]],
    [74, ["90839x1"]],
    [75, ["90839x1", "90840x1"]],
    [104, ["90839x1", "90840x1"]],
    [105, ["90839x1", "90840x2"]],
    [134, ["90839x1", "90840x2"]],
    [135, ["90839x1", "90840x3"]]
  ])("%i minutes → %j", (minutes, expected) => {
    expect(codes({ minutes, service: "crisis" })).toEqual(expected)
  })

  it("under 30 minutes is never 90839, and says so", () => {
    const r = session({ minutes: 29, service: "crisis" })
    expect(r.codes.map((c) => c.code)).not.toContain("90839")
    expect(r.warnings.join(" ")).toMatch(/not 90839/)
  })

  it("counts 90840 blocks from the 75th minute", () => {
    expect([74, 75, 104, 105, 164, 165].map(crisisAddOnUnits)).toEqual([0, 1, 1, 2, 3, 4])
  })
})

describe("family, group and evaluations", () => {
  it.each([
    ["family-with-patient", 25, []],
    ["family-with-patient", 26, ["90847x1"]],
    ["family-without-patient", 25, []],
    ["family-without-patient", 26, ["90846x1"]],
    ["family-without-patient", 80, ["90846x1"]]
  ] as const)("%s, %i minutes → %j", (service, minutes, expected) => {
    expect(codes({ service, minutes })).toEqual(expected)
  })

  it("25 minutes of family psychotherapy says why nothing is billed", () => {
    expect(session({ service: "family-with-patient", minutes: 25 }).warnings.join(" ")).toMatch(/26-minute minimum/)
  })

  it("group and diagnostic evaluations need no minutes", () => {
    expect(codes({ service: "group" })).toEqual(["90853x1"])
    expect(codes({ service: "intake" })).toEqual(["90791x1"])
    expect(codes({ service: "intake-medical" })).toEqual(["90792x1"])
  })

  it("timed services need minutes", () => {
    for (const service of ["psychotherapy", "crisis", "family-with-patient", "family-without-patient"])
      expect(parseSession({ ...DEFAULT_SESSION, service })).toEqual({
        ok: false,
        error: `minutes are required for ${service}`
      })
  })
})

describe("interactive complexity (90785)", () => {
  const withIc = (over: Partial<SessionInput>) => codes({ interactiveComplexity: true, ...over })

  it.each([
    [{ minutes: 20 }, ["90832x1", "90785x1"]],
    [{ minutes: 45 }, ["90834x1", "90785x1"]],
    [{ minutes: 60 }, ["90837x1", "90785x1"]],
    [{ minutes: 20, withEm: true }, ["90833x1", "90785x1"]],
    [{ minutes: 45, withEm: true }, ["90836x1", "90785x1"]],
    [{ minutes: 60, withEm: true }, ["90838x1", "90785x1"]],
    [{ service: "intake" as const }, ["90791x1", "90785x1"]],
    [{ service: "intake-medical" as const }, ["90792x1", "90785x1"]],
    [{ service: "group" as const }, ["90853x1", "90785x1"]]
  ])("goes with its partners: %j → %j", (over, expected) => {
    expect(withIc(over)).toEqual(expected)
  })

  it.each([
    [{ service: "crisis" as const, minutes: 60 }, ["90839x1"], /90839/],
    [{ service: "crisis" as const, minutes: 90 }, ["90839x1", "90840x1"], /90839/],
    [{ service: "family-with-patient" as const, minutes: 50 }, ["90847x1"], /90847/],
    [{ service: "family-without-patient" as const, minutes: 50 }, ["90846x1"], /90846/]
  ])("is left off, with a warning, beside codes it may never go with: %j", (over, expected, named) => {
    const r = session({ interactiveComplexity: true, ...over })
    expect(r.codes.map((c) => `${c.code}x${c.units}`)).toEqual(expected)
    expect(r.warnings.find((w) => w.includes(INTERACTIVE_COMPLEXITY.code))).toMatch(named)
  })

  it("is left off when no primary code can be billed", () => {
    const r = session({ minutes: 10, interactiveComplexity: true })
    expect(r.codes).toEqual([])
    expect(r.warnings.join(" ")).toMatch(/90785.*primary/)
  })
})

describe("telehealth: place of service and modifiers per payer kind", () => {
  it("in person: no place of service (the practice's own applies) and no modifier", () => {
    expect(session({ minutes: 45, payer: "medicare" })).toMatchObject({
      placeOfService: null,
      codes: [{ modifiers: [] }]
    })
  })

  it("the contract's example: commercial video at home", () => {
    expect(session({ minutes: 55, telehealth: "video", clientLocation: "home" })).toEqual({
      codes: [{ code: "90837", units: 1, modifiers: ["95"] }],
      placeOfService: "10",
      reasons: ["53 minutes or more of psychotherapy: 90837"],
      warnings: ["Commercial plans differ on telehealth modifiers: check the plan's policy"]
    })
  })

  it.each([
    ["medicare", "video", "home", "10", []],
    ["medicare", "video", "other", "02", []],
    ["medicare", "audio", "home", "10", ["93"]],
    ["medicare", "audio", "other", "02", ["93"]],
    ["medicaid", "video", "home", "10", ["95"]],
    ["medicaid", "video", "other", "02", ["95"]],
    ["medicaid", "audio", "home", "10", ["93"]],
    ["commercial", "video", "other", "02", ["95"]],
    ["commercial", "audio", "home", "10", ["93"]],
    ["commercial", "audio", "other", "02", ["93"]]
  ] as const)("%s, %s, client %s → POS %s, modifiers %j", (payer, telehealth, clientLocation, pos, modifiers) => {
    const r = session({ minutes: 45, interactiveComplexity: true, payer, telehealth, clientLocation })
    expect(r.placeOfService).toBe(pos)
    for (const c of r.codes) expect(c.modifiers).toEqual(modifiers)
    expect(r.codes).toHaveLength(2)
  })

  it("marks what differs by plan as 'check the plan's policy' for Medicaid and commercial plans", () => {
    for (const payer of ["medicaid", "commercial"] as const)
      for (const telehealth of ["video", "audio"] as const)
        expect(session({ minutes: 45, payer, telehealth, clientLocation: "home" }).warnings.join(" ")).toMatch(
          /check the plan's policy/
        )
  })

  it("Medicare: 95 only for hospital-based clinicians; the in-person visit rule for home mental-health telehealth", () => {
    const home = session({ minutes: 45, payer: "medicare", telehealth: "video", clientLocation: "home" }).warnings.join(
      " "
    )
    expect(home).toMatch(/modifier 95 only if the clinician bills from a hospital/)
    expect(home).toMatch(/in-person visit within 6 months/)
    const elsewhere = session({
      minutes: 45,
      payer: "medicare",
      telehealth: "video",
      clientLocation: "other"
    }).warnings.join(" ")
    expect(elsewhere).not.toMatch(/in-person/)
    expect(
      session({ minutes: 45, payer: "medicare", telehealth: "audio", clientLocation: "home" }).warnings.join(" ")
    ).toMatch(/audio-only/)
  })

  it("without the client's location it assumes home and says so", () => {
    const r = session({ minutes: 45, telehealth: "video" })
    expect(r.placeOfService).toBe("10")
    expect(r.warnings.join(" ")).toMatch(/home is assumed/)
  })
})

describe("bad input", () => {
  it("names the problem in one line", () => {
    expect(parseSession({ ...DEFAULT_SESSION, minutes: -1 })).toEqual({ ok: false, error: "minutes must be 0 or more" })
    expect(parseSession({ ...DEFAULT_SESSION, minutes: 30, service: "couples" })).toMatchObject({
      ok: false,
      error: /^service: /
    })
    expect(parseSession({ ...DEFAULT_SESSION, minutes: Number.NaN })).toMatchObject({ ok: false })
    expect(parseSession({ ...DEFAULT_SESSION, minutes: 30, payer: "tricare" })).toMatchObject({
      ok: false,
      error: /^payer: /
    })
  })
})
