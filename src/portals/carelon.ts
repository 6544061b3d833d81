// Carelon Behavioral Health ProviderConnect (formerly Beacon Health Options): BH authorizations and claims
// for Carelon-managed plans.
import { kindByPath, type PortalAdapter } from "./types"

export const carelon: PortalAdapter = {
  id: "carelon",
  label: "Carelon Behavioral Health ProviderConnect",
  // Hosts, checked 2026-12-01. ProviderConnect kept its name through two rebrands, ValueOptions → Beacon Health
  // Options → Carelon Behavioral Health (March 1, 2023: https://www.sagaftraplans.org/health/search, "all phone
  // numbers, emails, websites, and apps will redirect you to the right place"):
  // - www.valueoptions.com: "Go to www.valueoptions.com, select the Provider tab, ProviderConnect login"
  //   (https://fill.io/MEDICAID-CO-BEHAVIORAL-HEALTH-MCCOB-PRE-ENROLLMENT-INSTRUCTIONS-WHICH)
  // - www.beaconhealthoptions.com: Beacon's provider site and eServices (ProviderConnect User Guide, Beacon Health
  //   Options IT, https://fdocuments.in/document/providerconnect-user-guide-beacon-health-options-providerconnect-user-guide-i.html)
  // - www.carelonbehavioralhealth.com: the provider portals page (sign-in now through Availity, payer ID BHOVO:
  //   https://www.carelonbehavioralhealth.com/providers/resources/provider-portals)
  // - *.beaconhealthoptions.com: also the state sites and their provider manuals
  //   (https://pa.beaconhealthoptions.com/providers/provider-manual/4-e-commerce-requirements/, which sends providers to
  //   ProviderConnect through the provider portals page above)
  // - *.carelonbh.com: Carelon Behavioral Health's own domain for its state programs and their provider pages
  //   (https://maryland.carelonbh.com/provider/, https://www.carelonbh.com/ctcfd/en/home/programs-supports/community-pathways)
  // - providerconnect.carelon.com: ProviderConnect under the Carelon name, as a public payer-contact list for Maryland
  //   Medicaid gives it (not confirmed on a Carelon page); www.providerconnect.carelon.com, listed before, appears
  //   nowhere public and is no longer listed.
  matches: [
    "https://providerconnect.carelon.com/*",
    "https://www.carelonbehavioralhealth.com/*",
    "https://*.carelonbh.com/*",
    "https://*.beaconhealthoptions.com/*",
    "https://www.valueoptions.com/*"
  ],
  lastVerified: "2026-12-01",
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
