// Availity Essentials: a multi-payer portal. Its applications (Claim Status, Authorizations & Referrals)
// run inside iframes on apps.availity.com, so the content script runs in all frames.
import type { PortalAdapter } from "./types"

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
  pageKindFromUrl(url) {
    const path = url.pathname + url.hash
    if (/claim-status.*(detail|claim\/)/i.test(path)) return "claim-detail"
    if (/claim-status/i.test(path)) return "claim-list"
    if (/auth.*(detail|request\/)/i.test(path)) return "auth-detail"
    if (/auth/i.test(path)) return "auth-list"
    if (/remit/i.test(path)) return "remittance"
    return null
  }
}
