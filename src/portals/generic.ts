// The fallback for any page no portal adapter claims: the generic reader with the base vocabulary.
import type { PortalAdapter } from "./types"

export const generic: PortalAdapter = {
  id: "generic",
  label: "Any portal (generic reader)",
  matches: [],
  lastVerified: "2026-11-27",
  payer: null,
  pageKindFromUrl(url) {
    return /remit|\bera\b|835|eob/i.test(url.pathname) ? "remittance" : null
  }
}
