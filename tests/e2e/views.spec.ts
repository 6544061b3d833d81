// Every popup view end to end on pages read from the sandbox portal: today (reminders, denials, the appeal
// letter), authorizations, A/R with its drill-down and filing countdowns, search and the patient view — each
// checked with axe (no serious or critical violations) and driven by keyboard where a biller would.
import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Page } from "@playwright/test"
import { launchWithExtension, storedClaimNumbers, storedRows, type Harness } from "./harness"

let h: Harness
test.beforeEach(async () => {
  h = await launchWithExtension()
})
test.afterEach(async () => h.close())
test.setTimeout(120_000)

async function axeClean(page: Page, view: string) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical")
  expect(bad.map((v) => `${view}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([])
}

async function browsePortals() {
  const page = await h.context.newPage()
  const numbers = async () => [
    ...(await storedClaimNumbers(h.worker)),
    ...(await storedRows(h.worker, "authorizations")).map((a) => a.authNumber)
  ]
  // each page, then a record only that page holds (the reader runs when the page settles)
  for (const [url, record] of [
    ["https://apps.availity.com/public/apps/claim-status/results", "2026281AB0412"],
    ["https://apps.availity.com/public/apps/authorizations/dashboard", "A261001457"],
    ["https://secure.uhcprovider.com/claims/search-results", "FH71239921"],
    ["https://secure.uhcprovider.com/prior-auth/status", "A158842201"]
  ]) {
    await page.goto(url)
    await expect.poll(numbers).toContain(record)
  }
  return page
}

test("today, letters, authorizations, A/R, search and patient views work and are axe-clean", async () => {
  await browsePortals()
  // practice details for letters, saved on the options page
  const options = await h.context.newPage()
  await options.goto(`chrome-extension://${h.extensionId}/options.html`)
  await options.getByLabel("Practice name").fill("Lakeside Counseling PLLC")
  await options.getByLabel("NPI").fill("1234567893")
  await options.getByRole("button", { name: "Save" }).click()
  await expect(options.getByTestId("options-message")).toHaveText("Saved.")
  await axeClean(options, "options")

  const popup = await h.openPopup()
  await expect(popup.getByRole("tab", { name: /Today/ })).toHaveAttribute("aria-selected", "true")
  await expect(popup.getByTestId("denial-row").filter({ hasText: "RIVERA, MARIA" })).toBeVisible()
  await axeClean(popup, "today")

  // the appeal letter: practice details, claim facts, the CO-197 argument; editable
  await popup
    .getByTestId("denial-row")
    .filter({ hasText: "RIVERA, MARIA" })
    .getByRole("button", { name: "Draft appeal letter" })
    .click()
  const letter = popup.getByTestId("letter-text")
  await expect(letter).toHaveValue(/^Lakeside Counseling PLLC\n/)
  await expect(letter).toHaveValue(/Re: Request for appeal — claim 2026281AB0412/)
  await expect(letter).toHaveValue(/Patient: RIVERA, MARIA\nMember ID: XGH884512301/)
  await expect(letter).toHaveValue(/Denial: CO-197/)
  await expect(letter).toHaveValue(/retroactive authorization/)
  await letter.press("Control+End")
  await letter.pressSequentially("\nDr. A. Example, LCSW")
  await expect(letter).toHaveValue(/Dr\. A\. Example, LCSW$/)
  await axeClean(popup, "letter")
  await popup.getByRole("button", { name: "← Back" }).click()

  // authorizations by keyboard: arrow keys move between the tabs
  await popup.getByRole("tab", { name: /Today/ }).focus()
  await popup.keyboard.press("ArrowRight")
  await expect(popup.getByRole("tab", { name: /Authorizations/ })).toBeFocused()
  await expect(popup.getByRole("tab", { name: /Authorizations/ })).toHaveAttribute("aria-selected", "true")
  await expect(popup.getByTestId("auth-row").filter({ hasText: "A158842201" })).toContainText("Miguel Santos")
  await axeClean(popup, "authorizations")

  // A/R: payer totals open the claims behind them, with the deadlines by route of the denied one (its list page
  // shows no processed date, so the reconsideration's clock says why it has no date instead of guessing one)
  await popup.keyboard.press("ArrowRight")
  await expect(popup.getByRole("tab", { name: "Balances" })).toHaveAttribute("aria-selected", "true")
  await popup.keyboard.press("ArrowRight")
  await expect(popup.getByRole("tab", { name: "A/R" })).toHaveAttribute("aria-selected", "true")
  await popup.getByRole("button", { name: "UnitedHealthcare" }).click()
  const denied = popup.getByTestId("denial-row").filter({ hasText: "FH71239921" })
  await expect(denied.locator('[data-route="reconsideration"]')).toContainText(
    "Claim reconsideration (step 1): no date: The record shows no processed date"
  )
  await axeClean(popup, "receivables")
  // ageing from the date received: the UHC list page shows no received dates, so only claims whose detail was read count
  await popup.getByRole("button", { name: "Date received" }).click()
  await expect(popup.getByRole("table", { name: "Unpaid claims by days since the payer received them" })).toBeVisible()
  await expect(popup.getByText("Only claims whose received date PayerLens has seen")).toBeVisible()

  // search by keyboard: "/" focuses the box; a name finds the patient; the patient view has all their records
  await popup.locator("body").click({ position: { x: 5, y: 5 } })
  await popup.keyboard.press("/")
  await expect(popup.getByRole("searchbox")).toBeFocused()
  await popup.keyboard.type("santos")
  await expect(popup.getByTestId("patient-result")).toHaveCount(1)
  await expect(popup.getByTestId("patient-result")).toContainText("Member ID 994410273")
  await axeClean(popup, "search")
  await popup.getByTestId("patient-result").getByRole("button", { name: "Miguel Santos" }).click()
  const patient = popup.getByTestId("patient-view")
  await expect(patient.getByRole("heading", { name: "Miguel Santos" })).toBeVisible()
  await expect(patient.getByTestId("auth-row")).toHaveCount(3)
  await expect(patient.getByTestId("denial-row")).toHaveCount(1)
  await expect(patient.getByTestId("patient-totals")).toContainText("3 authorizations · 1 claim")
  await axeClean(popup, "patient")

  // Escape in the search box clears it and returns to the views
  await popup.getByRole("button", { name: "← Back" }).click()
  // a name mistyped by one letter still finds the patient, and the popup says it is a close spelling
  await popup.getByRole("searchbox").fill("snatos")
  await expect(popup.getByTestId("close-spelling")).toBeVisible()
  await expect(popup.getByTestId("patient-result")).toContainText("Miguel Santos")
  await popup.getByRole("searchbox").fill("zzz-none")
  await expect(popup.getByText("Nothing stored matches")).toBeVisible()
  await popup.getByRole("searchbox").press("Escape")
  await expect(popup.getByRole("tablist", { name: "Views" })).toBeVisible()

  // several denials closed at once: pick two, mark them appealed; the rest stay
  await popup.getByRole("tab", { name: /Today/ }).click()
  const denials = popup.getByTestId("denial-row")
  const heading = popup.getByRole("heading", { name: /^Denials \(\d+\)$/ })
  const before = Number((await heading.textContent())!.match(/\d+/)![0])
  expect(before).toBeGreaterThanOrEqual(3)
  await expect(denials).toHaveCount(before)
  await denials.nth(0).getByRole("checkbox").check()
  await denials.nth(1).getByRole("checkbox").check()
  const bulk = popup.getByTestId("bulk-actions")
  await expect(bulk).toContainText("2 selected")
  await axeClean(popup, "today with denials selected")
  await bulk.getByRole("button", { name: "Appealed" }).click()
  await expect(denials).toHaveCount(before - 2)
  await expect(popup.getByRole("heading", { name: `Denials (${before - 2})` })).toBeVisible()
  await expect(bulk).toHaveCount(0)
})

test("dark mode keeps every view axe-clean", async () => {
  await browsePortals()
  const popup = await h.openPopup()
  await popup.emulateMedia({ colorScheme: "dark" })
  await expect(popup.getByTestId("denial-row").first()).toBeVisible()
  await axeClean(popup, "today (dark)")
  await popup.getByRole("tab", { name: /Authorizations/ }).click()
  await axeClean(popup, "authorizations (dark)")
  await popup.getByRole("tab", { name: "A/R" }).click()
  await popup.getByRole("button", { name: "Anthem Blue Cross Blue Shield" }).click()
  await expect(popup.getByTestId("denial-row").first()).toBeVisible()
  await axeClean(popup, "receivables (dark)")
})
