// NY Medicaid ePACES (eMedNY): claim status responses and prior approval / service authorization.
import { kindByPath, type PortalAdapter } from "./types"

export const epaces: PortalAdapter = {
  id: "epaces",
  label: "NY Medicaid ePACES",
  // Hosts, checked 2026-12-01: ePACES and its online help (https://epaces.emedny.org/help/Defining_Users.htm) are on
  // epaces.emedny.org; enrolment and the ePACES self-help and training pages on www.emedny.org
  // (https://www.emedny.org/selfhelp/ePACES/ePACES_GeneralInfo.aspx, http://www.emedny.org/enroll).
  matches: ["https://epaces.emedny.org/*", "https://www.emedny.org/*"],
  lastVerified: "2026-12-01",
  payer: "NY Medicaid",
  vocabulary: {
    claimNumber: ["payer claim control #", "payer claim id", "tcn"],
    memberId: ["client id", "cin"],
    patientName: ["client name", "client last name"],
    billed: ["total claim charge amount", "line item charge amount"],
    paid: ["paid amount", "line item provider payment amount"],
    status: ["claim level status", "line level status"],
    checkNumber: ["remittance trace #"],
    paymentDate: ["remittance date"],
    authNumber: ["prior approval #", "prior approval number", "service authorization #"],
    ignore: ["status effective date", "bill type", "patient control #", "facility code"]
  },
  pageKindFromUrl: kindByPath([
    [/claimstatus.*(detail|response)/i, "claim-detail"],
    [/claim/i, "claim-list"],
    [/(priorapproval|authorization).*(detail|response)/i, "auth-detail"],
    [/priorapproval|authorization/i, "auth-list"]
  ])
}
