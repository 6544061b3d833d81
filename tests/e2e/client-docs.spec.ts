// The client's side in the real popup: "Explain to the client" on a sandbox claim the deductible took, and a
// superbill PDF downloaded from the patient view, its text read back out of the file.
import { readFileSync } from "node:fs"
import AxeBuilder from "@axe-core/playwright"
import { expect, test } from "@playwright/test"
import { launchWithExtension, storedClaimNumbers, type Harness } from "./harness"

let h: Harness
test.beforeEach(async () => {
  h = await launchWithExtension()
})
test.afterEach(async () => h.close())
test.setTimeout(150_000)

async function pdfText(path: string): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs")
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(readFileSync(path)),
    useSystemFonts: false,
    isEvalSupported: false
  }).promise
  const pages: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "))
  }
  return pages.join("\n")
}

test("a deductible-only claim explained to the client; a superbill PDF with the practice, client and session", async () => {
  const options = await h.context.newPage()
  await options.goto(`chrome-extension://${h.extensionId}/options.html`)
  await options.getByLabel("Practice name", { exact: true }).fill("Lakeside Counseling PLLC")
  await options.getByLabel("NPI", { exact: true }).fill("1234567893")
  await options.getByLabel("Tax ID", { exact: true }).fill("12-3456789")
  await options.getByLabel("Address", { exact: true }).fill("200 Main St, Suite 4, Albany NY 12207")
  await options.getByLabel("Phone", { exact: true }).fill("(518) 555-0142")
  await options.getByRole("button", { name: "Add a clinician" }).click()
  await options.getByLabel("Clinician name", { exact: true }).fill("Dana Whitfield")
  await options.getByLabel("Credentials", { exact: true }).fill("LCSW")
  await options.getByRole("button", { name: "Save" }).click()
  await expect(options.getByTestId("options-message")).toHaveText("Saved.")

  const page = await h.context.newPage()
  await page.goto("https://apps.availity.com/public/apps/claim-status/#/results?payerId=87726")
  await expect.poll(() => storedClaimNumbers(h.worker)).toContain("FJ84410927")

  const popup = await h.openPopup()
  await popup.getByRole("tab", { name: "Balances" }).click()
  const brooks = popup.getByTestId("balance-row").filter({ hasText: "BROOKS, ETHAN" })
  await brooks.getByRole("button", { name: "Explain to the client" }).click()
  const statement = popup.getByTestId("client-statement")
  await expect(statement).toContainText("$118.27") // the deductible, what the client owes
  await expect(statement).toContainText(/deductible/i)
  const { violations } = await new AxeBuilder({ page: popup }).include("[data-testid=client-statement]").analyze()
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([])
  await statement.getByRole("button", { name: "← Back" }).click()

  // the client's superbill from the patient view: the captured session is picked already
  await popup.getByRole("searchbox").fill("brooks")
  await popup.getByTestId("patient-result").first().getByRole("button").click()
  await popup.getByRole("button", { name: "Superbill for this client" }).click()
  const form = popup.getByTestId("superbill-form")
  await expect(form).toBeVisible()
  const download = popup.waitForEvent("download")
  await form.getByRole("button", { name: "Save superbill PDF" }).click()
  const file = await (await download).path()
  const text = await pdfText(file)
  for (const expected of [
    "Lakeside Counseling PLLC",
    "1234567893",
    "12-3456789",
    "(518) 555-0142",
    "BROOKS, ETHAN",
    "90837",
    "Dana Whitfield"
  ])
    expect(text, expected).toContain(expected)
})
