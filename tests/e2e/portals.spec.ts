// The production manifest on the real portal hosts (mapped to the sandbox): every listed portal is read
// as the user browses; any other site only when the user asks, through the real toolbar popup.
import { expect, test } from "@playwright/test"
import { launchWithExtension, storedClaimNumbers, storedRows, type Harness } from "./harness"
import { openRealPopup } from "./real-popup"

let h: Harness
test.beforeEach(async () => {
  h = await launchWithExtension()
})
test.afterEach(async () => h.close())

const PORTAL_PAGES = [
  {
    url: "https://secure.uhcprovider.com/claims/search-results",
    claims: ["FH71234509", "FH71239921", "FH71240017", "FH71244880"]
  },
  {
    url: "https://www.providerexpress.com/secure/claims/claimInquiryResults.do",
    claims: ["26213880154", "26220713362", "26227001417"]
  },
  {
    url: "https://cignaforhcp.cigna.com/app/claims/search/results",
    claims: ["E2026110455201", "E2026110455987", "E2026110461120"]
  },
  {
    url: "https://epaces.emedny.org/ClaimStatus/Worklist.aspx",
    claims: ["2026301000123456", "2026301000123999", "2026308000221780", "2026310000330412"]
  },
  {
    url: "https://providerconnect.carelon.com/pc/claims/claimListing",
    claims: ["BH26300058812", "BH26300059007", "BH26300061144"]
  }
]

test("claim lists on five more portals are read as the user browses", async () => {
  const page = await h.context.newPage()
  const expected: string[] = []
  for (const { url, claims } of PORTAL_PAGES) {
    await page.goto(url)
    expected.push(...claims)
    await expect.poll(() => storedClaimNumbers(h.worker)).toEqual([...expected].sort())
  }
  const rows = await storedRows(h.worker, "claims")
  expect(rows.find((c) => c.claimNumber === "FH71239921")).toMatchObject({
    payer: "UnitedHealthcare",
    status: "denied",
    billedCents: 21000
  })
  expect(rows.find((c) => c.claimNumber === "2026310000330412")).toMatchObject({
    payer: "NY Medicaid",
    status: "rejected"
  })
})

test("authorization pages on Carelon and Optum are read with their visit counts", async () => {
  const page = await h.context.newPage()
  const authNumbers = async () => (await storedRows(h.worker, "authorizations")).map((a) => a.authNumber).sort()
  await page.goto("https://providerconnect.carelon.com/pc/auth/authorizationListing")
  await expect.poll(authNumbers).toEqual(["2609A11876", "2611B00431", "2611B00432"])
  await page.goto("https://www.providerexpress.com/secure/auth/authInquiry.do")
  await expect.poll(authNumbers).toEqual(["2609A11876", "2611B00431", "2611B00432", "OP2608114471", "OP2608209935"])
  const auths = await storedRows(h.worker, "authorizations")
  expect(auths.find((a) => a.authNumber === "2611B00432")).toMatchObject({
    unitsRemaining: 3,
    unitType: "units",
    serviceCodes: ["90853"]
  })
  expect(auths.find((a) => a.authNumber === "OP2608209935")).toMatchObject({
    unitsApproved: 20,
    unitsUsed: 3,
    unitsRemaining: 17,
    unitType: "visits"
  })
})

test("'Read this page' in the real popup reads a site no adapter lists, once", async () => {
  const page = await h.context.newPage()
  await page.goto("https://provider.keystonebhp.example/claims/inquiry")
  await page.waitForTimeout(1500)
  expect(await storedClaimNumbers(h.worker)).toEqual([]) // not a listed portal: nothing read on its own

  const popup = await openRealPopup(h, "keystonebhp")
  await expect
    .poll(() => popup.evaluate<string>("document.body?.innerText ?? ''"))
    .toContain("Always read provider.keystonebhp.example")
  await popup.evaluate(
    "[...document.querySelectorAll('button')].find((b) => b.textContent === 'Read this page').click()"
  )
  await expect
    .poll(() => popup.evaluate<string>("document.querySelector('[data-testid=read-result]')?.textContent ?? ''"))
    .toBe("PayerLens read 3 claims from this page.")
  expect(await storedClaimNumbers(h.worker)).toEqual(["KB-77120034", "KB-77120388", "KB-77121902"])
  const denied = (await storedRows(h.worker, "claims")).find((c) => c.claimNumber === "KB-77120388")
  expect(denied).toMatchObject({
    portal: "generic",
    status: "denied",
    billedCents: 16500,
    patient: { name: "Brooks, Jamal" }
  })
  await popup.close()

  // the grant was for that tab and that page: another unlisted site in another tab is still not read
  const other = await h.context.newPage()
  await other.goto("https://providers.harborviewhp.example/remit/004418822")
  await other.waitForTimeout(1500)
  expect((await storedClaimNumbers(h.worker)).filter((n) => n.startsWith("HV"))).toEqual([])
})
