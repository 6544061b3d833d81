import { readFileSync } from "node:fs"
import { join } from "node:path"
import Ajv2020 from "ajv/dist/2020.js"
import { parseHtml } from "../../src/cli/dom"
import { capturePage } from "../../src/reader"
import { PayerLensDb } from "../../src/storage/db"
import { openStore } from "../../src/storage"
import { createKeyFile } from "../../src/crypto/keys"
import { sharedPath } from "./shared"
import type { Deps } from "../../src/worker/context"

/** The worker's dependencies as tests build them, with the database they opened kept at hand. */
export type TestDeps = Deps & { db: PayerLensDb }

/** Narrows a reply to its success shape, failing the test (with the error) when it is a failure. */
export function ok<R extends { ok: boolean }>(reply: R): Extract<R, { ok: true }> {
  if (!reply.ok) throw new Error(`expected a success reply, got: ${JSON.stringify(reply)}`)
  return reply as Extract<R, { ok: true }>
}

export const CONTRACTS = sharedPath("contracts")

export function contractValidator() {
  const schema = JSON.parse(readFileSync(join(CONTRACTS, "capture-v1.schema.json"), "utf8"))
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  return ajv.compile(schema)
}

export function readHtml(html: string, url: string) {
  const { document, close } = parseHtml(html, url)
  try {
    return capturePage(document, url)
  } finally {
    close()
  }
}

let n = 0
export function freshDb(): PayerLensDb {
  return new PayerLensDb(`payerlens-test-${process.pid}-${n++}`)
}

export const EXT_ID = "abcdefghijklmnopabcdefghijklmnop"
export const SELF = { extensionId: EXT_ID, extensionOrigin: `chrome-extension://${EXT_ID}/` }
export const POPUP_SENDER = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/popup.html` }

/** The passphrase the test stores are protected with. */
export const TEST_PASSPHRASE = "violet harbor lantern quietly 2049"
/** One key file per test process: each test's store starts unlocked with it, without paying PBKDF2 again. */
let testKeys: ReturnType<typeof createKeyFile> | null = null
export const unlockedKeys = () => (testKeys ??= createKeyFile(TEST_PASSPHRASE))

/** A store over `db`, unlocked with the test keys (its key file is written on first use). */
export async function unlockedStore(db: PayerLensDb = freshDb()) {
  return openStore(db, { unlocked: await unlockedKeys() })
}

export type StoreState = "unlocked" | "locked" | "new"

/** The worker's dependencies over a fresh database, with what they were asked to do recorded. The store is unlocked
 * unless `state` says otherwise ("new": no passphrase yet; "locked": set up, then locked). */
export async function workerDeps(overrides: Partial<TestDeps> = {}, state: StoreState = "unlocked") {
  const db = overrides.db ?? freshDb()
  const store = state === "new" ? openStore(db) : await unlockedStore(db)
  if (state === "locked") {
    await store.state()
    await store.lock(new Date("2026-11-27T14:00:00Z"), "user")
  }
  let error: string | null = null
  const logged: string[] = []
  const badge: (number | "!")[] = []
  const notified: string[] = []
  const tabs = new Map<number, { claims: string[]; authorizations: string[] }>()
  const d: TestDeps = {
    db,
    store,
    self: SELF,
    now: () => new Date("2026-11-27T15:00:00Z"),
    setBadge: async (n) => void badge.push(n),
    storageError: { get: async () => error, set: async (m) => void (error = m) },
    log: (l) => void logged.push(l),
    grants: async () => ({ matches: [], tabs: {} }),
    injectReader: async () => undefined,
    registerSite: async () => undefined,
    notify: async (n) => void notified.push(n.title),
    scheduleTick: async () => undefined,
    keepAnswer: async () => undefined,
    dropAnswer: async () => undefined,
    forgetSites: async () => undefined,
    clearSession: async () => undefined,
    stopReadingSite: async () => undefined,
    tabRecords: { remember: async (id, keys) => void tabs.set(id, keys), get: async (id) => tabs.get(id) ?? null },
    ...overrides
  }
  return { d, db, logged, badge, notified }
}

/** Every table's rows, to compare a store before and after something that must change nothing. */
export async function snapshotDb(db: PayerLensDb) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)))
}
