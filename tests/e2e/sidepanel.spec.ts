// The side panel, opened for real from the popup's button: the popup's views beside the portal, with the
// records read from the current tab listed on top and marked in the lists; it follows the tab as it is read.
import { createRequire } from "node:module"
import { expect, test } from "@playwright/test"
import { launchWithExtension, storedRows, type Harness } from "./harness"
import { openRealSidePanel } from "./real-popup"

const axeSource: string = createRequire(import.meta.url)("axe-core").source
let h: Harness
test.beforeEach(async () => {
  h = await launchWithExtension()
})
test.afterEach(async () => h.close())
test.setTimeout(120_000)

const authNumbers = async () => (await storedRows(h.worker, "authorizations")).map((a) => a.authNumber).sort()

test("the side panel marks what the current tab's page holds and follows the tab", async () => {
  const uhc = await h.context.newPage()
  await uhc.goto("https://secure.uhcprovider.com/prior-auth/status")
  await expect.poll(authNumbers).toHaveLength(3)
  const availity = await h.context.newPage()
  await availity.goto("https://apps.availity.com/public/apps/authorizations/dashboard")
  await expect.poll(authNumbers).toHaveLength(6)
  await availity.bringToFront()

  const panel = await openRealSidePanel(h, "apps.availity.com")
  const text = () => panel.evaluate<string>("document.body.innerText")
  await expect.poll(text).toContain("ON THIS PAGE")
  const onPage = () =>
    panel.evaluate<string[]>(
      "[...document.querySelectorAll('[data-testid=on-page-auth]')].map((li) => li.textContent.split(' · ')[0])"
    )
  await expect
    .poll(async () => (await onPage()).sort())
    .toEqual(["Auth A261000893", "Auth A261001457", "Auth A261002210"])

  // in the authorizations list, the three read from this tab are marked; the UHC ones are not
  await panel.evaluate("document.querySelector('[role=tab][id=tab-authorizations]').click()")
  const marked = () =>
    panel.evaluate<string[]>(
      "[...document.querySelectorAll('[data-testid=auth-row].here')].map((r) => r.getAttribute('aria-label')).sort()"
    )
  await expect
    .poll(marked)
    .toEqual(["Authorization A261000893", "Authorization A261001457", "Authorization A261002210"])
  const all = await panel.evaluate<number>("document.querySelectorAll('[data-testid=auth-row]').length")
  expect(all).toBeGreaterThan((await marked()).length)

  // the tab moves on to a claim list: the panel follows
  await availity.goto("https://apps.availity.com/public/apps/claim-status/results")
  const onPageClaims = () => panel.evaluate<number>("document.querySelectorAll('[data-testid=on-page-claim]').length")
  await expect.poll(onPageClaims, { timeout: 20_000 }).toBe(4)
  await expect.poll(text).toContain("Claim 2026281AB0412 · RIVERA, MARIA")

  // axe inside the real side panel
  const violations = await panel.evaluate<string[]>(
    `${axeSource}; axe.run(document).then((r) => r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id))`
  )
  expect(violations).toEqual([])
})
