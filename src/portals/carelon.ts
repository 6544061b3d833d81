// Carelon Behavioral Health ProviderConnect (formerly Beacon Health Options): BH authorizations and claims
// for Carelon-managed plans.
import { kindByPath, type PortalAdapter } from "./types"

export const carelon: PortalAdapter = {
  id: "carelon",
  label: "Carelon Behavioral Health ProviderConnect",
  matches: ["https://providerconnect.carelon.com/*", "https://www.providerconnect.carelon.com/*"],
  lastVerified: "2026-11-27",
  payer: "Carelon Behavioral Health",
  vocabulary: {
    authNumber: ["authorization #", "auth #", "authorization number"],
    claimNumber: ["claim #", "claim number"],
    patientName: ["member name", "member"],
    memberId: ["member id", "subscriber id"],
    unitsApproved: ["units approved", "approved units", "# units auth"],
    unitsUsed: ["units used", "units consumed"],
    unitsRemaining: ["units remaining", "remaining units"],
    startDate: ["start date", "auth start date"],
    endDate: ["end date", "auth end date"],
    ignore: ["level of service", "type of service", "provider name"]
  },
  pageKindFromUrl: kindByPath([
    [/claim.*(detail|view)/i, "claim-detail"],
    [/claim/i, "claim-list"],
    [/auth.*(detail|view)/i, "auth-detail"],
    [/auth/i, "auth-list"]
  ])
}
