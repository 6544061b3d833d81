// Cigna for Health Care Professionals (CignaforHCP): claims and precertification for Cigna and Cigna
// Behavioral Health (Evernorth) members.
import { kindByPath, type PortalAdapter } from "./types"

export const cigna: PortalAdapter = {
  id: "cigna",
  label: "Cigna for HCP",
  matches: ["https://cignaforhcp.cigna.com/*"],
  lastVerified: "2026-11-27",
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
