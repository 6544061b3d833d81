// npm run demo: the built extension in Debian Chromium, browsing the sandbox portal as a biller would.
// With a display it is a real window to click through; without one it runs headless, writes a screenshot of
// every view (popup: today, letter, authorizations, A/R, search, patient, dark mode; the side panel; the
// options page) to a folder it prints, prints a summary and exits 0.
import { mkdirSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import type { Page } from "@playwright/test"
import { buildOverview } from "../../src/tracking/overview"
import { localDate } from "../../src/dates/calendar"
import type { StoredAuthorization, StoredClaim } from "../../src/model/records"
import { launchWithExtension, storedRows } from "../e2e/harness"
import { openRealSidePanel } from "../e2e/real-popup"

const TOUR = [
  ["Availity home (Claim Status runs in an iframe)", "https://essentials.availity.com/home"],
  ["Availity claim detail", "https://apps.availity.com/public/apps/claim-status/claim/2026281AB0412"],
  ["UnitedHealthcare claims", "https://secure.uhcprovider.com/claims/search-results"],
  ["UnitedHealthcare prior authorizations", "https://secure.uhcprovider.com/prior-auth/status"],
  ["Carelon claims", "https://providerconnect.carelon.com/pc/claims/claimListing"],
  ["Availity authorizations dashboard", "https://apps.availity.com/public/apps/authorizations/dashboard"]
] as const

const headless = !process.env.DISPLAY
const out = resolve("demo-output", new Date().toISOString().replace(/[:.]/g, "-"))
const h = await launchWithExtension({ headless })
const shot = async (page: Page, name: string) => {
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true })
}
try {
  const page = await h.context.newPage()
  for (const [label, url] of TOUR) {
    process.stdout.write(`reading: ${label}\n`)
    await page.goto(url)
    await page.waitForTimeout(2500) // the content script reads once the page settles
  }
  const claims = await storedRows<StoredClaim>(h.worker, "claims")
  const auths = await storedRows<StoredAuthorization>(h.worker, "authorizations")
  const overview = buildOverview(claims, auths, localDate(new Date()))
  if (headless) {
    mkdirSync(out, { recursive: true })
    const options = await h.context.newPage()
    await options.goto(`chrome-extension://${h.extensionId}/options.html`)
    await options.getByLabel("Practice name").fill("Lakeside Counseling PLLC")
    await options.getByLabel("NPI").fill("1234567893")
    await options.getByLabel("Tax ID").fill("12-3456789")
    await options.getByLabel("Address").fill("200 Main St, Suite 4, Albany NY 12207")
    await options.getByRole("button", { name: "Save" }).click()
    await shot(options, "options")

    const popup = await h.openPopup()
    await popup.getByRole("heading", { name: /Denials/ }).waitFor()
    await shot(popup, "1-today")
    await popup.getByTestId("denial-row").first().locator("summary").first().click()
    await shot(popup, "2-today-denial-explained")
    for (const row of [0, 1]) await popup.getByTestId("denial-row").nth(row).getByRole("checkbox").check()
    await shot(popup, "2b-today-denials-selected")
    await popup.getByTestId("bulk-actions").getByRole("button", { name: "Clear" }).click()
    await popup.getByTestId("denial-row").filter({ hasText: "RIVERA" }).getByRole("button", { name: "Draft appeal letter" }).click()
    await popup.getByTestId("letter-text").waitFor()
    await shot(popup, "3-appeal-letter")
    await popup.getByRole("button", { name: "← Back" }).click()
    await popup.getByRole("tab", { name: /Authorizations/ }).click()
    await shot(popup, "4-authorizations")
    await popup.getByRole("tab", { name: "A/R" }).click()
    await popup.getByRole("button", { name: "UnitedHealthcare" }).click()
    await popup.getByTestId("filing-clock").first().waitFor()
    await shot(popup, "5-receivables-drill-down")
    await popup.getByRole("searchbox").fill("santos")
    await popup.getByTestId("patient-result").waitFor()
    await shot(popup, "6-search")
    await popup.getByTestId("patient-result").getByRole("button").click()
    await popup.getByTestId("patient-view").waitFor()
    await shot(popup, "7-patient")
    await popup.getByRole("button", { name: "← Back" }).click()
    await popup.getByRole("tab", { name: /Today/ }).click() // Back returns to A/R, where the search began
    await popup.emulateMedia({ colorScheme: "dark" })
    await shot(popup, "8-today-dark")

    await page.bringToFront()
    const panel = await openRealSidePanel(h, "apps.availity.com")
    await new Promise((r) => setTimeout(r, 1500))
    writeFileSync(join(out, "9-side-panel.png"), await panel.screenshot())
    await page.screenshot({ path: join(out, "portal-page.png") })
  }
  process.stdout.write(
    [
      "",
      "PayerLens demo summary",
      `  claims captured:          ${claims.length}`,
      `  authorizations captured:  ${auths.length}`,
      `  open denials:             ${overview.denials.length}`,
      `  items needing attention:  ${overview.attentionCount}`,
      headless ? `  screenshots:              ${out}` : "  close the browser window to end the demo",
      ""
    ].join("\n")
  )
  if (!headless) await new Promise<void>((done) => h.context.on("close", () => done()))
} finally {
  await h.close().catch(() => undefined)
}
