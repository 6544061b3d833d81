// A real 835 remittance imported through the options page's "Import remittance (835)" in real Chromium: the summary
// before saving, Import, then its denial in the popup's Denials, its copay in Balances, the claim's timeline naming
// the check, and the side panel's Payments view with the check balanced. The same file again stores nothing new; an
// 837 chosen by mistake is refused with its one reason. The import and Payments views are axe-clean.
import { createRequire } from "node:module"
import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Page, type Worker } from "@playwright/test"
import { HAS_SHARED, NEEDS_SHARED, sharedPath } from "../unit/shared"
import { launchWithExtension, storedRows, type Harness } from "./harness"
import { openRealSidePanel } from "./real-popup"

const axeSource: string = createRequire(import.meta.url)("axe-core").source
// TigerShark's 5010 example 3 (zentist/TigerShark tests/5010-835-example-3.txt, BSD-3): check 123456789 of
// 09/30/2011 for $57.44; CLAIMNUMBER1 denied (PR-29, nothing paid), CLAIMNUMBER2 paid $57.44 with a $30.00 copay (PR-3)
const SAMPLE = "05-tigershark-anesthesia-pr29.835"
const IMPORT_LABEL = /Choose or drop 835 files/

// an 837 professional claim file chosen by mistake (its envelope and header only: enough to be recognised)
const CLAIM_837 = [
  "ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *260301*1200*^*00501*000000001*0*P*:",
  "GS*HC*SUBMITTER*RECEIVER*20260301*1200*1*X*005010X222A1",
  "ST*837*0001*005010X222A1",
  "BHT*0019*00*0123*20260301*1200*CH",
  "SE*3*0001",
  "GE*1*1",
  "IEA*1*000000001",
  ""
].join("~")

// the start of the sample itself, cut off inside its first check (as a download interrupted)
const TRUNCATED_835 = [
  "ISA*00*          *00*          *ZZ*5010TEST       *ZZ*835RECVR       *110930*1105*^*00501*000004592*0*T*:",
  "GS*HP*5010TEST*835RECVR*20110930*100718*45920001*X*005010X221A1",
  "ST*835*0001",
  "BPR*I*57.44*C*CHK************20110930",
  "TRN*1*123456789*1123456789",
  "CLP*EDI PAID*1*100*57.44*30*12*CLAIMNUMBER2*11"
].join("~")

let h: Harness
test.setTimeout(180_000)

async function axeClean(page: Page, view: string) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical")
  expect(bad.map((v) => `${view}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([])
}

/** Every sealed row the import writes (claims, history, payments), as stored bytes: a second import of the same file
 * that rewrote anything (even the same record sealed again) would differ. */
async function sealedRows(worker: Worker): Promise<Record<string, string[]>> {
  return worker.evaluate(
    (names) =>
      new Promise<Record<string, string[]>>((resolve, reject) => {
        const open = indexedDB.open("payerlens")
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction(names)
          const out: Record<string, string[]> = {}
          const plain = (_: string, v: unknown) => (v instanceof Uint8Array ? Array.from(v).join(",") : v)
          for (const name of names) {
            const req = tx.objectStore(name).getAll()
            req.onsuccess = () => (out[name] = req.result.map((row) => JSON.stringify(row, plain)))
          }
          tx.oncomplete = () => resolve(out)
          tx.onerror = () => reject(tx.error)
        }
      }),
    ["sealedClaims", "sealedHistory", "payments"]
  )
}

test.describe(`835 import through options${NEEDS_SHARED}`, () => {
  test.skip(!HAS_SHARED, "../shared is absent in this clone: the real 835 samples are there")
  test.beforeEach(async () => {
    h = await launchWithExtension()
  })
  test.afterEach(async () => h?.close())

  test("a real 835: summary, Import, its denial, patient share, timeline and balanced check; twice is once", async () => {
    const options = await h.context.newPage()
    await options.goto(`chrome-extension://${h.extensionId}/options.html`)
    const section = options.getByRole("region", { name: "Import remittance (835)" })
    await expect(section).toBeVisible()
    await axeClean(options, "options with the import")

    // the summary before saving: nothing is stored yet
    await section.getByLabel(IMPORT_LABEL).setInputFiles(sharedPath("data", "era-samples", SAMPLE))
    await expect(section.getByTestId("era-summary")).toHaveText("2 claims: 1 paid, 1 denied")
    await expect(section.getByTestId("era-file")).toContainText("Will store: 2 new claims")
    await expect(section.getByTestId("era-file")).toContainText("Check/EFT 123456789 · 09/30/2011 · $57.44 · 2 claims")
    await expect(section.getByTestId("era-file")).toContainText("Balanced")
    expect(await storedRows(h.worker, "claims")).toEqual([])
    await axeClean(options, "import summary")

    await section.getByRole("button", { name: "Import" }).click()
    await expect(section.getByTestId("era-done")).toHaveText("Imported 1 of 1 file.")
    await expect(section.getByTestId("era-file")).toContainText("Stored: 2 new claims")
    await axeClean(options, "import done")
    const claims = await storedRows(h.worker, "claims")
    expect(claims.map((c) => [c.claimNumber, c.status, c.paidCents, c.portal]).sort()).toEqual([
      ["CLAIMNUMBER1", "denied", 0, "era"],
      ["CLAIMNUMBER2", "paid", 5744, "era"]
    ])
    const once = await sealedRows(h.worker)
    expect([once.sealedClaims.length, once.payments.length]).toEqual([2, 1])

    // the same file again: the summary says so, and Import rewrites nothing
    await section.getByLabel(IMPORT_LABEL).setInputFiles(sharedPath("data", "era-samples", SAMPLE))
    await expect(section.getByTestId("era-file")).toContainText("Will store: nothing new · 1 check imported before")
    await section.getByRole("button", { name: "Import" }).click()
    await expect(section.getByTestId("era-done")).toHaveText("Imported 1 of 1 file.")
    expect(await sealedRows(h.worker)).toEqual(once)

    // an 837 chosen by mistake and a download cut short: each refused with its one reason, Import not offered
    await section.getByLabel(IMPORT_LABEL).setInputFiles([
      { name: "claims-batch.837", mimeType: "text/plain", buffer: Buffer.from(CLAIM_837) },
      { name: "cut-short.835", mimeType: "text/plain", buffer: Buffer.from(TRUNCATED_835) }
    ])
    await expect(section.getByTestId("era-error")).toHaveText([
      "Not an 835: this file holds an 837 health care claim (005010X222A1), not a remittance.",
      "The file is truncated: transaction 0001 ends without its SE segment."
    ])
    await expect(section.getByTestId("era-file").first()).toContainText("Nothing from this file will be stored.")
    await expect(section.getByRole("button", { name: "Import" })).toBeDisabled()
    await axeClean(options, "refused file")
    await section.getByRole("button", { name: "Cancel" }).click()
    expect(await sealedRows(h.worker)).toEqual(once)

    // the popup: the denial in Denials with the check on its timeline, the copay in Balances
    const popup = await h.openPopup()
    const denial = popup.getByTestId("denial-row").filter({ hasText: "CLAIMNUMBER1" })
    await expect(denial).toBeVisible()
    await expect(denial).toContainText("LAST, FIRST")
    await denial.getByRole("button", { name: "Timeline" }).click()
    await expect(denial.getByRole("list", { name: "Timeline" })).toContainText(
      "from the remittance of check 123456789, paid 09/30/2011"
    )
    await popup.getByRole("tab", { name: "Balances" }).click()
    const share = popup.getByTestId("balance-row").filter({ hasText: "CLAIMNUMBER2" })
    await expect(share.getByTestId("owes")).toHaveText("owes $30.00")
    await expect(share).toContainText("Copay $30.00")

    // the side panel's Payments view, opened for real from the popup on the options tab
    await options.bringToFront()
    const panel = await openRealSidePanel(h, "options.html")
    await panel.evaluate("document.querySelector('[role=tab][id=tab-payments]').click()")
    const rows = () =>
      panel.evaluate<string[]>("[...document.querySelectorAll('[data-testid=payment-row]')].map((r) => r.innerText)")
    await expect.poll(rows, { timeout: 15_000 }).toHaveLength(1)
    const [row] = await rows()
    expect(row).toContain("Check 123456789")
    expect(row).toContain("09/30/2011")
    expect(row).toContain("$57.44")
    expect(row).toContain("2 claims, 1 paid, 1 denied")
    expect(await panel.evaluate<string>("document.querySelector('[data-testid=payment-balance]').textContent")).toBe(
      "Balanced"
    )
    const violations = await panel.evaluate<string[]>(
      `${axeSource}; axe.run(document).then((r) => r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id + " " + v.nodes[0].target))`
    )
    expect(violations).toEqual([])
  })
})
