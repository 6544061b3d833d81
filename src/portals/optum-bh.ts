// Optum Provider Express: the behavioral-health portal for UnitedHealthcare and Optum plans.
import type { PortalAdapter } from "./types"

export const optumBh: PortalAdapter = {
  id: "optum-bh",
  label: "Optum Provider Express (behavioral health)",
  matches: ["https://www.providerexpress.com/*", "https://providerexpress.com/*"],
  lastVerified: "2026-11-27",
  payer: "Optum Behavioral Health",
  vocabulary: {
    claimNumber: ["claim number", "claim #", "claim id"],
    authNumber: ["auth #", "authorization #", "certification #", "confirmation #"],
    unitsApproved: ["visits authorized", "# of visits", "visits certified", "number of visits"],
    unitsUsed: ["visits used", "visits utilized"],
    unitsRemaining: ["visits remaining", "remaining visits"],
    patientName: ["member name", "patient"],
    paid: ["payment amount", "paid amount"],
    ignore: ["clinician", "clinician name", "level of care", "claim entry confirmation"]
  },
  pageKindFromUrl(url) {
    const path = url.pathname + url.hash
    if (/payment|remit/i.test(path)) return "remittance"
    if (/claim.*detail/i.test(path)) return "claim-detail"
    if (/claim/i.test(path)) return "claim-list"
    if (/auth.*detail/i.test(path)) return "auth-detail"
    if (/auth/i.test(path)) return "auth-list"
    return null
  }
}
