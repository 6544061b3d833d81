// The eight public 5010 835 samples in ../shared/data/era-samples against captures written by hand from their
// segments (tests/fixtures/era/<sample>.json), and the three 4010 samples refused.
import { spawn } from "node:child_process"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { balance, parseEra } from "../../src/era"
import { Capture } from "../../src/model/capture"
import { scoreCapture } from "../tools/score"
import { contractValidator } from "./helpers"
import { HAS_SHARED, NEEDS_SHARED, sharedPath } from "./shared"

const ROOT = join(import.meta.dirname, "..", "..")
const FIXTURES = join(ROOT, "tests", "fixtures", "era")
const SAMPLES = sharedPath("data", "era-samples")
const HAS_SAMPLES = HAS_SHARED && existsSync(SAMPLES)

const samples = HAS_SAMPLES ? readdirSync(SAMPLES).filter((f) => f.endsWith(".835")) : []
const old = HAS_SAMPLES ? readdirSync(join(SAMPLES, "4010")).filter((f) => f.endsWith(".835")) : []
const read = (file: string) => readFileSync(join(SAMPLES, file), "utf8")
const expected = (file: string): Capture =>
  JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.835$/, ".json")), "utf8"))

/** The command line as a user runs it (tsx directly: the npm wrapper is checked once below). */
function runEra(args: string[], viaNpm = false): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const [cmd, argv] = viaNpm
    ? ["npm", ["run", "--silent", "era", "--", ...args]]
    : [process.execPath, ["--import", "tsx", "src/cli/era.ts", ...args]]
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { cwd: ROOT })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d) => (stdout += d))
    child.stderr.on("data", (d) => (stderr += d))
    child.on("close", (status) => resolve({ status, stdout, stderr }))
  })
}

describe.skipIf(!HAS_SAMPLES)(
  `era: the shared 835 samples${HAS_SAMPLES ? "" : NEEDS_SHARED || " (skipped: ../shared/data/era-samples is absent)"}`,
  () => {
    it("has a hand-written expected capture for every 5010 sample, and the README's eight and three", () => {
      expect(samples).toHaveLength(8)
      expect(old).toHaveLength(3)
      for (const f of samples) expect(existsSync(join(FIXTURES, f.replace(/\.835$/, ".json"))), f).toBe(true)
    })

    it.each(samples)("%s reads exactly as written by hand (100%% of fields, every claim)", (file) => {
      const { capture } = parseEra(read(file), file)
      const want = expected(file)
      const score = scoreCapture(want, capture)
      expect(score.matched).toBe(score.expected)
      expect(score.fieldsRight).toBe(score.fieldsShown)
      // and the whole document, nulls, list order and warnings included
      expect(capture).toEqual(want)
      expect(Capture.parse(capture)).toEqual(capture)
      expect(contractValidator()(capture)).toBe(true)
    })

    it.each(samples)("%s balances: BPR02 = Σ CLP04 − Σ PLB", (file) => {
      for (const tx of parseEra(read(file), file).remittance.transactions)
        expect(balance(tx)).toMatchObject({ balanced: true, differenceCents: 0 })
    })

    it("reads the Medicare Part A sample's payment, PLB and MOA into the remittance", () => {
      const tx = parseEra(read("02-lfh-medicare-part-a-moa.835"), "x").remittance.transactions[0]
      expect(tx.payment).toMatchObject({
        amountCents: 15000000,
        creditDebit: "C",
        method: "ACH",
        date: "2002-09-13",
        traceNumber: "12345"
      })
      expect(tx.providerAdjustments).toEqual([
        {
          providerId: "6543210903",
          fiscalPeriodDate: "2002-12-31",
          reasonCode: "CV",
          reasonMeaning: "capital pass-through",
          reference: "CP",
          amountCents: -127
        }
      ])
      expect(balance(tx)).toEqual({
        checkNumber: "12345",
        paymentDate: "2002-09-13",
        paymentCents: 15000000,
        claimsPaidCents: 13801840 + 1198033,
        providerAdjustmentsCents: -127,
        expectedCents: 15000000,
        differenceCents: 0,
        balanced: true
      })
      expect(tx.claims[1].moaRemarkCodes).toEqual(["MA02"])
      expect(tx.claims[0].patientResponsibilityCents).toBeNull()
    })

    it("keeps sample 04's SE02 that differs from its ST02 as a note, not a refusal", () => {
      const tx = parseEra(read("04-tigershark-institutional-co16.835"), "x").remittance.transactions[0]
      expect(tx.issues).toEqual(["SE02 0001 differs from ST02 1234"])
    })

    it(
      "the command line prints each sample's capture, and refuses the 4010 ones with one line",
      { timeout: 180_000 },
      async () => {
        const results: [string, Awaited<ReturnType<typeof runEra>>][] = []
        const queue = [...samples, ...old.map((f) => join("4010", f))]
        const worker = async () => {
          for (let f = queue.shift(); f; f = queue.shift())
            results.push([f, await runEra([join(SAMPLES, f)], f.startsWith("01"))])
        }
        await Promise.all([worker(), worker(), worker()])
        for (const [f, r] of results) {
          if (f.startsWith("4010")) {
            expect(r.status, f).toBe(2)
            expect(r.stdout, f).toBe("")
            expect(r.stderr, f).toBe(`era: ${f.slice(5)}: not a 5010 835 (version 004010X091A1)\n`)
          } else {
            expect(r.status, `${f}: ${r.stderr}`).toBe(0)
            expect(r.stderr, f).toBe("")
            expect(r.stdout.endsWith("}\n")).toBe(true)
            expect(JSON.parse(r.stdout), f).toEqual(expected(f))
            expect(r.stdout, f).toBe(JSON.stringify(JSON.parse(r.stdout), null, 2) + "\n")
          }
        }
        expect(results).toHaveLength(11)
      }
    )
  }
)
