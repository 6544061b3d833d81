// Loads the built extension into Debian Chromium with the sandbox portal standing in for the real hosts.
import { mkdtempSync, rmSync, existsSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { chromium, type BrowserContext, type Page, type Worker } from "@playwright/test"
import { startSandbox, type Sandbox } from "../sandbox/server"
import type { RawBrowser } from "./raw-cdp"

/** PAYERLENS_BUILD: another build folder (engineers building side by side); the project's build by default. */
export const EXTENSION_DIR =
  process.env.PAYERLENS_BUILD ?? join(import.meta.dirname, "..", "..", "build", "chrome-mv3-prod")
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

export type Harness = {
  context: BrowserContext
  sandbox: Sandbox
  worker: Worker
  extensionId: string
  openPopup: () => Promise<Page>
  close: () => Promise<void>
}

/** The passphrase the e2e tests protect PayerLens with (strong by src/crypto/strength.ts). */
export const TEST_PASSPHRASE = "copper lantern orchard velvet rhubarb"

type VaultReply = { ok: boolean; state?: string; error?: string }

/** Sends one vault message from an extension page (the worker accepts them from its own pages only). */
async function sendFromExtensionPage(context: BrowserContext, message: object): Promise<VaultReply> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"))
  const page = await context.newPage()
  try {
    // options.html is a page of the extension's own origin; it asks vault/status too, which changes nothing
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`)
    return await page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message)
  } finally {
    await page.close()
  }
}

/** Chromium's flags for a test browser with `extension` loaded and nothing of Chrome's own talking to the network. */
export const extensionArgs = (extension = EXTENSION_DIR): string[] => [
  `--disable-extensions-except=${extension}`,
  `--load-extension=${extension}`,
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run"
]

/** Protects PayerLens with `passphrase` through the real vault/setup message, as the setup form does, so the store
 * accepts captures. A profile set up before (launched again: the browser's restart locked it) is unlocked with it. */
export async function setUpPassphrase(context: BrowserContext, passphrase = TEST_PASSPHRASE): Promise<void> {
  const status = await sendFromExtensionPage(context, { type: "vault/status" })
  if (!status.ok) throw new Error(`vault/status failed: ${status.error}`)
  if (status.state === "unlocked") return
  const type = status.state === "new" ? "vault/setup" : "vault/unlock"
  const reply = await sendFromExtensionPage(context, { type, passphrase })
  if (!reply.ok) throw new Error(`${type} failed: ${reply.error}`)
}

/** The same over a bare DevTools connection (worker-restart.spec.ts drives Chromium through raw-cdp.ts): an
 * options page of the extension sends vault/setup, then closes. */
export async function setUpPassphraseRaw(
  browser: RawBrowser,
  extensionId: string,
  passphrase = TEST_PASSPHRASE
): Promise<void> {
  const { targetId } = await browser.send("Target.createTarget", {
    url: `chrome-extension://${extensionId}/options.html`
  })
  try {
    const send = (message: object) =>
      browser.evaluate<VaultReply>(targetId, `chrome.runtime.sendMessage(${JSON.stringify(message)})`)
    let status: VaultReply | null = null
    for (let i = 0; i < 50 && !status; i++)
      status = await send({ type: "vault/status" }).catch(
        () => new Promise<null>((r) => setTimeout(() => r(null), 100))
      )
    if (!status?.ok) throw new Error(`vault/status failed: ${status?.error}`)
    if (status.state === "unlocked") return
    const type = status.state === "new" ? "vault/setup" : "vault/unlock"
    const reply = await send({ type, passphrase })
    if (!reply.ok) throw new Error(`${type} failed: ${reply.error}`)
  } finally {
    await browser.send("Target.closeTarget", { targetId })
  }
}

/** `profile`: a user-data folder to use and keep (to launch the same profile twice); a fresh one otherwise.
 * `extension`: another unpacked extension folder than the build (the benchmarks' blank popup).
 * `setUp`: protect (or unlock) PayerLens with TEST_PASSPHRASE before the test starts (the default for the build;
 * false leaves a new profile at the first-run setup form). */
export async function launchWithExtension(
  options: { headless?: boolean; profile?: string; extension?: string; extraHosts?: string[]; setUp?: boolean } = {}
): Promise<Harness> {
  const extension = options.extension ?? EXTENSION_DIR
  if (!existsSync(join(extension, "manifest.json")))
    throw new Error(`no built extension in ${extension}: run npm run build`)
  // Playwright reports service-worker requests only with this set (used by the zero-network test).
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1"
  const sandbox = await startSandbox(options.extraHosts)
  const userDataDir = options.profile ?? mkdtempSync(join(tmpdir(), "payerlens-chromium-"))
  const headless = options.headless ?? true
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1280, height: 860 },
    args: [
      ...(headless ? ["--headless=new"] : []),
      ...extensionArgs(extension),
      "--disable-quic",
      ...sandbox.chromiumArgs
    ]
  })
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"))
  const extensionId = new URL(worker.url()).host
  if (options.setUp ?? !options.extension)
    await setUpPassphrase(context).catch(async (error) => {
      await context.close()
      await sandbox.close()
      throw error
    })
  return {
    context,
    sandbox,
    worker,
    extensionId,
    async openPopup() {
      const page = await context.newPage()
      await page.setViewportSize({ width: 420, height: 600 })
      await page.goto(`chrome-extension://${extensionId}/popup.html`)
      return page
    },
    async close() {
      await context.close()
      await sandbox.close()
      if (!options.profile) rmSync(userDataDir, { recursive: true, force: true })
    }
  }
}

/** Every row of one clear table, read inside the service worker. */
async function clearRows<T>(worker: Worker, table: string): Promise<T[]> {
  return worker.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open("payerlens")
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains(name)) return resolve([])
          const req = db.transaction(name).objectStore(name).getAll()
          req.onsuccess = () => resolve(req.result)
          req.onerror = () => reject(req.error)
        }
      }),
    table
  )
}

const SEALED_TABLES = ["vault", "sealedClaims", "sealedAuthorizations", "sealedHistory"] as const
type Dump = { key: string | null; tables: Record<(typeof SEALED_TABLES)[number], unknown[]> } | null

/** The sealed tables and the session's data key, dumped inside the worker (bytes as { bytes: number[] }). A string:
 * tsx (the demo) would give the function's inner helpers names through a helper the worker does not have. */
const DUMP = `(names) => new Promise((resolve, reject) => {
  const plain = (value) =>
    value instanceof Uint8Array ? { bytes: Array.from(value) }
    : Array.isArray(value) ? value.map(plain)
    : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
    : value
  const open = indexedDB.open("payerlens")
  open.onerror = () => reject(open.error)
  open.onsuccess = async () => {
    const db = open.result
    if (!names.every((name) => db.objectStoreNames.contains(name))) return resolve(null)
    const tx = db.transaction(names)
    const read = (name) => new Promise((done, fail) => {
      const req = tx.objectStore(name).getAll()
      req.onsuccess = () => done(req.result.map(plain))
      req.onerror = () => fail(req.error)
    })
    const tables = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await read(n)])))
    const session = await chrome.storage.session.get("vaultKey")
    resolve({ key: session.vaultKey ?? null, tables })
  }
})`

async function dumpSealed(worker: Worker): Promise<Dump> {
  return worker.evaluate(`(${DUMP})(${JSON.stringify(SEALED_TABLES)})`)
}

const revive = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(revive)
    : value && typeof value === "object"
      ? "bytes" in value && Array.isArray(value.bytes) && Object.keys(value).length === 1
        ? new Uint8Array(value.bytes as number[])
        : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]))
      : value

/** The claims or authorizations PayerLens holds, opened as the unlocked worker opens them: the sealed rows and the
 * snapshot copied into an in-memory database here and opened by src/storage/sealed.ts loadOpen with the data key
 * the worker keeps in session storage. Throws while PayerLens is locked (the key is not there). */
async function openedRows<T>(worker: Worker, table: "claims" | "authorizations"): Promise<T[] | null> {
  const dump = await dumpSealed(worker)
  if (!dump) return null
  const { vault, ...sealed } = dump.tables as Record<string, Record<string, unknown>[]>
  const keyFile = vault.find((row) => row.name === "keyFile")?.value
  if (!keyFile) return [] // not set up: nothing is kept
  if (!dump.key) throw new Error("storedRows: PayerLens is locked, so its records cannot be read")
  const { IDBFactory, IDBKeyRange } = await import("fake-indexeddb")
  const { PayerLensDb } = await import("../../src/storage/db")
  const { loadOpen } = await import("../../src/storage/sealed")
  const { keysFromDataKey } = await import("../../src/crypto/keys")
  const { fromBase64Url } = await import("../../src/crypto/bytes")
  const db = new PayerLensDb("copy", { indexedDB: new IDBFactory(), IDBKeyRange })
  try {
    await db.vault.bulkPut(revive(vault) as never[])
    await db.sealedClaims.bulkPut(revive(sealed.sealedClaims) as never[])
    await db.sealedAuthorizations.bulkPut(revive(sealed.sealedAuthorizations) as never[])
    await db.sealedHistory.bulkPut(revive(sealed.sealedHistory) as never[])
    const keys = await keysFromDataKey(fromBase64Url(dump.key)!, revive(keyFile))
    const open = await loadOpen(db, keys)
    return [...(table === "claims" ? open.claims : open.auths).values()] as T[]
  } finally {
    db.close()
  }
}

/** Every claim or authorization PayerLens holds (decrypted, as the worker sees them), or every row of the captures
 * log. */
export async function storedRows<T = Record<string, any>>(
  worker: Worker,
  table: "claims" | "authorizations" | "captures"
): Promise<T[]> {
  if (table === "captures") return clearRows<T>(worker, table)
  return (await openedRows<T>(worker, table)) ?? clearRows<T>(worker, table)
}

export async function storedClaimNumbers(worker: Worker): Promise<string[]> {
  return (await storedRows<{ claimNumber: string }>(worker, "claims")).map((c) => c.claimNumber).sort()
}
