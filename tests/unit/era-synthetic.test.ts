// Synthetic behavioral-health remittances (tests/tools/era-synth.ts) against the captures the generator wrote from
// its own model of the claims: BH codes and modifiers, deductible-only and copay claims, PR-204 and CO-197 denials,
// reversals with corrections, several transactions and interchanges, PLB recoupment and interest, 5,000 claims.
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { balance, parseEra } from "../../src/era"
import { Capture } from "../../src/model/capture"
import { bigFile, expectedCapture, smallFiles, SYNTHETIC_DIR, write835, writeSynthFile } from "../tools/era-synth"
import { scoreCapture } from "../tools/score"

const files = smallFiles()
const read = (name: string) => readFileSync(join(SYNTHETIC_DIR, name), "utf8")
const expected = (name: string): Capture => JSON.parse(read(name.replace(/\.835$/, ".json")))

describe("era: synthetic behavioral-health remittances", () => {
  it.each(files.map((f) => [f.name, f] as const))(
    "%s is what the seeded generator writes (files and expectations in step)",
    (name, f) => {
      expect(read(name)).toBe(write835(f.interchanges))
      expect(expected(name)).toEqual(expectedCapture(f.interchanges, name))
    }
  )

  it.each(files.map((f) => f.name))("%s reads as the generator meant it (every field, every claim)", (name) => {
    const { capture, remittance } = parseEra(read(name), name)
    const score = scoreCapture(expected(name), capture)
    expect(score.matched).toBe(score.expected)
    expect(score.fieldsRight).toBe(score.fieldsShown)
    expect(Capture.parse(capture)).toEqual(expected(name))
    for (const tx of remittance.transactions) expect(balance(tx), tx.controlNumber).toMatchObject({ balanced: true })
  })

  it("covers the behavioral-health cases the public samples lack", () => {
    const claims = files.flatMap((f) => parseEra(read(f.name), f.name).capture.claims)
    const codes = new Set(claims.flatMap((c) => c.lines.map((l) => [l.procedureCode, ...l.modifiers].join("-"))))
    for (const code of ["90837-95", "90834-HO", "90791", "90837-95-HO", "90785", "90847", "90832-95"])
      expect(codes, code).toContain(code)
    const has = (pred: (c: (typeof claims)[number]) => boolean) => claims.filter(pred).length
    const adj = (c: (typeof claims)[number]) =>
      [...c.adjustments, ...c.lines.flatMap((l) => l.adjustments)].map((a) => `${a.group}-${a.reason}`)
    expect(has((c) => c.status === "paid" && c.paidCents === 0 && adj(c).includes("PR-1"))).toBeGreaterThan(0) // deductible only
    expect(has((c) => adj(c).includes("PR-3") && c.status === "paid")).toBeGreaterThan(0) // copay
    expect(has((c) => adj(c).includes("PR-204") && c.status === "denied")).toBeGreaterThan(0)
    expect(has((c) => adj(c).includes("CO-197") && c.status === "denied")).toBeGreaterThan(0)
    expect(has((c) => adj(c).includes("CO-197") && c.status === "partially_paid")).toBeGreaterThan(0)
    expect(has((c) => c.status === "reversed")).toBe(2)
  })

  it("pairs the reversal with its correction and leaves the takeback unpaired; PLB recoupment and interest balance the check", () => {
    const tx = parseEra(read("bh-reversals-plb.835"), "x").remittance.transactions[0]
    expect(tx.reversals).toEqual([
      { reversal: 0, correction: 1 },
      { reversal: 3, correction: null }
    ])
    expect(tx.claims[1].references.F8).toBe(tx.claims[0].payerClaimControlNumber)
    expect(tx.providerAdjustments.map((p) => [p.reasonCode, p.amountCents])).toEqual([
      ["WO", 4000],
      ["L6", -187],
      ["72", -2500]
    ])
    expect(balance(tx)).toMatchObject({
      claimsPaidCents: -9500 + 10500 + 8000 - 9500 + 37900,
      providerAdjustmentsCents: 1313,
      paymentCents: 36087,
      balanced: true
    })
  })

  it("reads two interchanges with their own separators and three checks", () => {
    const { remittance } = parseEra(read("bh-multi-interchange.835"), "x")
    expect(
      remittance.transactions.map((t) => [
        t.interchangeControlNumber,
        t.controlNumber,
        t.payment.traceNumber,
        t.payment.method
      ])
    ).toEqual([
      ["000000201", "1001", "EFT2026112001", "ACH"],
      ["000000201", "1002", "CHK000445566", "CHK"],
      ["000000202", "2001", "NOPAY20261122", "NON"]
    ])
    expect(remittance.transactions[2].payment).toMatchObject({ handlingCode: "H", amountCents: 0 })
  })
})

describe("era: a 5,000-claim file", () => {
  const dir = mkdtempSync(join(tmpdir(), "era-5000-"))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it("about 5 MB, every claim and field as generated, every check balanced", { timeout: 120_000 }, () => {
    const { path, bytes } = writeSynthFile(dir, bigFile(5000))
    expect(bytes / 1024 / 1024).toBeGreaterThan(4.5)
    expect(bytes / 1024 / 1024).toBeLessThan(6)
    const text = readFileSync(path, "utf8")
    const t = performance.now()
    const { capture, remittance } = parseEra(text, "era-5000-claims.835")
    const ms = performance.now() - t
    const want: Capture = JSON.parse(readFileSync(path.replace(/\.835$/, ".json"), "utf8"))
    expect(capture.claims).toHaveLength(5000)
    expect(capture).toEqual(want)
    expect(remittance.transactions).toHaveLength(20)
    for (const tx of remittance.transactions) expect(balance(tx).balanced).toBe(true)
    // the budget (1 s) is held by npm run bench; this only catches a parser gone quadratic
    expect(ms).toBeLessThan(10_000)
  })
})
