// Optum Provider Express: the behavioral-health portal for UnitedHealthcare and Optum plans.
import { kindByPath, type PortalAdapter } from "./types"

export const optumBh: PortalAdapter = {
  id: "optum-bh",
  label: "Optum Provider Express (behavioral health)",
  // Hosts, checked 2026-12-01: the secure transactions (Claim Entry, Claim Inquiry, Auth Inquiry) and the help pages
  // are on www.providerexpress.com (https://www.providerexpress.com/content/ope-provexpr/us1/en/admin-resources/claim-tips/claim-entry-through-provider-express.html);
  // the public pages also on public.providerexpress.com (https://public.providerexpress.com/content/ope-provexpr/us/en/admin-resources/claim-tips/claim-entry-through-provider-express.html);
  // providerexpress.com without www. is the address people type.
  matches: [
    "https://www.providerexpress.com/*",
    "https://providerexpress.com/*",
    "https://public.providerexpress.com/*"
  ],
  lastVerified: "2026-12-01",
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
  pageKindFromUrl: kindByPath([
    [/payment|remit/i, "remittance"],
    [/claim.*detail/i, "claim-detail"],
    [/claim/i, "claim-list"],
    [/auth.*detail/i, "auth-detail"],
    [/auth/i, "auth-list"]
  ])
}
