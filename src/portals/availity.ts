// Availity Essentials: a multi-payer portal. Its applications (Claim Status, Authorizations & Referrals)
// run inside iframes on apps.availity.com, so the content script runs in all frames.
import { kindByPath, type PortalAdapter } from "./types"

export const availity: PortalAdapter = {
  id: "availity",
  label: "Availity Essentials",
  matches: ["https://apps.availity.com/*", "https://essentials.availity.com/*"],
  lastVerified: "2026-11-27",
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
