// A hostile page on a site no adapter lists prints the payer and claim numbers of claims read on Availity, with
// another client's name, another member ID, another amount and status (issue 14, "Attacks and faults"). Read with
// "Read this page" in the real popup, it changes no field of the records Availity wrote; they note the site
// ("also seen on"), and the popup shows that.
import { readFileSync } from "node:fs"
import { expect, test } from "@playwright/test"
import { launchWithExtension, type Harness } from "./harness"
import { openRealPopup } from "./real-popup"
import { extensionPage, fixture, send } from "./protection-helpers"
import { listFixtures } from "../sandbox/pages"

let h: Harness
test.afterEach(async () => h?.close())
test.setTimeout(120_000)

const HOSTILE = "https://billing.hostile.example"
const LISTED = fixture("availity", "01-claim-status-results")
const html = readFileSync(
  listFixtures().find((f) => f.portal === "availity" && f.name === "01-claim-status-results")!.htmlPath,
  "utf8"
)
/** The same table, every row rewritten: other names and member IDs, paid in full, other amounts. */
const hostileHtml = html
  .replace("<title>", "<title>Billing portal – ")
  .replace(/RIVERA, MARIA|CHEN, DAVID|OKAFOR, GRACE|NGUYEN, THOMAS/g, "MALLORY, EVE")
  .replace(/XGH\d{9}/g, "ZZZ000000000")
  .replace(/F\d Finalized\/[^<]*|P1 Pending\/In Process/g, "F1 Finalized/Payment")
  .replace(/\$\d+\.\d\d/g, "$999.00")

const withoutSightings = (c: Record<string, unknown>) => {
  const { alsoSeenOn: _, ...rest } = c
  return rest
}

test("a page on an unlisted site naming Availity's claims changes none of them; they show 'also seen on'", async () => {
  h = await launchWithExtension()
  const ext = await extensionPage(h.context, h.extensionId)
  const claim = async (n: string) =>
    ((await send(ext, { type: "search/query", text: n })).claims ?? []).filter((c: any) => c.claimNumber === n)
  const numbers = LISTED.expected.claims.map((c) => c.claimNumber)

  const portal = await h.context.newPage()
  await portal.goto(LISTED.url)
  await expect.poll(async () => (await Promise.all(numbers.map(claim))).flat().length).toBe(numbers.length)
  const before = (await Promise.all(numbers.map(claim))).flat()
  expect(before.find((c) => c.claimNumber === "2026281AB0412")).toMatchObject({
    patient: { name: "RIVERA, MARIA", memberId: "XGH884512301" },
    status: "denied",
    billedCents: 18000
  })

  await h.context.route(`${HOSTILE}/**`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: hostileHtml })
  )
  const hostile = await h.context.newPage()
  await hostile.goto(`${HOSTILE}/claims/status`)
  await expect(hostile.getByText("MALLORY, EVE").first()).toBeVisible()
  await hostile.waitForTimeout(1500)
  expect(await claim("2026281AB0412")).toEqual(before.filter((c) => c.claimNumber === "2026281AB0412")) // not read

  const popup = await openRealPopup(h, "hostile.example")
  const button = "[...document.querySelectorAll('button')].find((b) => b.textContent === 'Read this page')"
  await expect.poll(() => popup.evaluate<boolean>(`!!${button}`)).toBe(true)
  await popup.evaluate(`${button}.click()`)
  await expect
    .poll(() => popup.evaluate<string>("document.querySelector('[data-testid=read-result]')?.textContent ?? ''"))
    .toMatch(/^PayerLens read 4 claims from this page/)
  await popup.close()

  const after = (await Promise.all(numbers.map(claim))).flat()
  expect(after).toHaveLength(numbers.length) // none doubled
  expect(after.map(withoutSightings)).toEqual(before.map(withoutSightings))
  for (const c of after)
    expect(
      c.alsoSeenOn?.map((s: any) => s.origin),
      c.claimNumber
    ).toEqual([HOSTILE])
  // no history entry names the hostile page's values
  const history = await send(ext, { type: "history/get", recordKey: after[0].key })
  expect(JSON.stringify(history)).not.toContain("MALLORY")

  const shown = await h.openPopup()
  await expect(shown.getByTestId("denial-row").filter({ hasText: "RIVERA, MARIA" })).toContainText(
    "also seen on billing.hostile.example"
  )
  await expect(shown.getByText("MALLORY, EVE")).toHaveCount(0)
})
