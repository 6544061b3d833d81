// `npm run code` as ../shared/contracts/coding.md says: one JSON document and exit 0, or exit 2 with one line.
import { spawnSync } from "node:child_process"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

const ROOT = join(import.meta.dirname, "..", "..")
const run = (args: string[]) =>
  spawnSync("npm", ["run", "--silent", "code", "--", ...args], { cwd: ROOT, encoding: "utf8" })

function ok(args: string[]) {
  const r = run(args)
  expect(r.stderr).toBe("")
  expect(r.status).toBe(0)
  return JSON.parse(r.stdout)
}

describe("code command line (contract)", () => {
  it("prints exactly the contract's shape for the contract's example", () => {
    const r = run(["--minutes", "55", "--telehealth", "video", "--client-location", "home"])
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({
      codes: [{ code: "90837", units: 1, modifiers: ["95"] }],
      placeOfService: "10",
      reasons: ["53 minutes or more of psychotherapy: 90837"],
      warnings: ["Commercial plans differ on telehealth modifiers: check the plan's policy"]
    })
    expect(r.stdout.trim().startsWith("{") && r.stdout.trim().endsWith("}")).toBe(true)
  })

  it("too few minutes: no codes, a warning, exit 0", () => {
    const out = ok(["--minutes", "15"])
    expect(out).toMatchObject({ codes: [], placeOfService: null, reasons: [] })
    expect(out.warnings).toHaveLength(1)
  })

  it("crisis of 105 minutes with interactive complexity: 90839 + 2 × 90840, 90785 left off", () => {
    const out = ok(["--minutes=105", "--service", "crisis", "--interactive-complexity", "--payer", "medicaid"])
    expect(out.codes).toEqual([
      { code: "90839", units: 1, modifiers: [] },
      { code: "90840", units: 2, modifiers: [] }
    ])
    expect(out.reasons).toHaveLength(2)
  })

  it("E/M the same day, audio-only Medicare, client elsewhere", () => {
    const out = ok([
      "--minutes",
      "40",
      "--with-em",
      "--interactive-complexity",
      "--telehealth",
      "audio",
      "--client-location",
      "other",
      "--payer",
      "medicare"
    ])
    expect(out.codes).toEqual([
      { code: "90836", units: 1, modifiers: ["93"] },
      { code: "90785", units: 1, modifiers: ["93"] }
    ])
    expect(out.placeOfService).toBe("02")
  })

  it("group needs no minutes", () => {
    expect(ok(["--service", "group"]).codes).toEqual([{ code: "90853", units: 1, modifiers: [] }])
  })

  it.each([
    [["--minutes", "-5"], /minutes/],
    [["--minutes", "abc"], /minutes/],
    [["--minutes", "45", "--service", "couples"], /service/],
    [["--service", "crisis"], /minutes are required/],
    [[], /minutes are required/],
    [["--minutes", "45", "--service", "family-with-patient", "--with-em"], /add-on form/],
    [["--minutes", "45", "--telehealth", "phone"], /telehealth/],
    [["--minutes", "45", "--payer", "tricare"], /payer/],
    [["--minutes", "45", "--client-location", "car"], /clientLocation/],
    [["--minutes", "45", "--hours", "1"], /Unknown option/]
  ])("bad input %j exits 2 with one line on stderr and nothing on stdout", (args, named) => {
    const r = run(args)
    expect(r.status).toBe(2)
    expect(r.stdout).toBe("")
    const lines = r.stderr.trim().split("\n")
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(named)
  })
})
