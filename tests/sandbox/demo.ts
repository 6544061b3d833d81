// npm run demo: the built extension in Debian Chromium, browsing the sandbox portal as a biller would.
// With a display it is a real window to click through; without one it runs headless, writes screenshots
// of the popup to a folder it prints, prints a summary and exits 0.
import { mkdirSync } from "node:fs"
import { join, resolve } from "node:path"
import { buildOverview } from "../../src/attention/overview"
import { localDate } from "../../src/dates/calendar"
import type { StoredAuthorization, StoredClaim } from "../../src/model/records"
import { launchWithExtension, storedRows } from "../e2e/harness"

const TOUR = [
  ["Availity home (Claim Status runs in an iframe)", "https://essentials.availity.com/home"],
  ["Availity claim detail", "https://apps.availity.com/public/apps/claim-status/claim/2026281AB0412"],
  ["Availity authorizations dashboard", "https://apps.availity.com/public/apps/authorizations/dashboard"]
] as const

const headless = !process.env.DISPLAY
const out = resolve("demo-output", new Date().toISOString().replace(/[:.]/g, "-"))
const h = await launchWithExtension({ headless })
try {
  const page = await h.context.newPage()
  for (const [label, url] of TOUR) {
    process.stdout.write(`reading: ${label}\n`)
    await page.goto(url)
    await page.waitForTimeout(2500) // the content script reads once the page settles
  }
  const claims = await storedRows<StoredClaim>(h.worker, "claims")
  const auths = await storedRows<StoredAuthorization>(h.worker, "authorizations")
  const overview = buildOverview(claims, auths, localDate(new Date()))
  const popup = await h.openPopup()
  await popup.getByRole("heading", { name: /Denials/ }).waitFor()
  if (headless) {
    mkdirSync(out, { recursive: true })
    await popup.screenshot({ path: join(out, "popup.png"), fullPage: true })
    // the whole list, as a biller scrolls it
    await popup.addStyleTag({ content: ".popup { max-height: none !important }" })
    await popup.screenshot({ path: join(out, "popup-full.png"), fullPage: true })
    await popup.emulateMedia({ colorScheme: "dark" })
    await popup.screenshot({ path: join(out, "popup-dark.png"), fullPage: true })
    await page.screenshot({ path: join(out, "portal-page.png") })
  }
  process.stdout.write(
    [
      "",
      "PayerLens demo summary",
      `  claims captured:          ${claims.length}`,
      `  authorizations captured:  ${auths.length}`,
      `  open denials:             ${overview.denials.length}`,
      `  items needing attention:  ${overview.attentionCount}`,
      headless ? `  screenshots:              ${out}` : "  close the browser window to end the demo",
      ""
    ].join("\n")
  )
  if (!headless) await new Promise<void>((done) => h.context.on("close", () => done()))
} finally {
  await h.close().catch(() => undefined)
}
