// Erase means erase, in real Chromium (issue 14 part 6): after "Erase all data" no records, no session copies, no
// reader registered for a site the user allowed, no host permission for it, the calendar opt-in off, and a trail of
// one "data erased" entry. And "Stop reading this site" in the real popup takes that one site back, in the trail.
// Headless Chromium cannot answer Chrome's permission prompt, so the user's "Allow" for the site is recorded in the
// profile as Chrome does (as always-read.spec.ts does); the rest runs for real.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { expect, test, type BrowserContext } from "@playwright/test"
import { launchWithExtension, type Harness } from "./harness"
import { openRealPopup } from "./real-popup"

test.setTimeout(150_000)
const SITE = "https://provider.keystonebhp.example"
const HOST = "provider.keystonebhp.example"
let profile: string
test.beforeEach(() => {
  profile = mkdtempSync(join(tmpdir(), "payerlens-profile-"))
})
test.afterEach(() => rmSync(profile, { recursive: true, force: true }))

function recordAllow(extensionId: string, pattern: string) {
  const file = join(profile, "Default", "Preferences")
  const prefs = JSON.parse(readFileSync(file, "utf8"))
  const settings = prefs.extensions.settings[extensionId]
  for (const set of ["granted_permissions", "active_permissions"])
    settings[set].explicit_host = [...(settings[set].explicit_host ?? []), pattern]
  writeFileSync(file, JSON.stringify(prefs))
}

/** One message from an extension page, as options and the popup send them. */
async function send(context: BrowserContext, extensionId: string, message: object): Promise<any> {
  const page = await context.newPage()
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`)
    return await page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message)
  } finally {
    await page.close()
  }
}

/** A profile where the user allowed SITE, PayerLens set up, and "Always read" clicked in the real popup. */
async function alwaysReading(): Promise<Harness> {
  const first = await launchWithExtension({ profile })
  const extensionId = first.extensionId
  await first.close()
  recordAllow(extensionId, `${SITE}/*`)
  const h = await launchWithExtension({ profile })
  const page = await h.context.newPage()
  await page.goto(`${SITE}/claims/inquiry`)
  const popup = await openRealPopup(h, "keystonebhp")
  const button = `[...document.querySelectorAll('button')].find((b) => b.textContent === 'Always read ${HOST}')`
  await expect.poll(() => popup.evaluate<boolean>(`!!${button}`)).toBe(true)
  await popup.evaluate(`${button}.click()`)
  await expect
    .poll(() => popup.evaluate<string>("document.querySelector('[data-testid=read-result]')?.textContent ?? ''"))
    .toBe("PayerLens read 3 claims from this page.")
  await popup.close()
  return h
}

const siteScripts = (h: Harness) =>
  h.worker.evaluate<string[]>("chrome.scripting.getRegisteredContentScripts().then((s) => s.map((x) => x.id))")
const allowed = (h: Harness) => h.worker.evaluate<boolean>(`chrome.permissions.contains({ origins: ["${SITE}/*"] })`)
const sessionKeys = (h: Harness) =>
  h.worker.evaluate<string[]>("chrome.storage.session.get(null).then((all) => Object.keys(all).sort())")
const kinds = async (h: Harness) =>
  ((await send(h.context, h.extensionId, { type: "audit/list" })).entries as { kind: string }[]).map((e) => e.kind)

test("Erase all data takes back the site, the session copies and the calendar opt-in; one trail entry stays", async () => {
  const h = await alwaysReading()
  try {
    expect(await siteScripts(h)).toContain(`site:${SITE}`)
    expect(await allowed(h)).toBe(true)
    expect(await kinds(h)).toContain("site-granted")
    const settings = await send(h.context, h.extensionId, { type: "settings/get" })
    await send(h.context, h.extensionId, {
      type: "settings/save",
      tracking: { ...settings.tracking, calendarOptIn: true },
      practice: settings.practice
    })
    await expect.poll(() => sessionKeys(h)).toEqual(expect.arrayContaining(["keptFirstAnswer", "readTabs"]))
    const before = await send(h.context, h.extensionId, { type: "overview/get" })
    expect(before.overview.totals.claims).toBe(3)

    expect(await send(h.context, h.extensionId, { type: "data/wipe", confirm: "DELETE" })).toEqual({ ok: true })

    expect((await siteScripts(h)).filter((id) => id.startsWith("site:"))).toEqual([])
    expect(await allowed(h)).toBe(false)
    const left = await sessionKeys(h)
    for (const key of ["readTabs", "tabRecords"]) expect(left).not.toContain(key)
    const kept = await h.worker.evaluate<any>("chrome.storage.session.get('keptFirstAnswer')")
    expect(JSON.stringify(kept)).not.toContain("KB-7712")
    expect((await send(h.context, h.extensionId, { type: "settings/get" })).tracking.calendarOptIn).toBe(false)
    expect(await kinds(h)).toEqual(["data-erased"])
    const after = await send(h.context, h.extensionId, { type: "overview/get" })
    expect(after.overview.totals.claims).toBe(0)
    // and the site is no longer read on a later visit
    const later = await h.context.newPage()
    await later.goto(`${SITE}/claims/inquiry`)
    await later.waitForTimeout(1500)
    expect((await send(h.context, h.extensionId, { type: "overview/get" })).overview.totals.claims).toBe(0)
  } finally {
    await h.close()
  }
})

test("'Stop reading this site' in the real popup takes that site back and says so in the trail", async () => {
  const h = await alwaysReading()
  try {
    const popup = await openRealPopup(h, "keystonebhp")
    const stop = `[...document.querySelectorAll('button')].find((b) => b.textContent === 'Stop reading ${HOST}')`
    await expect.poll(() => popup.evaluate<boolean>(`!!${stop}`)).toBe(true)
    await popup.evaluate(`${stop}.click()`)
    await expect
      .poll(() => popup.evaluate<string>("document.querySelector('[data-testid=read-result]')?.textContent ?? ''"))
      .toBe(`PayerLens no longer reads ${HOST}. What it kept from there stays until you erase it.`)
    expect(await popup.evaluate<boolean>(`!!${stop}`)).toBe(false)
    await popup.close()
    expect((await siteScripts(h)).filter((id) => id.startsWith("site:"))).toEqual([])
    expect(await allowed(h)).toBe(false)
    expect((await kinds(h)).slice(-1)).toEqual(["site-removed"])
  } finally {
    await h.close()
  }
})
