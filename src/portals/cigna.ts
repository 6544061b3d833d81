// Cigna for Health Care Professionals (CignaforHCP): claims and precertification for Cigna and Cigna
// Behavioral Health (Evernorth) members.
import { kindByPath, type PortalAdapter } from "./types"

export const cigna: PortalAdapter = {
  id: "cigna",
  label: "Cigna for HCP",
  // Hosts, checked 2026-12-01: the portal, its login (cignaforhcp.cigna.com/app/login) and secure pages
  // (cignaforhcp.cigna.com/web/secure/chcp/...) are on cignaforhcp.cigna.com; Cigna's pages send providers to
  // "CignaforHCP.com" (https://cigna.com/health-care-providers/coverage-and-claims/precertification,
  // https://providernewsroom.com/cigna-healthcare/correspondence-center-faq/) and www.cignaforhcp.com
  // (http://www.onehealthport.com/services/health_plan_cigna.php), which lead there.
  matches: ["https://cignaforhcp.cigna.com/*", "https://www.cignaforhcp.com/*", "https://cignaforhcp.com/*"],
  lastVerified: "2026-12-01",
  payer: "Cigna",
  vocabulary: {
    claimNumber: ["claim #", "claim reference #", "claim id"],
    patientName: ["patient", "patient name"],
    billed: ["amount billed", "charges"],
    paid: ["amount paid", "paid amount"],
    patientResp: ["patient responsibility", "patient resp."],
    authNumber: ["precert #", "precertification #", "precertification number", "case id"],
    unitsApproved: ["approved units", "approved visits", "units/visits approved"],
    ignore: ["account #", "network status"]
  },
  pageKindFromUrl: kindByPath([
    [/claim.*detail/i, "claim-detail"],
    [/claim/i, "claim-list"],
    [/precert.*detail|auth.*detail/i, "auth-detail"],
    [/precert|auth/i, "auth-list"]
  ])
}
