// Shared by the protection specs (issue 14, "Attacks and faults"): messages sent from an extension page, every
// IndexedDB store dumped from inside the worker, and the strings of a fixture that name a client or a claim.
import type { BrowserContext, Page, Worker } from "@playwright/test"
import type { Capture } from "../../src/model/capture"
import { listFixtures, secretsOf } from "../sandbox/pages"

export { secretsOf }

export const fixture = (portal: string, name: string) => {
  const f = listFixtures().find((x) => x.portal === portal && x.name === name)
  if (!f) throw new Error(`no fixture ${portal}/${name}`)
  return { url: f.url, expected: structuredClone(f.expected) as Capture }
}

/** An extension page (options.html) kept open to send messages from, as PayerLens's own pages do. */
export async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`chrome-extension://${extensionId}/options.html`)
  return page
}

export type Reply = { ok: boolean; error?: string; [k: string]: any }
export const send = (page: Page, message: object): Promise<Reply> =>
  page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message)

export type Dump = { stores: Record<string, { count: number; text: string }>; local: string }

/** Every object store of the "payerlens" database, read inside the worker, rows as JSON with bytes (Uint8Array,
 * ArrayBuffer) as latin1 text: what a copy of the profile's disk shows. Also chrome.storage.local. */
export async function dumpEverything(worker: Worker): Promise<Dump> {
  return worker.evaluate(
    () =>
      new Promise<Dump>((resolve, reject) => {
        const latin1 = (bytes: Uint8Array) => {
          let s = ""
          for (let i = 0; i < bytes.length; i += 8192)
            s += String.fromCharCode(...Array.from(bytes.subarray(i, i + 8192)))
          return s
        }
        const replacer = (_k: string, v: unknown) =>
          v instanceof Uint8Array
            ? latin1(v)
            : v instanceof ArrayBuffer
              ? latin1(new Uint8Array(v))
              : ArrayBuffer.isView(v)
                ? latin1(new Uint8Array(v.buffer, v.byteOffset, v.byteLength))
                : v
        const open = indexedDB.open("payerlens")
        open.onerror = () => reject(open.error)
        open.onsuccess = async () => {
          const db = open.result
          const names = [...db.objectStoreNames]
          const tx = db.transaction(names)
          const stores: Dump["stores"] = {}
          for (const name of names)
            stores[name] = await new Promise((done, fail) => {
              const req = tx.objectStore(name).getAll()
              req.onsuccess = () => done({ count: req.result.length, text: JSON.stringify(req.result, replacer) })
              req.onerror = () => fail(req.error)
            })
          db.close()
          const local = JSON.stringify(await (globalThis as any).chrome.storage.local.get(null), replacer)
          resolve({ stores, local })
        }
      })
  )
}

/** The secrets found in a dump, as "store: secret" (empty when nothing is in clear). */
export function secretsIn(dump: Dump, secrets: string[]): string[] {
  const found: string[] = []
  for (const [name, { text }] of Object.entries(dump.stores))
    for (const s of secrets) if (text.includes(s)) found.push(`${name}: ${s}`)
  for (const s of secrets) if (dump.local.includes(s)) found.push(`chrome.storage.local: ${s}`)
  return found
}

/** The sealed and clear tables as text, to compare before and after something that must change nothing. */
export async function tablesText(worker: Worker): Promise<Record<string, string>> {
  const { stores } = await dumpEverything(worker)
  return Object.fromEntries(Object.entries(stores).map(([name, { text }]) => [name, text]))
}
