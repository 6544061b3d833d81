// What really happened to each claim, end to end: a claim the deductible took ($0.00 paid) is a patient balance,
// not a denial; a PR-204 denial is a denial the client is liable for, explained as such.
import AxeBuilder from "@axe-core/playwright"
import { expect, test } from "@playwright/test"
import { launchWithExtension, storedClaimNumbers, type Harness } from "./harness"

let h: Harness
test.beforeEach(async () => {
  h = await launchWithExtension()
})
test.afterEach(async () => h.close())
test.setTimeout(120_000)

test("a deductible-only claim is in Patient balances, not Denials; a PR-204 denial is in Denials, patient liable", async () => {
  const page = await h.context.newPage()
  // the UnitedHealthcare claim-status cards inside Availity (a held-out page the reader never tuned on)
  await page.goto("https://apps.availity.com/public/apps/claim-status/#/results?payerId=87726")
  await expect.poll(() => storedClaimNumbers(h.worker)).toEqual(expect.arrayContaining(["FJ84410927", "FJ84410952"]))

  const popup = await h.openPopup()
  const denials = popup.getByTestId("denial-row")
  await expect(denials.filter({ hasText: "PATEL, ANIKA" })).toBeVisible()
  await expect(denials.filter({ hasText: "BROOKS, ETHAN" })).toHaveCount(0)
  const pr204 = denials.filter({ hasText: "PATEL, ANIKA" })
  await expect(pr204).toContainText(/patient/i)
  await expect(pr204).toContainText("204")

  await popup.getByRole("tab", { name: "Balances" }).click()
  const brooks = popup.getByTestId("balance-row").filter({ hasText: "BROOKS, ETHAN" })
  await expect(brooks).toBeVisible()
  await expect(brooks.getByTestId("owes")).toHaveText("owes $118.27")
  await expect(brooks).toContainText("Deductible $118.27")
  const { violations } = await new AxeBuilder({ page: popup }).analyze()
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([])
})
