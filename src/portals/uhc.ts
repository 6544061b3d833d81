// UnitedHealthcare Provider Portal (One Healthcare ID). Claims and prior-authorization tools.
import { kindByPath, type PortalAdapter } from "./types"

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
  pageKindFromUrl: kindByPath([
    [/claims?\/.*(detail|summary\/\w)/i, "claim-detail"],
    [/claim/i, "claim-list"],
    [/(prior-?auth|referral|authorization).*(detail|case\/)/i, "auth-detail"],
    [/prior-?auth|authorization/i, "auth-list"]
  ])
}
