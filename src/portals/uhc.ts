// UnitedHealthcare Provider Portal (One Healthcare ID). Claims and prior-authorization tools.
import type { PortalAdapter } from "./types"

export const uhc: PortalAdapter = {
  id: "uhc",
  label: "UnitedHealthcare Provider Portal",
  matches: ["https://secure.uhcprovider.com/*", "https://provider.uhc.com/*"],
  lastVerified: "2026-11-27",
  payer: "UnitedHealthcare",
  vocabulary: {
    claimNumber: ["claim #", "claim number", "claim no."],
    patientName: ["member", "patient name"],
    billed: ["amount billed", "billed charges"],
    paid: ["paid to provider", "plan paid"],
    patientResp: ["member responsibility", "patient responsibility", "amount member owes"],
    authNumber: ["reference #", "case number", "case #"],
    ignore: ["ticket #", "trackit", "reconsideration", "claim type"]
  },
  pageKindFromUrl(url) {
    const path = url.pathname + url.hash
    if (/claims?\/.*(detail|summary\/\w)/i.test(path)) return "claim-detail"
    if (/claim/i.test(path)) return "claim-list"
    if (/(prior-?auth|referral|authorization).*(detail|case\/)/i.test(path)) return "auth-detail"
    if (/prior-?auth|authorization/i.test(path)) return "auth-list"
    return null
  }
}
