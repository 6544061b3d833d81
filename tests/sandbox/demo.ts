// npm run demo: the built extension in Debian Chromium, browsing the sandbox portal as a biller would.
// With a display it is a real window to click through; without one it runs headless, writes a screenshot of
// every view (popup: the passphrase setup, the unlock form and the view after unlock, today, letter,
// authorizations, patient balances, A/R, check & code, search, patient, dark mode; the client statement, superbill
// and good-faith estimate as PDF pages; the side panel; the options page; a real 835's import summary and the
// Payments view) to a folder it prints, prints a summary and exits 0. PDF pages become PNG with pdftoppm (Debian's
// poppler-utils) where it is installed; without it the PDFs are kept and the summary says so.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs"
import { spawnSync } from "node:child_process"
import { join, resolve } from "node:path"
import type { Page } from "@playwright/test"
import { buildOverview } from "../../src/tracking/overview"
import { localDate } from "../../src/dates/calendar"
import type { StoredAuthorization, StoredClaim } from "../../src/model/records"
import { launchWithExtension, storedRows, TEST_PASSPHRASE } from "../e2e/harness"
import { openRealSidePanel } from "../e2e/real-popup"

const TOUR = [
  ["Availity home (Claim Status runs in an iframe)", "https://essentials.availity.com/home"],
  ["Availity claim detail", "https://apps.availity.com/public/apps/claim-status/claim/2026281AB0412"],
  ["UnitedHealthcare claims", "https://secure.uhcprovider.com/claims/search-results"],
  ["UnitedHealthcare prior authorizations", "https://secure.uhcprovider.com/prior-auth/status"],
  ["Carelon claims", "https://providerconnect.carelon.com/pc/claims/claimListing"],
  ["Availity authorizations dashboard", "https://apps.availity.com/public/apps/authorizations/dashboard"],
  [
    "UnitedHealthcare claim status in Availity (a deductible, a copay, a PR-204)",
    "https://apps.availity.com/public/apps/claim-status/#/results?payerId=87726"
  ]
] as const

/** A real public 835 from ../shared (TigerShark's 5010 example 3): a denial and a copay on one check. */
const DEMO_ERA = "05-tigershark-anesthesia-pr29.835"
const headless = !process.env.DISPLAY
const out = resolve("demo-output", new Date().toISOString().replace(/[:.]/g, "-"))
const h = await launchWithExtension({ headless, setUp: false }) // the demo sets the passphrase up in the popup
const shot = async (page: Page, name: string) => {
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true })
}
const pdfPages: string[] = []
/** Clicks a "Save … PDF" button, keeps the PDF, and renders its pages to PNG where pdftoppm is installed. */
const savePdf = async (page: Page, button: string, name: string) => {
  const download = page.waitForEvent("download")
  await page.getByRole("button", { name: button }).click()
  const pdf = join(out, `${name}.pdf`)
  copyFileSync(await (await download).path(), pdf)
  const rendered = spawnSync("pdftoppm", ["-png", "-r", "80", pdf, join(out, name)])
  pdfPages.push(rendered.status === 0 ? `${name}-*.png` : `${name}.pdf (install poppler-utils to get PNG pages)`)
}
try {
  if (headless) mkdirSync(out, { recursive: true })
  // first run: PayerLens keeps nothing until a passphrase protects it
  const first = await h.openPopup()
  await first.getByLabel("Passphrase", { exact: true }).fill(TEST_PASSPHRASE)
  await first.getByLabel("Confirm passphrase").fill(TEST_PASSPHRASE)
  if (headless) await shot(first, "0a-vault-setup")
  await first.getByRole("button", { name: "Protect my data" }).click()
  await first.getByRole("button", { name: "Lock now" }).waitFor({ timeout: 15_000 })
  await first.close()
  const page = await h.context.newPage()
  for (const [label, url] of TOUR) {
    process.stdout.write(`reading: ${label}\n`)
    await page.goto(url)
    await page.waitForTimeout(2500) // the content script reads once the page settles
  }
  // "Lock now": only the unlock form until the passphrase is typed again; then the records are back
  const locking = await h.openPopup()
  await locking.getByRole("heading", { name: /Denials/ }).waitFor()
  await locking.getByRole("button", { name: "Lock now" }).click()
  await locking.getByLabel("Passphrase", { exact: true }).fill(TEST_PASSPHRASE)
  if (headless) await shot(locking, "0b-vault-unlock")
  await locking.getByRole("button", { name: "Unlock" }).click()
  await locking.getByRole("heading", { name: /Denials/ }).waitFor({ timeout: 15_000 })
  if (headless) await shot(locking, "0c-vault-after-unlock")
  await locking.close()
  const claims = await storedRows<StoredClaim>(h.worker, "claims")
  const auths = await storedRows<StoredAuthorization>(h.worker, "authorizations")
  const overview = buildOverview(claims, auths, localDate(new Date()))
  if (headless) {
    const options = await h.context.newPage()
    await options.goto(`chrome-extension://${h.extensionId}/options.html`)
    await options.getByLabel("Practice name", { exact: true }).fill("Lakeside Counseling PLLC")
    await options.getByLabel("NPI", { exact: true }).fill("1234567893")
    await options.getByLabel("Tax ID", { exact: true }).fill("12-3456789")
    await options.getByLabel("Address", { exact: true }).fill("200 Main St, Suite 4, Albany NY 12207")
    await options.getByLabel("Phone", { exact: true }).fill("(518) 555-0142")
    await options.getByLabel("State", { exact: true }).fill("NY")
    await options.getByRole("button", { name: "Add a clinician" }).click()
    await options.getByLabel("Clinician name", { exact: true }).fill("Dana Whitfield")
    await options.getByLabel("Credentials", { exact: true }).fill("LCSW")
    await options.getByLabel("Clinician NPI", { exact: true }).fill("1992837465")
    await options.getByLabel("License number", { exact: true }).fill("NY-LCSW-087341")
    for (const [code, fee] of [
      ["90791", "200.00"],
      ["90834", "140.00"],
      ["90837", "175.00"]
    ]) {
      await options.getByLabel("Procedure code", { exact: true }).fill(code)
      await options.getByLabel("Fee ($)", { exact: true }).fill(fee)
      await options.getByRole("button", { name: "Add fee" }).click()
    }
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
    await popup
      .getByTestId("denial-row")
      .filter({ hasText: "RIVERA" })
      .getByRole("button", { name: "Draft appeal letter" })
      .click()
    await popup.getByTestId("letter-text").waitFor()
    await shot(popup, "3-appeal-letter")
    await popup.getByRole("button", { name: "← Back" }).click()
    await popup.getByRole("tab", { name: /Authorizations/ }).click()
    await shot(popup, "4-authorizations")
    await popup.getByRole("tab", { name: "Balances" }).click()
    await popup.getByTestId("balance-row").first().waitFor()
    await shot(popup, "4b-patient-balances")
    await popup
      .getByTestId("balance-row")
      .filter({ hasText: "BROOKS" })
      .getByRole("button", { name: "Explain to the client" })
      .click()
    await popup.getByTestId("client-statement").waitFor()
    await shot(popup, "4c-client-statement")
    await savePdf(popup, "Save as PDF", "client-statement")
    await popup.getByTestId("client-statement").getByRole("button", { name: "← Back" }).click()
    await popup.getByRole("tab", { name: "Check & code" }).click()
    await popup.getByLabel("Face-to-face minutes").fill("55")
    await popup.getByLabel("Video").check()
    await popup.getByTestId("coder-codes").waitFor()
    await shot(popup, "4d-check-and-code")
    await popup.getByRole("button", { name: "Write a good-faith estimate" }).click()
    await popup.getByLabel("Name", { exact: true }).fill("Jordan Blake")
    await popup.getByLabel("Date of birth").fill("1991-04-18")
    await shot(popup, "4e-good-faith-estimate")
    await savePdf(popup, "Save estimate PDF", "good-faith-estimate")
    await popup.getByRole("button", { name: "← Back" }).click()
    await popup.getByRole("tab", { name: "A/R" }).click()
    await popup.getByRole("button", { name: "UnitedHealthcare" }).click()
    await popup.getByTestId("claim-routes").first().waitFor()
    await shot(popup, "5-receivables-drill-down")
    await popup.getByRole("searchbox").fill("santos")
    await popup.getByTestId("patient-result").waitFor()
    await shot(popup, "6-search")
    await popup.getByTestId("patient-result").getByRole("button").click()
    await popup.getByTestId("patient-view").waitFor()
    await shot(popup, "7-patient")
    await popup.getByRole("button", { name: "← Back" }).click()
    // a superbill for a client whose sessions PayerLens has read (Miguel Santos has authorizations only)
    await popup.getByRole("searchbox").fill("brooks")
    await popup.getByTestId("patient-result").first().getByRole("button").click()
    await popup.getByTestId("patient-view").waitFor()
    await popup.getByRole("button", { name: "Superbill for this client" }).click()
    const superbill = popup.getByTestId("superbill-form")
    await superbill.waitFor()
    const dob = superbill.getByLabel("Date of birth")
    if (!(await dob.inputValue())) await dob.fill("1986-02-11") // the portal pages did not show this client's
    await shot(popup, "7b-superbill-form")
    await savePdf(popup, "Save superbill PDF", "superbill")
    await popup.getByRole("button", { name: "← Back" }).click()
    await popup.getByRole("button", { name: "← Back" }).click()
    await popup.getByRole("searchbox").fill("")
    await popup.getByRole("tab", { name: /Today/ }).click() // Back returns to A/R, where the search began
    await popup.emulateMedia({ colorScheme: "dark" })
    await shot(popup, "8-today-dark")

    await page.bringToFront()
    const panel = await openRealSidePanel(h, "apps.availity.com")
    await new Promise((r) => setTimeout(r, 1500))
    writeFileSync(join(out, "9-side-panel.png"), await panel.screenshot())
    await page.screenshot({ path: join(out, "portal-page.png") })
  }
  // a real 835 remittance imported through options: its summary before saving, then the Payments view
  const era = join(import.meta.dirname, "..", "..", "..", "shared", "data", "era-samples", DEMO_ERA)
  let eraLine = "skipped (../shared is absent in this clone)"
  if (!existsSync(era)) process.stdout.write(`835 import: ${eraLine}\n`)
  else {
    const options = await h.context.newPage()
    await options.goto(`chrome-extension://${h.extensionId}/options.html`)
    const section = options.getByRole("region", { name: "Import remittance (835)" })
    await section.getByLabel(/Choose or drop 835 files/).setInputFiles(era)
    await section.getByRole("button", { name: "Import" }).waitFor()
    eraLine = `${DEMO_ERA}: ${await section.getByTestId("era-summary").innerText()}`
    if (headless) await section.screenshot({ path: join(out, "10-era-import-summary.png") })
    await section.getByRole("button", { name: "Import" }).click()
    await section.getByTestId("era-done").waitFor()
    if (headless) {
      const payments = await h.context.newPage()
      await payments.setViewportSize({ width: 400, height: 800 })
      await payments.goto(`chrome-extension://${h.extensionId}/sidepanel.html`)
      await payments.getByRole("tab", { name: "Payments" }).click()
      await payments.getByTestId("payment-row").first().waitFor()
      await shot(payments, "11-payments")
    }
  }
  process.stdout.write(
    [
      "",
      "PayerLens demo summary",
      `  claims captured:          ${claims.length}`,
      `  authorizations captured:  ${auths.length}`,
      `  open denials:             ${overview.denials.length}`,
      `  items needing attention:  ${overview.attentionCount}`,
      `  835 remittance imported:  ${eraLine}`,
      headless ? `  screenshots:              ${out}` : "  close the browser window to end the demo",
      ...(headless ? [`  client documents:         ${pdfPages.join(", ")}`] : []),
      ""
    ].join("\n")
  )
  if (!headless) await new Promise<void>((done) => h.context.on("close", () => done()))
} finally {
  await h.close().catch(() => undefined)
}
