// Coding checks in the real popup: the session coder, and a likely denial found on a sandbox claim whose date of
// service falls outside the client's authorization.
import AxeBuilder from "@axe-core/playwright"
import { expect, test } from "@playwright/test"
import { launchWithExtension, storedRows, type Harness } from "./harness"

let h: Harness
test.beforeEach(async () => {
  h = await launchWithExtension()
})
test.afterEach(async () => h.close())
test.setTimeout(120_000)

test("the session coder codes a 55-minute video session; a claim outside its authorization is flagged", async () => {
  const page = await h.context.newPage()
  // the claim's detail page holds its service lines (the list shows none)
  await page.goto("https://apps.availity.com/public/apps/claim-status/claim/2026281AB0412")
  await expect
    .poll(
      async () =>
        (await storedRows(h.worker, "claims")).find((c) => c.claimNumber === "2026281AB0412")?.lines.length ?? 0
    )
    .toBeGreaterThan(0)
  await page.goto("https://apps.availity.com/public/apps/authorizations/dashboard")
  await expect
    .poll(async () => (await storedRows(h.worker, "authorizations")).map((a) => a.authNumber))
    .toContain("A261002210")

  const popup = await h.openPopup()
  await popup.getByRole("tab", { name: "Check & code" }).click()

  // RIVERA, MARIA's 10/07/2026 session: her authorization A261002210 starts 11/01/2026
  const row = popup.locator("article", { hasText: "2026281AB0412" })
  const finding = row.getByTestId("finding").and(row.locator('[data-rule="auth-missing"]'))
  await expect(finding).toBeVisible()
  await expect(finding).toContainText("A261002210")

  // the coder, by keyboard: minutes, then video from home with a commercial plan
  await popup.getByLabel("Face-to-face minutes").fill("55")
  await popup.getByLabel("Video").check()
  await expect(popup.getByTestId("coder-codes")).toContainText("90837")
  await expect(popup.getByTestId("coder-answer")).toContainText("10")

  const { violations } = await new AxeBuilder({ page: popup }).analyze()
  expect(
    violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} ${v.nodes[0]?.target}`)
  ).toEqual([])
})
