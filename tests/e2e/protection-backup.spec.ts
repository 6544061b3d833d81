// Bad backups through the real options page's restore form (issue 14, "Attacks and faults"): a real export of the
// sandbox portal's captures, then cut short, one byte flipped, made by a newer PayerLens (data version and backup
// format), and a file over 100 MB (refused in the page before it is read or sent). Each is refused with a clear
// message and every IndexedDB store is byte-for-byte what it was.
import { mkdtempSync, rmSync, writeFileSync, openSync, ftruncateSync, closeSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { expect, test, type Page } from "@playwright/test"
import { decryptBackup, encryptBackup, MAX_BACKUP_BYTES } from "../../src/crypto/backup"
import { launchWithExtension, TEST_PASSPHRASE, type Harness } from "./harness"
import { extensionPage, fixture, send, tablesText } from "./protection-helpers"

let h: Harness
let dir: string
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "payerlens-backups-"))
})
test.afterEach(async () => {
  await h?.close()
  rmSync(dir, { recursive: true, force: true })
})
test.setTimeout(240_000)

const CAPTURED = [fixture("availity", "01-claim-status-results"), fixture("availity", "03-auth-list")]

/** Picks `file` in the restore form, types the passphrase, restores, and returns the message the page shows. */
async function restore(options: Page, file: string, refusedOnPick = false): Promise<string> {
  const shown = () => options.evaluate(() => document.querySelector("[data-testid=options-message]")?.textContent ?? "")
  await options.evaluate(() => document.querySelector("[data-testid=options-message]")?.replaceChildren())
  await options.getByLabel("Passphrase of the backup file").fill(TEST_PASSPHRASE)
  await options.getByTestId("restore-file").setInputFiles(file)
  const restoreButton = options.getByRole("button", { name: "Restore", exact: true })
  // a file refused when picked (too large) is dropped at once: Restore stays disabled and the message says why
  if (refusedOnPick) await expect(restoreButton).toBeDisabled()
  else await restoreButton.click()
  await expect.poll(shown, { timeout: 60_000 }).not.toBe("")
  return shown()
}

test("truncated, one byte flipped, from a newer version, 100 MB: each refused with a clear message, nothing changed", async () => {
  h = await launchWithExtension()
  const ext = await extensionPage(h.context, h.extensionId)
  const portal = await h.context.newPage()
  const totals = async () => (await send(ext, { type: "overview/get" })).overview?.totals
  await portal.goto(CAPTURED[0].url)
  await expect.poll(async () => (await totals())?.claims).toBe(CAPTURED[0].expected.claims.length)
  await portal.goto(CAPTURED[1].url)
  await expect
    .poll(totals)
    .toEqual({ claims: CAPTURED[0].expected.claims.length, authorizations: CAPTURED[1].expected.authorizations.length })

  const exported = await send(ext, { type: "data/export", passphrase: TEST_PASSPHRASE })
  expect(exported.ok, exported.error).toBe(true)
  const good = new Uint8Array(Buffer.from(exported.backup, "base64"))
  const header = good.indexOf(0x0a, good.indexOf(0x0a) + 1) + 1 // the magic line, then the JSON header line
  expect(header).toBeGreaterThan(30)

  const opened = (await decryptBackup(good, TEST_PASSPHRASE)) as { version: number }
  const newerData = await encryptBackup({ ...opened, version: opened.version + 1 }, TEST_PASSPHRASE)
  const newerFormat = new Uint8Array(
    Buffer.from(Buffer.from(good).toString("latin1").replace('"format":1', '"format":2'), "latin1")
  )
  expect(newerFormat).not.toEqual(good)
  const flipped = new Uint8Array(good)
  flipped[header + Math.floor((good.length - header) / 2)] ^= 0x01
  const files: [string, Uint8Array, RegExp][] = [
    ["truncated.plbackup", good.subarray(0, good.length - 37), /cut short/],
    ["header-cut.plbackup", good.subarray(0, header - 5), /cut short/],
    ["flipped.plbackup", flipped, /changed or damaged/],
    ["newer-data.plbackup", newerData, /newer PayerLens.*update PayerLens first/],
    ["newer-format.plbackup", newerFormat, /newer PayerLens.*update PayerLens first/]
  ]
  for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes)
  // over 100 MB: a sparse file, refused by its size before it is read
  const huge = join(dir, "huge.plbackup")
  const fd = openSync(huge, "w")
  ftruncateSync(fd, MAX_BACKUP_BYTES + 1)
  closeSync(fd)

  const options = await h.context.newPage()
  await options.goto(`chrome-extension://${h.extensionId}/options.html`)
  await expect(options.getByTestId("restore-file")).toBeVisible()
  const before = await tablesText(h.worker)
  const auditBefore = (await send(ext, { type: "audit/list" })).entries.length

  for (const [name, , why] of files) {
    const shown = await restore(options, join(dir, name))
    expect(shown, name).toMatch(/^Nothing was changed: /)
    expect(shown, name).toMatch(why)
    expect(await tablesText(h.worker), name).toEqual(before)
  }

  // the page refuses the 100 MB file itself: no data/import reaches the worker
  await options.evaluate(() => {
    const runtime = (globalThis as any).chrome.runtime
    const original = runtime.sendMessage.bind(runtime)
    ;(globalThis as any).__sent = []
    runtime.sendMessage = (message: { type: string }, ...rest: unknown[]) => {
      ;(globalThis as any).__sent.push(message?.type)
      return original(message, ...rest)
    }
  })
  const shown = await restore(options, huge, true)
  expect(shown).toMatch(
    /^Nothing was changed: this file is [\d.]+ MB; a PayerLens backup is never over [\d.]+ MB, so it was not read/
  )
  expect(await options.evaluate(() => (globalThis as any).__sent)).not.toContain("data/import")
  expect(await tablesText(h.worker)).toEqual(before)

  // the same checks through the message itself, from an extension page
  for (const [name, bytes, why] of files) {
    const reply = await send(ext, {
      type: "data/import",
      backup: Buffer.from(bytes).toString("base64url"),
      passphrase: TEST_PASSPHRASE
    })
    expect(reply.ok, name).toBe(false)
    expect(reply.error, name).toMatch(why)
  }
  expect(await tablesText(h.worker)).toEqual(before)
  const audit = await send(ext, { type: "audit/list" })
  expect(audit.check).toEqual({ ok: true })
  expect(audit.entries.length).toBe(auditBefore) // a refused restore is not a restore

  // and the good backup still restores (the form works; the refusals were about the files)
  writeFileSync(join(dir, "good.plbackup"), good)
  expect(await restore(options, join(dir, "good.plbackup"))).toMatch(/^Restored 4 claims, 3 authorizations/)
})
