// "Always read this site" on a host no adapter lists. Chrome asks the user to allow that one host; headless
// Chromium cannot show or answer that prompt, so the test records the user's "Allow" in the profile the way
// Chrome does (its Preferences file, with the browser closed) and the rest runs for real: the popup's
// button asks for the host (the request resolves at once, as the host is allowed), the worker registers the
// reader for that host, this page is read, and so is every later page of the site, with no click.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { expect, test } from "@playwright/test"
import { launchWithExtension, storedClaimNumbers } from "./harness"
import { openRealPopup } from "./real-popup"

test.setTimeout(120_000)
const SITE = "https://provider.keystonebhp.example"
let profile: string
test.beforeEach(() => {
  profile = mkdtempSync(join(tmpdir(), "payerlens-profile-"))
})
test.afterEach(() => rmSync(profile, { recursive: true, force: true }))

/** What Chrome writes when the user clicks "Allow" for an optional host permission. */
function recordAllow(extensionId: string, pattern: string) {
  const file = join(profile, "Default", "Preferences")
  const prefs = JSON.parse(readFileSync(file, "utf8"))
  const settings = prefs.extensions.settings[extensionId]
  for (const set of ["granted_permissions", "active_permissions"])
    settings[set].explicit_host = [...(settings[set].explicit_host ?? []), pattern]
  writeFileSync(file, JSON.stringify(prefs))
}

test("'Always read this site' registers the reader for that host: this page and later ones are read", async () => {
  const first = await launchWithExtension({ profile })
  const extensionId = first.extensionId
  expect(await first.worker.evaluate(`chrome.permissions.contains({ origins: ["${SITE}/*"] })`)).toBe(false)
  await first.close()
  recordAllow(extensionId, `${SITE}/*`)

  const h = await launchWithExtension({ profile })
  try {
    expect(await h.worker.evaluate(`chrome.permissions.contains({ origins: ["${SITE}/*"] })`)).toBe(true)
    const page = await h.context.newPage()
    await page.goto(`${SITE}/claims/inquiry`)
    await page.waitForTimeout(1500)
    expect(await storedClaimNumbers(h.worker)).toEqual([]) // allowed is not yet "always read": nothing registered

    const popup = await openRealPopup(h, "keystonebhp")
    const button =
      "[...document.querySelectorAll('button')].find((b) => b.textContent === 'Always read provider.keystonebhp.example')"
    await expect.poll(() => popup.evaluate<boolean>(`!!${button}`)).toBe(true)
    await popup.evaluate(`${button}.click()`)
    await expect
      .poll(() => popup.evaluate<string>("document.querySelector('[data-testid=read-result]')?.textContent ?? ''"))
      .toBe("PayerLens read 3 claims from this page.")
    expect(await storedClaimNumbers(h.worker)).toEqual(["KB-77120034", "KB-77120388", "KB-77121902"])
    const registered = await h.worker.evaluate<{ id: string; matches: string[] }[]>(
      "chrome.scripting.getRegisteredContentScripts()"
    )
    expect(registered.map((s) => [s.id, s.matches])).toEqual([[`site:${SITE}`, [`${SITE}/*`]]])
    await popup.close()

    // a later visit to the site is read as a listed portal is: no click
    await h.worker.evaluate(
      `new Promise((done) => { const r = indexedDB.open("payerlens"); r.onsuccess = () => { const t = r.result.transaction("claims", "readwrite"); t.objectStore("claims").clear(); t.oncomplete = done } })`
    )
    const later = await h.context.newPage()
    await later.goto(`${SITE}/claims/inquiry`)
    await expect.poll(() => storedClaimNumbers(h.worker)).toEqual(["KB-77120034", "KB-77120388", "KB-77121902"])
  } finally {
    await h.close()
  }
})
