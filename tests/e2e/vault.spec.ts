// The vault in real Chromium: first run through the popup's setup form, a capture of the sandbox portal, "Lock now"
// (the popup then holds the unlock form only: no patient from the portal anywhere in its page, none in a popup
// opened afresh), a wrong passphrase and its error, the right one and the data back; options' auto-lock minutes
// saved, and options locked showing the unlock form. Every form axe-clean.
import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Page } from "@playwright/test"
import { launchWithExtension, TEST_PASSPHRASE, type Harness } from "./harness"
import { openRealPopup } from "./real-popup"

let h: Harness
test.afterEach(async () => h?.close())
test.setTimeout(120_000)

async function axeClean(page: Page, view: string) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical")
  expect(bad.map((v) => `${view}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([])
}

/** Names on the Availity claim-status page of the sandbox portal. */
const PATIENTS = ["RIVERA", "NGUYEN"]

const keptCopy = () =>
  h.worker.evaluate(
    async () => (await (globalThis as any).chrome.storage.session.get("keptFirstAnswer")).keptFirstAnswer
  )

test("first run, a capture, lock now, a wrong passphrase and the right one", async () => {
  h = await launchWithExtension({ setUp: false })
  let popup = await h.openPopup()
  await expect(popup.getByRole("heading", { name: "Protect your PayerLens data" })).toBeVisible()
  const protect = popup.getByRole("button", { name: "Protect my data" })
  await expect(protect).toBeDisabled()
  await expect(popup.getByText("If you forget this passphrase, your PayerLens data cannot be recovered.")).toBeVisible()
  await popup.getByLabel("Passphrase", { exact: true }).fill("payerlens2026")
  await expect(popup.getByTestId("strength")).toContainText("Strength:")
  await expect(popup.getByTestId("strength")).toContainText("at least 15 characters")
  await popup.getByLabel("Confirm passphrase").fill("payerlens2026")
  await expect(protect).toBeDisabled()
  await popup.getByLabel("Passphrase", { exact: true }).fill(TEST_PASSPHRASE)
  await popup.getByLabel("Confirm passphrase").fill(TEST_PASSPHRASE)
  await expect(popup.getByTestId("strength")).toContainText(/strong/)
  await axeClean(popup, "setup form")
  await protect.click()
  await expect(popup.getByText("No open denials.")).toBeVisible({ timeout: 15_000 })
  await expect(popup.getByRole("button", { name: "Lock now" })).toBeVisible()

  // a capture, now that PayerLens keeps what it reads
  const portal = await h.context.newPage()
  await portal.goto("https://apps.availity.com/public/apps/claim-status/results")
  const rivera = () => popup.getByTestId("denial-row").filter({ hasText: "RIVERA, MARIA" })
  await expect(async () => {
    await popup.reload()
    await expect(rivera()).toBeVisible({ timeout: 2000 })
  }).toPass({ timeout: 30_000 })

  await popup.getByRole("button", { name: "Lock now" }).click()
  await expect(popup.getByRole("heading", { name: "PayerLens is locked" })).toBeVisible()
  await expect(popup.getByRole("button", { name: "Unlock" })).toBeVisible()
  const html = await popup.content()
  for (const name of PATIENTS) expect(html).not.toContain(name)
  await expect(popup.locator("input")).toHaveCount(1)
  await expect(popup.getByRole("tab")).toHaveCount(0)
  await axeClean(popup, "unlock form")
  await expect.poll(keptCopy).toBeUndefined()

  // the toolbar popup opened afresh while locked: the unlock form only, nothing kept from before (the tab with
  // popup.html closes first: the real popup is found by that address)
  await popup.close()
  const real = await openRealPopup(h, "availity")
  await expect
    .poll(() => real.evaluate<boolean>("!!document.querySelector('#vault-passphrase')"), { timeout: 10_000 })
    .toBe(true)
  const realHtml = await real.evaluate<string>("document.documentElement.outerHTML")
  for (const name of PATIENTS) expect(realHtml).not.toContain(name)
  await real.close()

  popup = await h.openPopup()
  await popup.getByLabel("Passphrase", { exact: true }).fill("not the passphrase at all")
  await popup.getByRole("button", { name: "Unlock" }).click()
  await expect(popup.getByRole("alert")).toHaveText("That passphrase is not right.")
  await expect(popup.getByLabel("Passphrase", { exact: true })).toHaveValue("")
  expect(await popup.content()).not.toContain("RIVERA")

  await popup.getByLabel("Passphrase", { exact: true }).fill(TEST_PASSPHRASE)
  await popup.getByRole("button", { name: "Unlock" }).click()
  await expect(rivera()).toBeVisible({ timeout: 15_000 })
  await expect(rivera()).toContainText("DOS 10/07/2026")
  await expect(popup.getByRole("button", { name: "Lock now" })).toBeVisible()
})

test("options: the auto-lock minutes are saved; locked, options shows the unlock form only", async () => {
  h = await launchWithExtension()
  const options = await h.context.newPage()
  await options.goto(`chrome-extension://${h.extensionId}/options.html`)
  const minutes = options.getByLabel("Auto-lock after")
  await expect(minutes).toHaveValue("15")
  await minutes.fill("90")
  await options.getByRole("button", { name: "Save", exact: true }).click()
  await expect(options.getByTestId("options-message")).toContainText("Not saved")
  await minutes.fill("5")
  await options.getByRole("button", { name: "Save", exact: true }).click()
  await expect(options.getByTestId("options-message")).toHaveText("Saved.")
  await options.reload()
  await expect(options.getByLabel("Auto-lock after")).toHaveValue("5")
  const status = await options.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: "vault/status" }))
  expect(status).toMatchObject({ ok: true, state: "unlocked", autoLockMinutes: 5 })
  await expect(options.getByLabel("Current passphrase")).toBeVisible()
  await axeClean(options, "options with the passphrase section")

  await options.getByRole("button", { name: "Lock now" }).click()
  await expect(options.getByRole("heading", { name: "PayerLens is locked" })).toBeVisible()
  await expect(options.getByLabel("Auto-lock after")).toHaveCount(0)
  await expect(options.locator("input")).toHaveCount(1)
  await axeClean(options, "options locked")
  await options.getByLabel("Passphrase", { exact: true }).fill(TEST_PASSPHRASE)
  await options.getByRole("button", { name: "Unlock" }).click()
  await expect(options.getByLabel("Auto-lock after")).toHaveValue("5")
})
