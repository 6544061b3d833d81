// Every host an adapter lists (the portals' current and former hosts, www./secure./provider. variants) is read by
// that adapter, not by the generic reader: the production manifest's match patterns, in real Chromium.
import { expect, test } from "@playwright/test"
import { PORTALS } from "../../src/portals/registry"
import { HOST_CHECK_PATH } from "../sandbox/server"
import { launchWithExtension, storedRows, type Harness } from "./harness"

/** A concrete host for each match pattern ("https://*.carelonbh.com/*" → provider.carelonbh.com). */
const HOSTS = PORTALS.flatMap((p) =>
  p.matches.map((m) => ({ portal: p.id, host: new URL(m.replace("*.", "provider.").replace(/\*$/, "")).hostname }))
)

let h: Harness
test.beforeAll(async () => {
  h = await launchWithExtension({ extraHosts: HOSTS.map((x) => x.host) })
})
test.afterAll(async () => h.close())
test.setTimeout(240_000)

test(`each of the ${HOSTS.length} listed hosts is read by its own adapter`, async () => {
  const page = await h.context.newPage()
  // one row per page read, with the adapter that read it (the capture log keeps counts only)
  const reads = async () => (await storedRows<{ portal: string }>(h.worker, "captures")).map((c) => c.portal)
  for (const [i, { portal, host }] of HOSTS.entries()) {
    await page.goto(`https://${host}${HOST_CHECK_PATH}`)
    await expect.poll(reads, { message: `${host} is read by ${portal}` }).toHaveLength(i + 1)
    expect((await reads())[i], host).toBe(portal)
  }
})
