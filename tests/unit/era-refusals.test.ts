// Files the era command and the import must refuse, each with one clear line: not an 835, a 4010 file, truncated or
// corrupt files, a segment count that does not match SE01, an 837 or 277 chosen by mistake, a 50 MB file.
import { spawn } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { checkEraSize, EraError, MAX_ERA_BYTES, parseEra, parseRemittance } from "../../src/era"
import { envelope835 } from "../tools/era-synth"

const ROOT = join(import.meta.dirname, "..", "..")
const SYNTH = join(ROOT, "tests", "fixtures", "era", "synthetic")
const reversals = readFileSync(join(SYNTH, "bh-reversals-plb.835"), "utf8")
const multi = readFileSync(join(SYNTH, "bh-multi-interchange.835"), "utf8")

const HEADER = [
  "BPR*I*100*C*CHK************20261106",
  "TRN*1*CHK1*1999",
  "N1*PR*PAYER",
  "LX*1",
  "CLP*A*1*100*100**12*P",
  "SVC*HC:90834*100*100"
]

function refusal(text: string): string {
  try {
    parseEra(text, "x.835")
  } catch (error) {
    expect(error).toBeInstanceOf(EraError)
    return (error as Error).message
  }
  throw new Error("the file was not refused")
}

function runEra(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string; ms: number }> {
  const t = performance.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/era.ts", ...args], { cwd: ROOT })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d) => (stdout += d))
    child.stderr.on("data", (d) => (stderr += d))
    child.on("close", (status) => resolve({ status, stdout, stderr, ms: performance.now() - t }))
  })
}

describe("era refuses what is not an 835", () => {
  it.each([
    ["", "the file is empty"],
    ["  \r\n ", "the file is empty"],
    ["%PDF-1.7\n%âãÏÓ", "not an X12 835: this is a PDF (a printed remittance), not the 835 file"],
    ["PK\u0003\u0004\u0014\u0000", "not an X12 835: this is a zip archive; unzip it and choose the 835 inside"],
    ["<!DOCTYPE html><html><body>Remittance</body></html>", "not an X12 835: this is an HTML or XML document"],
    ['{"claims": []}', "not an X12 835: this is a JSON document"],
    ["UNA:+.? 'UNB+UNOC:3", "not an X12 835: this is an EDIFACT file"],
    ["Claim,Patient,Paid\n123,DOE,95.00\n", "not an X12 835: the file does not begin with an ISA segment"],
    ["\u0000\u0001\u0002ISA", "not an X12 835: the file holds binary data"]
  ])("%j → %s", (text, message) => expect(refusal(text)).toBe(message))

  it("a 4010 835 names its version", () => {
    expect(refusal(envelope835(HEADER, { version: "004010X091A1", isaVersion: "00401" }))).toBe(
      "not a 5010 835 (version 004010X091A1)"
    )
  })

  it("an 837 chosen by mistake says it is a claim", () => {
    const text = envelope835(["BHT*0019*00*0123*20261105*0930*CH", "NM1*41*2*CALM WATERS*****46*1487654321"], {
      st01: "837",
      version: "005010X222A1",
      gs01: "HC"
    })
    expect(refusal(text)).toBe("not an 835: this file holds an 837 health care claim (005010X222A1), not a remittance")
  })

  it("a 277 (and a 277CA) chosen by mistake say what they are", () => {
    const body = ["BHT*0010*08*0123*20261105*0930*DG", "HL*1**20*1"]
    expect(refusal(envelope835(body, { st01: "277", version: "005010X212", gs01: "HN" }))).toBe(
      "not an 835: this file holds a 277 claim status response (005010X212), not a remittance"
    )
    expect(refusal(envelope835(body, { st01: "277", version: "005010X214", gs01: "HN" }))).toBe(
      "not an 835: this file holds a 277CA claim acknowledgment (005010X214), not a remittance"
    )
  })

  it("a file that holds an 835 and an 837 is refused whole", () => {
    const text =
      envelope835(HEADER) +
      envelope835(["BHT*0019*00*1*20261105*0930*CH"], { st01: "837", version: "005010X222A1", gs01: "HC" })
    expect(refusal(text)).toMatch(/^not an 835: this file holds an 837/)
  })

  it("an envelope with no transaction", () => {
    const empty = envelope835([])
      .replace(/GS\*[^~]*~\nST\*[^~]*~\nSE\*[^~]*~\nGE\*[^~]*~\n/, "")
      .replace("IEA*1*", "IEA*0*")
    expect(refusal(empty)).toBe("not an 835: the file holds no transaction")
  })
})

describe("era refuses truncated and corrupt files, naming the transaction", () => {
  it("cut inside a transaction", () => {
    expect(refusal(reversals.slice(0, reversals.indexOf("CLP*PL000022")))).toBe(
      "the file is truncated: transaction 0001 ends without its SE segment"
    )
  })

  it("cut after the SE, after the GE", () => {
    expect(refusal(reversals.slice(0, reversals.indexOf("GE*")))).toBe(
      "the file is truncated: functional group 102 ends without its GE segment"
    )
    expect(refusal(reversals.slice(0, reversals.indexOf("IEA*")))).toBe(
      "the file is truncated: interchange 000000102 ends without its IEA segment"
    )
  })

  it("a segment missing (SE01 no longer matches)", () => {
    const text = reversals.replace("REF*6R*PL000021L1~\n", "")
    expect(refusal(text)).toMatch(
      /^transaction 0001: SE01 says (\d+) segments but the transaction has (\d+) \(truncated or corrupt\)$/
    )
    const [, says, has] = /SE01 says (\d+) segments but the transaction has (\d+)/.exec(refusal(text))!
    expect(Number(says) - Number(has)).toBe(1)
  })

  it("a second transaction whose ST was lost: GE01 and the segment outside a transaction are named", () => {
    expect(refusal(multi.replace("ST*835*1002*005010X221A1~", ""))).toBe(
      "corrupt X12: segment 44 (BPR) is outside a transaction"
    )
    expect(refusal(multi.replace("GE*2*201~", "GE*3*201~"))).toBe(
      "functional group 201: GE01 says 3 transactions but the group holds 2 (truncated or corrupt)"
    )
  })

  it("an SE missing between two transactions", () => {
    expect(refusal(multi.replace(/SE\*41\*1001~/, ""))).toBe(
      "corrupt X12: transaction 1001 has no SE segment before segment 43 (ST)"
    )
  })

  it("garbage in the middle, a damaged ISA, a bad amount", () => {
    expect(refusal(reversals.replace("N3*PO BOX 1000~", "N3*PO BOX 1000~\u0007\u0000#!~"))).toBe(
      "corrupt X12: segment 8 has no valid segment ID"
    )
    expect(refusal(reversals.replace("*00501*", "*00501"))).toBe(
      "corrupt X12: the ISA segment is damaged (its date, time, version or control number is malformed)"
    )
    expect(refusal(reversals.replace("CLP*PL000021*1*150*80*", "CLP*PL000021*1*150*8O*"))).toBe(
      "CLP04 (transaction 0001, segment 35) is not an amount"
    )
    expect(refusal("ISA*00*")).toBe("not an X12 835: the ISA segment is incomplete")
  })

  it("no refusal message holds a patient's name, member ID or claim number", () => {
    const messages = [
      refusal(reversals.replace("CLP*PL000021*1*150*80*", "CLP*PL000021*1*150*8O*")),
      refusal(reversals.replace("CAS*CO*45*50~", "CAS*ZZ*45*50~")),
      refusal(reversals.slice(0, reversals.indexOf("CLP*PL000022")))
    ]
    for (const m of messages) expect(m).not.toMatch(/NGUYEN|OBRIEN|MORENO|W\d{9}|PL0000|2620/)
  })
})

describe("era refuses a file over the size limit", () => {
  const dir = mkdtempSync(join(tmpdir(), "era-big-"))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it(`the limit is ${MAX_ERA_BYTES / 1024 / 1024} MB, checked before reading`, () => {
    expect(() => checkEraSize(MAX_ERA_BYTES)).not.toThrow()
    expect(() => checkEraSize(50 * 1024 * 1024)).toThrow(
      "the file is 50.0 MB; remittance files over 25 MB are refused (ask the payer or clearinghouse for one file per check)"
    )
    expect(() => parseRemittance("ISA" + " ".repeat(MAX_ERA_BYTES))).toThrow(/remittance files over 25 MB are refused/)
  })

  it(
    "the command line refuses a real 50 MB 835 at once with one line; it still reads a small one",
    { timeout: 120_000 },
    async () => {
      // a valid file: one 835 interchange repeated until it is past 50 MB
      const big = join(dir, "fifty.835")
      writeFileSync(big, multi.repeat(Math.ceil((50 * 1024 * 1024) / multi.length)))
      const [refused, small, missing, none] = await Promise.all([
        runEra([big]),
        runEra([join(SYNTH, "bh-multi-interchange.835")]),
        runEra([join(dir, "nope.835")]),
        runEra([])
      ])
      expect(refused.status).toBe(2)
      expect(refused.stdout).toBe("")
      expect(refused.stderr).toMatch(
        /^era: fifty\.835: the file is 50\.\d MB; remittance files over 25 MB are refused \(ask the payer or clearinghouse for one file per check\)\n$/
      )
      expect(small.status).toBe(0)
      expect(JSON.parse(small.stdout).claims).toHaveLength(7)
      expect(missing).toMatchObject({ status: 2, stdout: "", stderr: "era: cannot read nope.835 (ENOENT)\n" })
      expect(none).toMatchObject({ status: 2, stdout: "", stderr: "era: usage: npm run --silent era -- FILE.835\n" })
    }
  )

  it(
    "the command line refuses an 837 and a truncated file with one line and nothing on stdout",
    { timeout: 120_000 },
    async () => {
      const claimFile = join(dir, "claims.837")
      writeFileSync(
        claimFile,
        envelope835(["BHT*0019*00*0123*20261105*0930*CH"], { st01: "837", version: "005010X222A1", gs01: "HC" })
      )
      const cut = join(dir, "cut.835")
      writeFileSync(cut, reversals.slice(0, 900))
      const [a, b] = await Promise.all([runEra([claimFile]), runEra([cut])])
      expect(a).toMatchObject({
        status: 2,
        stdout: "",
        stderr:
          "era: claims.837: not an 835: this file holds an 837 health care claim (005010X222A1), not a remittance\n"
      })
      expect(b).toMatchObject({
        status: 2,
        stdout: "",
        stderr: "era: cut.835: the file is truncated: transaction 0001 ends without its SE segment\n"
      })
    }
  )
})
