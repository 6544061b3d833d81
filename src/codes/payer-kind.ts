// Which kind of payer a claim went to, from the payer's name alone: Original Medicare, Medicaid, a commercial
// plan, or unknown when the name does not say. Medicare Advantage and other plans that carry "Medicare" next
// to a carrier's name are not Original Medicare (no ABN, their own corrected-claim rules): unknown.
export const PAYER_KINDS = ["medicare", "medicaid", "commercial", "unknown"] as const
export type PayerKind = (typeof PAYER_KINDS)[number]

const MEDICAID =
  /\bmedicaid\b|\bmedi-?cal\b|\bmasshealth\b|\bnysdoh\b|\bemedny\b|\bepaces\b|\bmedical assistance\b|\bahcccs\b|\btenncare\b|\bsoonercare\b|\bbadgercare\b|\bmo healthnet\b|\bkancare\b|\bhusky health\b|\bapple health\b/
const MEDICARE =
  /\bmedicare\b|\bnoridian\b|\bnovitas\b|\bpalmetto gba\b|\bcgs administrators\b|\bfirst coast service options\b|\bnational government services\b|\bwps government health\b/
/** Words that put a "Medicare" name on a private plan (Medicare Advantage, dual or supplement plans). */
const PRIVATE_MEDICARE = /advantage|\bhmo\b|\bppo\b|\bsnp\b|\bdual\b|supplement|medigap|complete|\bplan\b/
const COMMERCIAL =
  /\bunited ?health ?care\b|\buhc\b|\boptum\b|\baetna\b|\bcigna\b|\bevernorth\b|\banthem\b|\belevance\b|\bblue cross\b|\bblue shield\b|\bbcbs\b|\bhighmark\b|\bregence\b|\bpremera\b|\bcarelon\b|\bmagellan\b|\bhumana\b|\boscar\b|\bkaiser\b|\bharvard pilgrim\b|\btufts\b|\bemblem ?health\b|\bempire\b|\bwellmark\b|\bhorizon\b|\bbeacon\b|\bumr\b|\bmeritain\b/

/** The payer kind from the name a page or remittance shows; null or empty is unknown. */
export function payerKind(name: string | null | undefined): PayerKind {
  const n = (name ?? "").toLowerCase().replace(/\s+/g, " ").trim()
  if (!n) return "unknown"
  const medicaid = MEDICAID.test(n)
  const medicare = MEDICARE.test(n)
  if (medicaid && medicare) return "unknown"
  if (medicaid) return "medicaid"
  if (medicare) return COMMERCIAL.test(n) || PRIVATE_MEDICARE.test(n) ? "unknown" : "medicare"
  if (!COMMERCIAL.test(n)) return "unknown"
  // a carrier's Medicaid or CHIP brand ("Community Plan", "Better Health") without the word Medicaid: not knowable from the name
  return /community plan|better health|\bchip\b|healthy (kids|families)/.test(n) ? "unknown" : "commercial"
}
