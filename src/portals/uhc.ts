// UnitedHealthcare Provider Portal (One Healthcare ID). Claims and prior-authorization tools.
import { kindByPath, type PortalAdapter } from "./types"

export const uhc: PortalAdapter = {
  id: "uhc",
  label: "UnitedHealthcare Provider Portal",
  // Hosts, checked 2026-12-01: the portal's pages after sign-in are on secure.uhcprovider.com (the "Sign in" of
  // https://www.uhcprovider.com/en/access.html); the public site, its "New user & user access" and training pages and
  // the older Link tools (UHCprovider.com/link, https://www.uhcprovider.com/en/admin-guides/administrative-guides-manuals-2021/quick-reference-guide-2021.html)
  // are on www.uhcprovider.com and uhcprovider.com (http://uhcprovider.com/en/new-user.html). provider.uhc.com, listed
  // before, appears on no UnitedHealthcare page found and is no longer listed.
  matches: ["https://secure.uhcprovider.com/*", "https://www.uhcprovider.com/*", "https://uhcprovider.com/*"],
  lastVerified: "2026-12-01",
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
