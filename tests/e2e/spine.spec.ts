// Availity sandbox page → content script (in Availity's iframe) → background → IndexedDB → popup.
import { expect, test } from "@playwright/test"
import { daysBetween, localDate } from "../../src/dates/calendar"
import { launchWithExtension, storedClaimNumbers, storedRows, type Harness } from "./harness"

let h: Harness
test.beforeEach(async () => {
  h = await launchWithExtension()
})
test.afterEach(async () => h.close())

test("a denial and an authorization read in Availity show in the popup with the right values", async () => {
  const page = await h.context.newPage()
  await page.goto("https://essentials.availity.com/home")
  await expect.poll(() => storedClaimNumbers(h.worker)).toContain("2026281AB0412")
  await page.goto("https://apps.availity.com/public/apps/claim-status/claim/2026281AB0412")
  await expect
    .poll(async () => (await storedRows(h.worker, "claims")).find((c) => c.lines.length)?.claimNumber)
    .toBe("2026281AB0412")
  await page.goto("https://apps.availity.com/public/apps/authorizations/dashboard")
  await expect.poll(async () => (await storedRows(h.worker, "authorizations")).length).toBe(3)

  const popup = await h.openPopup()
  const denial = popup.getByTestId("denial-row").filter({ hasText: "RIVERA, MARIA" })
  await expect(denial).toContainText("DOS 10/07/2026")
  await expect(denial).toContainText("Anthem Blue Cross Blue Shield")
  await expect(denial.getByTestId("billed")).toHaveText("$180.00")
  await expect(denial.getByTestId("paid")).toHaveText("$0.00")
  await expect(denial.locator("code.carc")).toHaveText(["CO-197"])
  // N54 is on the detail page's service line only: the detail page was read and merged into the list row
  await expect(denial.locator("code.rarc")).toHaveText(["N54"])

  const help = denial.getByTestId("code-help").filter({ hasText: "CO-197" })
  await help.locator("summary").click()
  await expect(help).toContainText("Fix: Check PayerLens for an authorization covering the date")
  await expect(help.getByTestId("code-facts")).toHaveText(
    "PayerLens holds no authorization for this client and payer covering 10/07/2026."
  )
  await denial.getByRole("button", { name: "Timeline" }).click()
  await expect(denial.getByRole("list", { name: "Timeline" })).toContainText("Status: — → denied")
  await expect(denial.getByRole("list", { name: "Timeline" })).toContainText("Billed: — → $180.00")

  const partial = popup.getByTestId("denial-row").filter({ hasText: "NGUYEN, THOMAS" })
  await expect(partial.getByTestId("paid")).toHaveText("$96.25")
  await expect(popup.getByTestId("denial-row")).toHaveCount(2)

  const fresh = await h.openPopup()
  await fresh.getByRole("tab", { name: "Authorizations (3)" }).click()
  const left = daysBetween(localDate(new Date()), "2026-12-31")
  const auth = fresh.getByTestId("auth-row").filter({ hasText: "A261001457" })
  if (left >= 0) {
    await expect(auth).toContainText("OKAFOR, GRACE")
    await expect(auth.getByTestId("usage")).toHaveText("10 of 12 visits used")
    await expect(auth.getByTestId("days-left")).toHaveText(
      left === 0 ? "ends today" : `${left} day${left === 1 ? "" : "s"} left`
    )
    await expect(auth).toHaveClass(/attention/)
  } else {
    await expect(auth).toHaveCount(0) // expired authorizations are hidden
  }
  await expect(fresh.getByTestId("attention-count")).toContainText("need attention")

  // A/R: the denied and the pending claim are unpaid, and the partially paid one (its denied part's amount is not
  // on the page, so it adds no guessed dollars); the paid one is not
  await fresh.getByRole("tab", { name: "A/R" }).click()
  await expect(fresh.getByTestId("ageing-row")).toHaveCount(5)
  await expect(fresh.getByRole("list", { name: "Unpaid by payer" })).toHaveText(
    "Anthem Blue Cross Blue Shield: 3 claims, $400.00"
  )

  // the biller appealed the CO-197 denial (the level and the date sent): it leaves the inbox, waiting for a decision
  await fresh.getByRole("tab", { name: /Today/ }).click()
  const rivera = fresh.getByTestId("denial-row").filter({ hasText: "RIVERA, MARIA" })
  await rivera.getByRole("button", { name: "Appealed" }).click()
  await rivera.getByRole("button", { name: "Record appeal" }).click()
  await expect(fresh.getByTestId("denial-row")).toHaveCount(1)
  await expect(fresh.getByRole("heading", { name: "Denials (1)" })).toBeVisible()
})

test("a page on a host no adapter lists gets no content script", async () => {
  const page = await h.context.newPage()
  await page.goto("https://provider.keystonebhp.example/claims/inquiry")
  await expect(page.getByText("KB-77120388")).toBeVisible()
  // positive control on a listed host, read after the unlisted page had time to be read
  await page.waitForTimeout(1500)
  await page.goto("https://apps.availity.com/public/apps/claim-status/results")
  await expect.poll(() => storedClaimNumbers(h.worker)).toContain("2026281AB0412")
  const stored = await storedClaimNumbers(h.worker)
  expect(stored.filter((n) => n.startsWith("KB-"))).toEqual([])
})

test("the extension makes no network request of its own", async () => {
  const requests: string[] = []
  h.context.on("request", (r) => requests.push(r.url()))
  const opened = [
    "https://essentials.availity.com/home",
    "https://apps.availity.com/public/apps/claim-status/results", // the shell's iframe
    "https://apps.availity.com/public/apps/claim-status/claim/2026281AB0412",
    "https://apps.availity.com/public/apps/authorizations/dashboard"
  ]
  const page = await h.context.newPage()
  await page.goto(opened[0])
  await expect.poll(() => storedClaimNumbers(h.worker)).toHaveLength(4)
  await page.goto(opened[2])
  await expect.poll(async () => (await storedRows(h.worker, "claims")).some((c) => c.lines.length > 0)).toBe(true)
  await page.goto(opened[3])
  await expect.poll(async () => (await storedRows(h.worker, "authorizations")).length).toBe(3)
  const popup = await h.openPopup()
  await expect(popup.getByTestId("denial-row").first()).toBeVisible()
  await popup.waitForTimeout(1000)
  const outside = requests.filter((u) => !u.startsWith(`chrome-extension://${h.extensionId}/`) && !opened.includes(u))
  expect(outside).toEqual([])
  expect(requests).toEqual(expect.arrayContaining(opened))
})

test("the popup shows a storage failure instead of hiding it", async () => {
  await h.worker.evaluate(() =>
    (globalThis as any).chrome.storage.local.set({
      lastStorageError:
        "Storage error (QuotaExceededError): the browser's storage is full. Nothing already stored was changed."
    })
  )
  const popup = await h.openPopup()
  await expect(popup.getByRole("alert")).toContainText("storage is full")
})

test("a new user sees what to do next", async () => {
  const popup = await h.openPopup()
  await expect(popup.getByText("No open denials.")).toBeVisible()
  await popup.getByRole("tab", { name: "Authorizations (0)" }).click()
  await expect(popup.getByText("No authorizations yet.")).toBeVisible()
  await expect(popup.getByTestId("attention-count")).toHaveText("0 need attention")
})
