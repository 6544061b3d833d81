// Deadlines by route against the sandbox portal: a denied claim shows its routes and their dates in the A/R
// drill-down; an appeal recorded from the drill-down (AppealForm) shows its decision-due date; a reminder fires
// for the route whose deadline comes first. Dates are worked out from today, as the extension does.
import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Page } from "@playwright/test"
import { launchWithExtension, storedClaimNumbers, type Harness } from "./harness"
import { addDays } from "../../src/dates/business-days"
import { daysBetween, localDate } from "../../src/dates/calendar"

let h: Harness
test.beforeEach(async () => {
  h = await launchWithExtension()
})
test.afterEach(async () => h.close())
test.setTimeout(120_000)

const us = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`
const left = (today: string, deadline: string) => {
  const n = daysBetween(today, deadline)
  return n < 0
    ? `closed ${us(deadline)}`
    : n === 0
      ? `by ${us(deadline)} — today is the last day`
      : `by ${us(deadline)} — ${n} day${n === 1 ? "" : "s"} left`
}

async function axeClean(page: Page, view: string) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical")
  expect(bad.map((v) => `${view}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([])
}

async function browse(pages: [string, string][]) {
  const page = await h.context.newPage()
  for (const [url, claim] of pages) {
    await page.goto(url)
    await expect.poll(() => storedClaimNumbers(h.worker)).toContain(claim)
  }
}

const EPACES: [string, string] = ["https://epaces.emedny.org/ClaimStatus/Worklist.aspx", "2026310000330412"]
/** Anthem's claim detail: denied, processed 10/23/2026 */
const ANTHEM: [string, string] = [
  "https://apps.availity.com/public/apps/claim-status/claim/2026281AB0412",
  "2026281AB0412"
]
const ANTHEM_PROCESSED = "2026-10-23"

async function payerClaims(popup: Page, payer: string) {
  await popup.getByRole("tab", { name: "A/R" }).click()
  await popup.getByRole("button", { name: payer }).click()
  return popup.getByRole("region", { name: `Unpaid claims: ${payer}` })
}

async function saveOptions(edit: (options: Page) => Promise<void>) {
  const options = await h.context.newPage()
  await options.goto(`chrome-extension://${h.extensionId}/options.html`)
  await edit(options)
  await options.getByRole("button", { name: "Save", exact: true }).click()
  await expect(options.getByTestId("options-message")).toHaveText("Saved.")
  return options
}

const ANTHEM_ROW = "Anthem (Elevance) Blue Cross Blue Shield"
const anthemValue = (options: Page, label: string) => options.getByLabel(`${ANTHEM_ROW}: ${label}, your value`)

test("a denied or rejected claim shows its routes and their dates in the A/R drill-down", async () => {
  await browse([EPACES, ANTHEM])
  const today = localDate(new Date())
  const popup = await h.openPopup()

  // NY Medicaid: the rejected claim's only route is a new claim, 90 days from the date of service (10/12/2026)
  const ny = await payerClaims(popup, "NY Medicaid")
  const rejected = ny.getByRole("article", { name: "Claim 2026310000330412" })
  const newClaim = rejected.locator('[data-testid="route"][data-route="new-claim"]')
  await expect(newClaim).toContainText(
    `New claim (rejected before adjudication): ${left(today, addDays("2026-10-12", 90))}`
  )
  await expect(newClaim).toContainText("from the date of service 10/12/2026 · 90 days from the date of service")
  // the denied one: no published NY Medicaid adjustment or appeal window, so no date, and "verify"
  const denied = ny.getByRole("article", { name: "Claim 2026301000123999" })
  await expect(denied.getByTestId("route")).toHaveCount(2)
  await expect(denied.locator('[data-route="replacement"]')).toContainText("Replacement claim (frequency 7): no date")
  await expect(denied.locator('[data-route="appeal"]')).toContainText("verify against your contract")
  await axeClean(popup, "A/R NY Medicaid routes")

  // Anthem: the reconsideration runs 12 months from the denial (processed 10/23/2026), to verify, with its source
  const anthem = await payerClaims(popup, "Anthem Blue Cross Blue Shield")
  const claim = anthem.getByRole("article", { name: "Claim 2026281AB0412" })
  const recon = claim.locator('[data-route="reconsideration"]')
  await expect(recon).toContainText(`Claim payment reconsideration (step 1): ${left(today, "2027-10-23")}`)
  await expect(recon).toContainText(
    "from the processed date (the payer's decision) 10/23/2026 · 12 months from the notice date"
  )
  await expect(recon.getByTestId("verify")).toHaveText("verify against your contract")
  await expect(recon.getByRole("link")).toHaveAttribute("href", /^https:\/\//)
  await expect(recon).toContainText("first deadline")
  await axeClean(popup, "A/R Anthem routes")
})

test("an appeal recorded from the A/R drill-down shows its decision-due date and keeps the claim in A/R", async () => {
  await browse([ANTHEM])
  // Anthem publishes no decision window for a reconsideration: the practice enters its contract's 30 days
  const options = await saveOptions(async (page) => {
    await page.locator('details[data-family="anthem"] > summary').click()
    await anthemValue(page, "Claim payment reconsideration (step 1): payer's time to decide").fill("30")
    await expect(page.locator('details[data-family="anthem"] [data-rule="timelyFiling"]')).toContainText(
      "90 days from the date of service"
    )
    await expect(
      page.locator('details[data-family="anthem"] [data-rule="timelyFiling"] [data-testid="verify"]')
    ).toBeVisible()
  })
  await axeClean(options, "options with the payer table open")

  const today = localDate(new Date())
  const sent = [addDays(today, -5), ANTHEM_PROCESSED].sort().at(-1)!
  const popup = await h.openPopup()
  const anthem = await payerClaims(popup, "Anthem Blue Cross Blue Shield")
  const claim = anthem.getByRole("article", { name: "Claim 2026281AB0412" })
  await claim.getByRole("button", { name: "Record an appeal sent" }).click()
  const form = claim.getByRole("form", { name: "Appeal of claim 2026281AB0412" })
  await expect(form.getByLabel("Level sent")).toBeFocused()
  await expect(form.getByLabel("Level sent")).toHaveValue("reconsideration")
  await form.getByLabel("Date sent").fill(sent)
  await axeClean(popup, "appeal form")
  await form.getByRole("button", { name: "Record appeal" }).click()
  await expect(anthem.getByTestId("appeal-done")).toHaveText(
    `Recorded: Claim payment reconsideration (step 1) sent ${us(sent)}.`
  )

  const due = addDays(sent, 30)
  const status = claim.getByTestId("appeal-status")
  await expect(status).toContainText(
    `Claim payment reconsideration (step 1) sent ${us(sent)} · decision due ${us(due)} (${daysBetween(today, due)} days left)`
  )
  await expect(status).toContainText("30 days from the date sent · your value (options)")
  // still on A/R: the payer total and the claim are there
  await expect(popup.getByRole("button", { name: "Anthem Blue Cross Blue Shield" })).toBeVisible()
  await expect(claim.getByRole("button", { name: "Record the decision" })).toBeVisible()
  await axeClean(popup, "A/R with an appeal")
})

test("a reminder fires for the route whose deadline comes first, and names it", async () => {
  await browse([ANTHEM])
  const today = localDate(new Date())
  // the practice's contract allows a replacement claim for N days from the denial: due ten days from today, before
  // the 12-month reconsideration
  const replacementDays = daysBetween(ANTHEM_PROCESSED, today) + 10
  const deadline = addDays(ANTHEM_PROCESSED, replacementDays)
  await saveOptions(async (page) => {
    await page.locator('details[data-family="anthem"] > summary').click()
    await anthemValue(page, "Replacement claim (frequency 7)").fill(String(replacementDays))
  })

  // opening the popup runs a reminder pass
  const popup = await h.openPopup()
  const reminder = popup.getByRole("article", { name: "Replacement claim (frequency 7): deadline" })
  await expect(reminder).toContainText(`Replacement claim (frequency 7) by ${us(deadline)}`)
  await expect(popup.getByRole("article", { name: /Claim payment reconsideration/ })).toHaveCount(0)
  const fired = () =>
    h.worker.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          // on disk a reminder names its claim by blind id, never by number (src/storage/reminder-states.ts)
          const open = indexedDB.open("payerlens")
          open.onsuccess = () => {
            const q = open.result.transaction("reminders").objectStore("reminders").getAll()
            q.onsuccess = () =>
              resolve(q.result.filter((s: { firedAt: string | null }) => s.firedAt).map((s: { id: string }) => s.id))
          }
        })
    )
  await expect
    .poll(async () => (await fired()).filter((id) => id.startsWith("claim-route-deadline:")))
    .toEqual([expect.stringMatching(new RegExp(`^claim-route-deadline:[0-9a-f]{64}:replacement:${deadline}$`))])

  // the drill-down marks the same route first
  const anthem = await payerClaims(popup, "Anthem Blue Cross Blue Shield")
  const replacement = anthem.getByRole("article", { name: "Claim 2026281AB0412" }).locator('[data-route="replacement"]')
  await expect(replacement).toContainText(`Replacement claim (frequency 7): by ${us(deadline)} — 10 days left`)
  await expect(replacement).toContainText("first deadline")
})
