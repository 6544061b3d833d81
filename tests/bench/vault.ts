// The protected store's budgets (issue 14 and 15):
// - unlock with 10,000 claims and 2,000 authorizations stored: key derivation (PBKDF2, 600,000 iterations), opening
//   the kept snapshot and the first view's answer, in Debian Chromium with the built extension (≤ 1.5 s);
// - a capture of a 1,000-row page stored sealed against the same capture stored in clear as before v5 (the merge,
//   then the rows put in one transaction), in Node over fake-indexeddb, alternating, medians (≤ 2×);
// - a 5,000-claim 835 parsed, merged, sealed and stored in one transaction, in Node over fake-indexeddb (≤ 3 s).
// Node's IndexedDB is not Chromium's: the two Node figures weigh our work (merge, WebCrypto, structured clone), not
// the browser's disk.
import "fake-indexeddb/auto"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { PayerLensDb } from "../../src/storage/db"
import { openStore } from "../../src/storage"
import { planCapture } from "../../src/storage/store-capture"
import { createKeyFile } from "../../src/crypto/keys"
import { encryptBackup } from "../../src/crypto/backup"
import { toBase64Url } from "../../src/crypto/bytes"
import { parseRemittance } from "../../src/era"
import type { Capture, Claim } from "../../src/model/capture"
import { bigFile, writeSynthFile } from "../tools/era-synth"
import { launchWithExtension, TEST_PASSPHRASE } from "../e2e/harness"
import { practice } from "./reminders"
import { digits, figure, median, type Figure } from "./figures"

const RUNS = 7
let dbs = 0
const freshDb = () => new PayerLensDb(`payerlens-bench-${process.pid}-${dbs++}`)

/** A claim-status results page of `rows` claims, each a different client. */
function bigCapture(rows: number): Capture {
  const claims: Claim[] = Array.from({ length: rows }, (_, i) => ({
    claimNumber: `2026${String(i).padStart(6, "0")}AB`,
    payer: "Anthem Blue Cross Blue Shield",
    patient: { name: `CLIENT, NUMBER${i}`, memberId: `XGH${String(884512301 + i)}`, dateOfBirth: null },
    providerNpi: null,
    serviceFrom: "2026-10-07",
    serviceTo: "2026-10-07",
    receivedDate: "2026-10-09",
    processedDate: "2026-10-21",
    paymentDate: null,
    status: "denied",
    statusText: "Denied",
    billedCents: 18000,
    allowedCents: null,
    paidCents: 0,
    patientResponsibilityCents: null,
    checkNumber: null,
    diagnosisCodes: ["F33.1"],
    adjustments: [{ group: "CO", reason: "197", amountCents: 18000 }],
    remarkCodes: ["N54"],
    lines: []
  })) as Claim[]
  return {
    schemaVersion: "1",
    url: "https://apps.availity.com/public/apps/claim-status/results",
    portal: "availity",
    pageKind: "claim-list",
    capturedAt: "2026-11-27T15:00:00Z",
    claims,
    authorizations: [],
    warnings: []
  } as unknown as Capture
}

/** The write path before v5: the merge, then the clear rows put in one transaction. */
async function storeClear(db: PayerLensDb, capture: Capture, now: Date) {
  const claims = new Map((await db.claims.toArray()).map((c) => [c.key, c]))
  const auths = new Map((await db.authorizations.toArray()).map((a) => [a.key, a]))
  const { change } = planCapture({ claims, auths }, capture, now)
  await db.transaction("rw", [db.claims, db.authorizations, db.history, db.captures], async () => {
    await db.claims.bulkPut(change.claims)
    await db.authorizations.bulkPut(change.auths)
    await db.history.bulkAdd(change.history)
    await db.captures.add(change.captureLog!)
  })
}

async function captureFigures(): Promise<Figure[]> {
  const keys = await createKeyFile(TEST_PASSPHRASE)
  const capture = bigCapture(1000)
  const now = new Date("2026-11-27T15:00:00Z")
  const clear: number[] = []
  const sealed: number[] = []
  for (let i = 0; i < RUNS + 1; i++) {
    for (const kind of i % 2 ? (["sealed", "clear"] as const) : (["clear", "sealed"] as const)) {
      const db = freshDb()
      const store = openStore(db, { unlocked: keys })
      await store.state() // opened before the clock starts, as the worker is when a page arrives
      await db.open()
      const t = performance.now()
      if (kind === "clear") await storeClear(db, capture, now)
      else await store.storeCapture(capture, now)
      const ms = performance.now() - t
      if (i > 0) (kind === "clear" ? clear : sealed).push(ms) // the first round warms the JIT
      await store.lock(now, "user")
      await db.delete()
    }
  }
  const ratios = sealed.map((s, i) => s / clear[i])
  return [
    figure(
      "capture-1000-rows-sealed-vs-clear",
      ratios,
      "×",
      2,
      `Node + fake-indexeddb, alternating: sealed ${digits(median(sealed))} ms, clear ${digits(median(clear))} ms`
    )
  ]
}

async function importFigures(): Promise<Figure[]> {
  const keys = await createKeyFile(TEST_PASSPHRASE)
  const dir = mkdtempSync(join(tmpdir(), "era-import-bench-"))
  try {
    const { path } = writeSynthFile(dir, bigFile(5000))
    const text = readFileSync(path, "utf8")
    const times: number[] = []
    let claims = 0
    for (let i = 0; i < 6; i++) {
      const db = freshDb()
      const store = openStore(db, { unlocked: keys })
      await store.state()
      const t = performance.now()
      const remittance = parseRemittance(text)
      const [summary] = await store.importRemittance([{ name: "bench.835", remittance }], new Date())
      if (i > 0) times.push(performance.now() - t)
      claims = (await store.records()).claims.length
      if (!summary) throw new Error("the import gave no summary")
      await store.lock(new Date(), "user")
      await db.delete()
    }
    if (claims !== 5000) throw new Error(`the import stored ${claims} claims, not 5000`)
    return [figure("era-import-5000-claims-parsed-merged-sealed-stored", times, "ms", 3000, "Node + fake-indexeddb")]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const UNLOCK_AND_FIRST_VIEW = `(async (passphrase) => {
  const send = (m) => chrome.runtime.sendMessage(m)
  const t = performance.now()
  const unlocked = await send({ type: "vault/unlock", passphrase })
  const answer = await send({ type: "overview/get", limit: 6 })
  return { ms: performance.now() - t, ok: unlocked.ok && answer.ok, error: unlocked.error || answer.error }
})`

async function unlockFigures(): Promise<Figure[]> {
  const h = await launchWithExtension()
  try {
    const { auths, claims } = practice(2000, 10_000)
    const backup = toBase64Url(
      await encryptBackup(
        {
          app: "PayerLens",
          version: 5,
          exportedAt: new Date().toISOString(),
          claims,
          authorizations: auths,
          history: [],
          reminders: [],
          settings: []
        },
        TEST_PASSPHRASE
      )
    )
    const page = await h.context.newPage()
    await page.goto(`chrome-extension://${h.extensionId}/options.html`)
    const restored = (await page.evaluate(
      ([b, passphrase]) =>
        (globalThis as any).chrome.runtime.sendMessage({ type: "data/import", backup: b, passphrase }),
      [backup, TEST_PASSPHRASE]
    )) as { ok: boolean; error?: string }
    if (!restored.ok) throw new Error(`the practice was not restored: ${restored.error}`)
    const times: number[] = []
    for (let i = 0; i < 6; i++) {
      await page.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: "vault/lock" }))
      const run = await page.evaluate(`${UNLOCK_AND_FIRST_VIEW}(${JSON.stringify(TEST_PASSPHRASE)})`)
      const { ms, ok, error } = run as { ms: number; ok: boolean; error?: string }
      if (!ok) throw new Error(`unlock failed: ${error}`)
      if (i > 0) times.push(ms)
    }
    return [
      figure(
        "unlock-10k-claims-2k-auths",
        times,
        "ms",
        1500,
        "Chromium: vault/unlock (PBKDF2 600,000) then the first view's overview/get"
      )
    ]
  } finally {
    await h.close()
  }
}

/** `npm run bench` (group "vault"). */
export async function vaultFigures(): Promise<Figure[]> {
  return [...(await unlockFigures()), ...(await captureFigures()), ...(await importFigures())]
}
