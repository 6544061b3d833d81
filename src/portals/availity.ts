// Availity Essentials: a multi-payer portal. Its applications (Claim Status, Authorizations & Referrals)
// run inside iframes on apps.availity.com, so the content script runs in all frames.
import { kindByPath, type PortalAdapter } from "./types"

export const availity: PortalAdapter = {
  id: "availity",
  label: "Availity Essentials",
  // Hosts, checked 2026-12-01 against Availity's public pages:
  // - apps.availity.com: the applications and the login page (apps.availity.com/availity/web/public.elegant.login,
  //   the "Log In" link of www.availity.com); Claim Status and Authorizations & Referrals run there in iframes
  // - essentials.availity.com: Availity Essentials itself and its help and training
  //   (https://essentials.availity.com/availity/help-open/source/portal_providers/account_administration/registration/_topics/c_new_user_accounts.html)
  // Carelon's ProviderConnect is reached through Availity too (BHOVO payer space), on these same hosts:
  // https://www.carelonbehavioralhealth.com/providers/resources/provider-portals
  matches: ["https://apps.availity.com/*", "https://essentials.availity.com/*"],
  lastVerified: "2026-12-01",
  payer: null,
  vocabulary: {
    claimNumber: ["claim number", "payer claim number", "claim #"],
    patientName: ["patient name", "patient"],
    serviceDates: ["service dates", "date(s) of service"],
    billed: ["billed amount", "total charges"],
    checkNumber: ["check/eft #", "check or eft number"],
    authNumber: ["certification number", "auth/ref number", "reference number"],
    unitsApproved: ["approved quantity", "quantity approved", "visits/units approved"],
    ignore: ["transaction id", "tracking id", "submission date", "request date", "patient account #"]
  },
  pageKindFromUrl: kindByPath([
    [/claim-status.*(detail|claim\/)/i, "claim-detail"],
    [/claim-status/i, "claim-list"],
    [/auth.*(detail|request\/)/i, "auth-detail"],
    [/auth/i, "auth-list"],
    [/remit/i, "remittance"]
  ])
}
