// The scrubber: each rule with a claim that trips it and one that does not, the contract's sort order, and the
// `scrub` command line (one JSON document and exit 0, or exit 2 with one line).
import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { checkDiagnosis } from "../../src/coding/diagnosis"
import { RULE_SOURCES, RULES, scrubCaptures, sortFindings, type Finding } from "../../src/coding/scrub"
import type { Authorization, Capture, Claim } from "../../src/model/capture"

const chen = { name: "CHEN, DAVID", memberId: "U90412877", dateOfBirth: "1979-06-02" }

type LineSpec = string | { code: string; units?: number | null; modifiers?: string[]; date?: string | null }

function claim(claimNumber: string, date: string, lines: LineSpec[], over: Partial<Claim> = {}): Claim {
  return {
    claimNumber,
    payer: "UnitedHealthcare",
    patient: chen,
    serviceFrom: date,
    serviceTo: date,
    status: "pending",
    statusText: "P1 Pending/In Process",
    billedCents: 15000 * lines.length,
    allowedCents: null,
    paidCents: null,
    patientResponsibilityCents: null,
    receivedDate: date,
    processedDate: null,
    paymentDate: null,
    checkNumber: null,
    adjustments: [],
    remarkCodes: [],
    diagnosisCodes: ["F33.1"],
    lines: lines.map((l) => {
      const spec = typeof l === "string" ? { code: l } : l
      return {
        procedureCode: spec.code,
        modifiers: spec.modifiers ?? [],
        units: spec.units === undefined ? 1 : spec.units,
        serviceDate: spec.date === undefined ? date : spec.date,
        billedCents: 15000,
        paidCents: null,
        adjustments: [],
        remarkCodes: []
      }
    }),
    ...over
  }
}

function authorization(over: Partial<Authorization> = {}): Authorization {
  return {
    authNumber: "2611B00431",
    payer: "UnitedHealthcare",
    patient: chen,
    status: "approved",
    statusText: "Approved",
    serviceCodes: ["90834"],
    startDate: "2026-10-01",
    endDate: "2026-12-31",
    unitsApproved: 8,
    unitsUsed: 2,
    unitsRemaining: 6,
    unitType: "visits",
    ...over
  }
}

function capture(claims: Claim[], authorizations: Authorization[] = []): Capture {
  return {
    version: 1,
    portal: "optum-bh",
    url: "https://www.providerexpress.com/claims",
    pageKind: "mixed",
    claims,
    authorizations,
    warnings: []
  }
}

const scrub = (claims: Claim[], auths: Authorization[] = []) => scrubCaptures([capture(claims, auths)])
const rules = (findings: Finding[]) => findings.map((f) => `${f.claimNumber}:${f.line}:${f.rule}`)

describe("addon-without-primary", () => {
  it.each([
    [["90833"], 0],
    [["90834", "90836"], 1],
    [["90838"], 0],
    [["90840"], 0],
    [["90834", "90840"], 1],
    [["90785"], 0],
    [["99213", "90785"], 1]
  ])("trips on %j (line %i)", (codes, line) => {
    const findings = scrub([claim("C1", "2026-11-02", codes)])
    expect(findings.filter((f) => f.rule === "addon-without-primary").map((f) => f.line)).toEqual([line])
  })

  it.each([
    [["99213", "90833"]],
    [["99214", "90836"]],
    [["99215", "90838"]],
    [["99308", "90833"]],
    [["99349", "90836"]],
    [["90839", "90840"]],
    [["90791", "90785"]],
    [["90792", "90785"]],
    [["90832", "90785"]],
    [["99213", "90833", "90785"]],
    [["90834", "90785"]],
    [["99213", "90836", "90785"]],
    [["90837", "90785"]],
    [["90853", "90785"]]
  ])("does not trip on %j", (codes) => {
    expect(scrub([claim("C1", "2026-11-02", codes)])).toEqual([])
  })

  it("the primary must be on the same date of service", () => {
    const c = claim("C1", "2026-11-02", ["99213", { code: "90833", date: "2026-11-09" }])
    expect(rules(scrub([c]))).toEqual(["C1:1:addon-without-primary"])
  })

  it("says the likely denial and the fix", () => {
    const [f] = scrub([claim("C1", "2026-11-02", ["90840"])])
    expect(f).toMatchObject({ severity: "error" })
    expect(f.message).toMatch(/N122/)
    expect(f.message).toMatch(/90839/)
    expect(f.message).toMatch(/Fix:/)
  })
})

describe("interactive-complexity-pairing", () => {
  it.each([["90839"], ["90846"], ["90847"]])("trips on 90785 with %s", (code) => {
    const findings = scrub([claim("C1", "2026-11-02", [code, "90785"])])
    expect(rules(findings)).toEqual(["C1:1:interactive-complexity-pairing"])
    expect(findings[0].message).toMatch(new RegExp(`billed with ${code}`))
  })

  it("trips on 90785 with 90839 + 90840 once, on the 90785 line", () => {
    expect(rules(scrub([claim("C1", "2026-11-02", ["90839", "90840", "90785"])]))).toEqual([
      "C1:2:interactive-complexity-pairing"
    ])
  })

  it("does not trip when 90785 and family psychotherapy are on different dates", () => {
    const c = claim("C1", "2026-11-02", [
      "90847",
      "90834",
      { code: "90785", date: "2026-11-09" },
      { code: "90834", date: "2026-11-09" }
    ])
    expect(scrub([c])).toEqual([])
  })
})

describe("diagnosis-not-billable and diagnosis-unknown", () => {
  it("tells a header from a billable code, and lists the billable codes under a header", () => {
    expect(checkDiagnosis("F41")).toMatchObject({ status: "header" })
    expect(checkDiagnosis("F41.1")).toMatchObject({ status: "billable", description: "Generalized anxiety disorder" })
    expect(checkDiagnosis("F43.1")).toMatchObject({ status: "header" })
    expect(checkDiagnosis("F43.10")).toMatchObject({ status: "billable" })
    expect(checkDiagnosis("F41.7")).toMatchObject({ status: "unknown" })
    expect(checkDiagnosis("Z63.0")).toMatchObject({ status: "other-chapter" })
  })

  it("trips on a header code, naming the billable codes under it", () => {
    const findings = scrub([claim("C1", "2026-11-02", ["90834"], { diagnosisCodes: ["F41", "F33.1"] })])
    expect(rules(findings)).toEqual(["C1:null:diagnosis-not-billable"])
    expect(findings[0].message).toMatch(/F41\.1 \(Generalized anxiety disorder\)/)
    expect(findings[0].message).toMatch(/M81/)
  })

  it("trips on a code that looks like chapter F but is not in the set", () => {
    for (const code of ["F41.7", "F3310", "F4-1"])
      expect(rules(scrub([claim("C1", "2026-11-02", ["90834"], { diagnosisCodes: [code] })]))).toEqual([
        "C1:null:diagnosis-unknown"
      ])
  })

  it("does not trip on billable codes however they are spelled, nor on other chapters", () => {
    expect(
      scrub([claim("C1", "2026-11-02", ["90834"], { diagnosisCodes: ["f411", "F43.10", "F32.A", "Z63.0"] })])
    ).toEqual([])
  })
})

describe("authorization rules", () => {
  it("auth-missing: a date of service after the authorization ended", () => {
    const findings = scrub([claim("C1", "2027-01-05", ["90834"])], [authorization()])
    expect(rules(findings)).toEqual(["C1:0:auth-missing"])
    expect(findings[0].message).toMatch(/CO-197/)
    expect(findings[0].message).toMatch(/2026-10-01 to 2026-12-31/)
  })

  it("auth-missing: the only authorization for the date is still pending", () => {
    const findings = scrub([claim("C1", "2026-11-02", ["90834"])], [authorization({ status: "pending" })])
    expect(rules(findings)).toEqual(["C1:0:auth-missing"])
    expect(findings[0].message).toMatch(/pending/)
  })

  it("auth-missing does not trip within the dates, nor for a client with no authorization with this payer", () => {
    expect(scrub([claim("C1", "2026-12-31", ["90834"])], [authorization()])).toEqual([])
    expect(scrub([claim("C1", "2027-01-05", ["90834"])], [authorization({ payer: "Aetna" })])).toEqual([])
    const other = { ...chen, memberId: "U11111111" }
    expect(scrub([claim("C1", "2027-01-05", ["90834"])], [authorization({ patient: other })])).toEqual([])
  })

  it("auth-code-mismatch: a 90837 on an authorization for 90834", () => {
    const findings = scrub([claim("C1", "2026-11-02", ["90837"])], [authorization()])
    expect(rules(findings)).toEqual(["C1:0:auth-code-mismatch"])
    expect(findings[0].message).toMatch(/CARC 284/)
    expect(findings[0].message).toMatch(/N54/)
  })

  it("auth-code-mismatch does not trip on a listed code, nor when the authorization lists none", () => {
    expect(scrub([claim("C1", "2026-11-02", ["90834"])], [authorization()])).toEqual([])
    expect(scrub([claim("C1", "2026-11-02", ["90837"])], [authorization({ serviceCodes: [] })])).toEqual([])
  })

  it("auth-units-exceeded: a ninth weekly visit on an 8-visit authorization", () => {
    const weeks = Array.from({ length: 9 }, (_, i) => {
      const d = new Date(Date.UTC(2026, 9, 5 + 7 * i)).toISOString().slice(0, 10)
      return claim(`C${i + 1}`, d, ["90834"])
    })
    const findings = scrub(weeks, [authorization()])
    expect(rules(findings)).toEqual(["C9:0:auth-units-exceeded"])
    expect(findings[0].message).toMatch(/9 visits under authorization 2611B00431, which approved 8/)
    expect(findings[0].message).toMatch(/CO-198/)
    expect(scrub(weeks.slice(0, 8), [authorization()])).toEqual([])
  })
})

describe("PayerLens's own rules", () => {
  it.each([
    [["99213", "90836", "90834"], "addon-with-standalone-psychotherapy", 1],
    [["90834", "90839"], "psychotherapy-with-crisis", 0],
    [["90832", "90837"], "one-timed-psychotherapy-code", 1],
    [["90791", "99204"], "evaluation-same-day", 0],
    [[{ code: "90839", units: 2 }], "crisis-once-a-day", 0],
    [[{ code: "90834", units: 3 }], "psychotherapy-units", 0],
    [[{ code: "90834", modifiers: ["95", "93"] }], "telehealth-modifier-conflict", 0]
  ] as [LineSpec[], string, number][])("%j trips %s", (lines, rule, line) => {
    const findings = scrub([claim("C1", "2026-11-02", lines)])
    expect(findings.filter((f) => f.rule === rule).map((f) => f.line)).toEqual([line])
  })

  it.each([
    [["99213", "90836"]],
    [["90839", "90840"]],
    [["90837"]],
    [["90791"]],
    [[{ code: "90840", units: 3 }, "90839"]],
    [[{ code: "90834", modifiers: ["95"] }]],
    [[{ code: "90834", modifiers: ["93"] }]]
  ] as [LineSpec[]][])("%j trips none", (lines) => {
    expect(scrub([claim("C1", "2026-11-02", lines)])).toEqual([])
  })
})

describe("sources", () => {
  it("every rule, the contract's and PayerLens's own, cites a public source with an address and what it says", () => {
    for (const rule of RULES) {
      expect(RULE_SOURCES[rule].length, rule).toBeGreaterThan(0)
      for (const source of RULE_SOURCES[rule]) {
        expect(source.url, rule).toMatch(/^https?:\/\//)
        expect(source.says.length, rule).toBeGreaterThan(30)
      }
    }
  })
})

describe("captures and order", () => {
  it("sorts by claim number, then line with the whole-claim findings (line null) first", () => {
    const findings = scrub([
      claim("B200", "2026-11-02", ["90840"], { diagnosisCodes: ["F41"] }),
      claim("A100", "2026-11-02", ["90834", "90833"], { diagnosisCodes: ["F99.9"] })
    ])
    expect(rules(findings)).toEqual([
      "A100:null:diagnosis-unknown",
      "A100:1:addon-without-primary",
      "B200:null:diagnosis-not-billable",
      "B200:0:addon-without-primary"
    ])
    expect(sortFindings([...findings].reverse())).toEqual(findings)
  })

  it("takes a claim read twice (list and detail page) once, with its fuller lines", () => {
    const list = capture([claim("C1", "2026-11-02", [])])
    const detail = capture([claim("C1", "2026-11-02", ["90840"])])
    expect(rules(scrubCaptures([detail, list]))).toEqual(["C1:0:addon-without-primary"])
  })

  it("matches authorizations read on another page of the same portal", () => {
    const claims = capture([claim("C1", "2027-02-01", ["90834"])])
    const auths = capture([], [authorization()])
    expect(rules(scrubCaptures([claims, auths]))).toEqual(["C1:0:auth-missing"])
  })
})

const ROOT = join(import.meta.dirname, "..", "..")
const dir = mkdtempSync(join(tmpdir(), "payerlens-scrub-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const run = (args: string[]) =>
  spawnSync("npm", ["run", "--silent", "scrub", "--", ...args], { cwd: ROOT, encoding: "utf8" })
let n = 0
function file(content: unknown): string {
  const path = join(dir, `captures-${n++}.json`)
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content))
  return path
}

describe("scrub command line (contract)", () => {
  it("reads an array of captures and prints the findings, sorted, in the contract's shape", () => {
    const claims = capture([
      claim("B2", "2027-01-05", ["90834"]),
      claim("A1", "2026-11-02", ["90837", "90840"], { diagnosisCodes: ["F32"] })
    ])
    const auths = capture([], [authorization()])
    const r = run([file([claims, auths])])
    expect(r.stderr).toBe("")
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(Object.keys(out)).toEqual(["findings"])
    for (const f of out.findings) expect(Object.keys(f)).toEqual(["claimNumber", "line", "rule", "severity", "message"])
    expect(
      out.findings.map(
        (f: { claimNumber: string; line: number | null; rule: string }) => `${f.claimNumber}:${f.line}:${f.rule}`
      )
    ).toEqual([
      "A1:null:diagnosis-not-billable",
      "A1:0:auth-code-mismatch",
      "A1:0:psychotherapy-with-crisis",
      "A1:1:addon-without-primary",
      "A1:1:auth-code-mismatch",
      "B2:0:auth-missing"
    ])
  })

  it("reads a single capture document; a clean claim has no findings", () => {
    const r = run([file(capture([claim("C1", "2026-11-02", ["99213", "90833"])]))])
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ findings: [] })
  })

  it.each([
    ["a missing file", () => join(dir, "nope.json"), /cannot read/],
    ["not JSON", () => file("{ claims: [RIVERA"), /not valid JSON/],
    ["not a capture", () => file({ version: 2, claims: [] }), /not a capture-v1 document/],
    [
      "a bad line in item 1",
      () =>
        file([
          capture([]),
          {
            ...capture([claim("C1", "2026-11-02", ["90834"])]),
            claims: [{ ...claim("C1", "2026-11-02", ["90834"]), status: "lost" }]
          }
        ]),
      /item 1 .*claims\.0\.status/
    ]
  ])("%s exits 2 with one line on stderr, nothing on stdout", (_what, path, named) => {
    const r = run([path()])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe("")
    const lines = r.stderr.trim().split("\n")
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(named)
    expect(lines[0]).not.toMatch(/RIVERA/)
  })

  it("no file at all exits 2", () => {
    const r = run([])
    expect(r.status).toBe(2)
    expect(r.stderr.trim().split("\n")).toHaveLength(1)
  })
})
