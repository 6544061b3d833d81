// Loads the built extension into Debian Chromium with the sandbox portal standing in for the real hosts.
import { mkdtempSync, rmSync, existsSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { chromium, type BrowserContext, type Page, type Worker } from "@playwright/test"
import { startSandbox, type Sandbox } from "../sandbox/server"

export const EXTENSION_DIR = join(import.meta.dirname, "..", "..", "build", "chrome-mv3-prod")
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
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
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

/** Every row of one table, read inside the service worker. */
export async function storedRows<T = Record<string, any>>(
  worker: Worker,
  table: "claims" | "authorizations" | "captures"
): Promise<T[]> {
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

export async function storedClaimNumbers(worker: Worker): Promise<string[]> {
  return (await storedRows<{ claimNumber: string }>(worker, "claims")).map((c) => c.claimNumber).sort()
}
