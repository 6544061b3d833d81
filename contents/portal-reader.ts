// Content script on listed portal hosts: reads the page with the shared reader and sends the capture to
// the background. Re-reads after single-page-app changes (debounced); never blocks the page.
// The match list must equal PORTAL_MATCHES from src/portals/registry (tests/unit/portals-registry.test.ts).
import type { PlasmoCSConfig } from "plasmo"
import { startPageWatch } from "../src/content/page-watch"

export const config: PlasmoCSConfig = {
  matches: [
    "https://apps.availity.com/*",
    "https://essentials.availity.com/*",
    "https://secure.uhcprovider.com/*",
    "https://www.uhcprovider.com/*",
    "https://uhcprovider.com/*",
    "https://www.providerexpress.com/*",
    "https://providerexpress.com/*",
    "https://public.providerexpress.com/*",
    "https://cignaforhcp.cigna.com/*",
    "https://www.cignaforhcp.com/*",
    "https://cignaforhcp.com/*",
    "https://providerconnect.carelon.com/*",
    "https://www.carelonbehavioralhealth.com/*",
    "https://*.carelonbh.com/*",
    "https://*.beaconhealthoptions.com/*",
    "https://www.valueoptions.com/*",
    "https://epaces.emedny.org/*",
    "https://www.emedny.org/*"
  ],
  all_frames: true,
  run_at: "document_idle"
}

startPageWatch()
