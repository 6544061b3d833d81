// era/preview, era/import and payments/list through the worker's dispatcher: bad files each refused with one clear
// line beside the good ones, nothing stored from a refused file, the same file twice changing nothing.
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { handleMessage } from "../../src/worker/dispatch"
import { envelope835 } from "../tools/era-synth"
import { POPUP_SENDER, ok, snapshotDb, workerDeps } from "./helpers"
import { HAS_SHARED, NEEDS_SHARED, sharedPath } from "./shared"

const SYNTH = join(import.meta.dirname, "..", "fixtures", "era", "synthetic")
const good = readFileSync(join(SYNTH, "bh-single-transaction.835"), "utf8")
const BODY = [
  "BPR*I*95*C*ACH************20261102",
  "TRN*1*123456*1999",
  "N1*PR*AETNA",
  "LX*1",
  "CLP*PCN1*1*150*95*20*12*AET0001"
]

/** The bad files issue 15 names, each with the one line the import shows for it. */
const BAD: [string, string, string][] = [
  ["claims.csv", "Claim,Patient,Paid\n1,DOE,95.00\n", "Not an X12 835: the file does not begin with an ISA segment."],
  [
    "half.835",
    good.slice(0, Math.floor(good.length / 2)),
    "The file is truncated: transaction 0001 ends without its SE segment."
  ],
  [
    "count.835",
    envelope835(BODY, { se01: 4 }),
    "Transaction 0001: SE01 says 4 segments but the transaction has 7 (truncated or corrupt)."
  ],
  [
    "claims.837",
    envelope835(["BHT*0019*00*1*20261105*0930*CH"], { st01: "837", version: "005010X222A1" }),
    "Not an 835: this file holds an 837 health care claim (005010X222A1), not a remittance."
  ],
  [
    "status.277",
    envelope835(["BHT*0010*08*1*20261105*0930"], { st01: "277", version: "005010X212", gs01: "HN" }),
    "Not an 835: this file holds a 277 claim status response (005010X212), not a remittance."
  ],
  [
    "huge.835",
    "ISA" + "*".repeat(26 * 1024 * 1024),
    "The file is 26.0 MB; remittance files over 25 MB are refused (ask the payer or clearinghouse for one file per check)."
  ]
]
const files = () => [{ name: "bh-single-transaction.835", text: good }, ...BAD.map(([name, text]) => ({ name, text }))]

let cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(cleanup.map((c) => c()))
  cleanup = []
})
async function deps() {
  const made = await workerDeps()
  cleanup.push(() => made.db.delete())
  return made
}

describe("era/preview", () => {
  it("summarises the good file and refuses each bad one with its one line, storing nothing", async () => {
    const { d, db } = await deps()
    await d.store.records() // an unlocked store writes its key file on first use
    const before = await snapshotDb(db)
    const reply = ok(await handleMessage({ type: "era/preview", files: files() }, POPUP_SENDER, d))
    expect(reply.files.map((f) => [f.name, f.ok ? f.summary.text : f.error])).toEqual([
      [
        "bh-single-transaction.835",
        "10 claims: 5 paid, 1 partially paid, 3 denied, 1 patient share only; 1 provider adjustment"
      ],
      ...BAD.map(([name, , error]) => [name, error])
    ])
    const first = reply.files[0]
    expect(first.ok && first.summary.changes).toMatchObject({ added: 10, updated: 0, paymentsAlreadyImported: 0 })
    expect(await snapshotDb(db)).toEqual(before)
  })

  it.skipIf(!HAS_SHARED)(`refuses a 4010 835 by its version${NEEDS_SHARED}`, async () => {
    const { d } = await deps()
    const text = readFileSync(
      sharedPath("data", "era-samples", "4010", "09-oopfactory-reversals-denials-bom.835"),
      "utf8"
    )
    const reply = ok(await handleMessage({ type: "era/preview", files: [{ name: "old.835", text }] }, POPUP_SENDER, d))
    expect(reply.files).toEqual([{ name: "old.835", ok: false, error: "Not a 5010 835 (version 004010X091A1)." }])
  })

  it("refuses files over 50 MB together before reading any", async () => {
    const { d } = await deps()
    const big = "ISA" + "*".repeat(26 * 1024 * 1024)
    const reply = await handleMessage(
      {
        type: "era/preview",
        files: [
          { name: "a.835", text: big },
          { name: "b.835", text: big }
        ]
      },
      POPUP_SENDER,
      d
    )
    expect(reply).toEqual({
      ok: false,
      error: "refused era/preview: files: the files are over 50.0 MB together; import them in smaller groups"
    })
  })
})

describe("era/import", async () => {
  const probe = await workerDeps()
  const ready = "importRemittance" in probe.d.store
  await probe.db.delete()

  it.skipIf(!ready)(
    `stores the good file, refuses each bad one, and a second import changes nothing${ready ? "" : " (skipped: the store has no importRemittance yet)"}`,
    async () => {
      const { d, db } = await deps()
      const reply = ok(await handleMessage({ type: "era/import", files: files() }, POPUP_SENDER, d))
      expect(reply.files.map((f) => (f.ok ? f.summary.changes?.added : f.error))).toEqual([10, ...BAD.map((b) => b[2])])
      const records = await d.store.records()
      expect(records.claims).toHaveLength(10)
      const payments = ok(await handleMessage({ type: "payments/list" }, POPUP_SENDER, d)).payments
      expect(payments.map((p) => [p.checkNumber, p.balanced, p.claimKeys.length])).toEqual([
        ["EFT2026110601", true, 10]
      ])
      const history = ok(
        await handleMessage({ type: "history/get", recordKey: records.claims[0].key }, POPUP_SENDER, d)
      ).history
      expect(history[0].source).toMatchObject({ kind: "remittance", checkNumber: "EFT2026110601" })

      const before = await snapshotDb(db)
      const again = ok(
        await handleMessage(
          { type: "era/import", files: [{ name: "bh-single-transaction.835", text: good }] },
          POPUP_SENDER,
          d
        )
      )
      expect(again.files[0].ok && again.files[0].summary.changes).toMatchObject({
        added: 0,
        updated: 0,
        paymentsAlreadyImported: 1
      })
      expect(await snapshotDb(db)).toEqual(before)
    }
  )
})
