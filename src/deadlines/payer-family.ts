// Which row of the deadline table a payer name belongs to. Builds on the shared classifier (src/codes/payer-kind)
// for Original Medicare and Medicaid, and adds what deadlines need on top: Medicare Advantage plan names (a
// private plan with contracted limits, never Original Medicare's 12 months), New York Medicaid (eMedNY), the
// carve-out behavioral health companies, and Blue plans other than Anthem's. A name it cannot place is null:
// no row, no guessed deadline.
import { payerKind } from "../codes/payer-kind"

export const PAYER_FAMILIES = [
  "medicare",
  "medicare-advantage",
  "medicaid-ny",
  "medicaid",
  "unitedhealthcare",
  "optum-bh",
  "cigna",
  "aetna",
  "anthem",
  "blue-plan",
  "carelon"
] as const
export type PayerFamily = (typeof PAYER_FAMILIES)[number]

/** Plan names that read as Medicare Advantage (Part C): the carrier's own words for its MA products. */
const MEDICARE_ADVANTAGE =
  /medicare advantage|medicare complete|\bma-?pd\b|dual complete|aarp medicare|humana gold|medicare (hmo|ppo|pffs|msa)\b|\b(hmo|ppo)\b.*\bmedicare\b|\b(d-|c-|i-)?snp\b|special needs plan|medicare plus blue|mediblue|senior advantage|wellcare|secure horizons|\bmedicare\b.*\badvantage\b/
/** Medicare Supplement (Medigap) pays after Original Medicare: its claims cross over, it has no row here. */
const SUPPLEMENT = /supplement|medigap|med ?supp\b/
/** A carrier's name next to "Medicare": a private Medicare plan (Advantage), not Original Medicare. */
const CARRIER =
  /\bunited ?health ?care\b|\buhc\b|\baetna\b|\bcigna\b|\bhumana\b|\banthem\b|\belevance\b|\bblue cross\b|\bblue shield\b|\bbcbs[a-z]{0,2}\b|\bhighmark\b|\bregence\b|\bpremera\b|\bkaiser\b|\bcentene\b|\bmolina\b|\bhealthfirst\b|\bemblem ?health\b|\bfidelis\b|\bdevoted\b|\balignment\b|\bclover\b|\bscan\b/
/** Medicaid managed care brands: the plan's own limits apply, not the state's fee-for-service rule. */
const MEDICAID_MANAGED =
  /community plan|better health|\bchip\b|healthy (kids|families)|managed (long term )?care|\bmco\b/
const NEW_YORK = /\bny\b|\bnys\b|new york|emedny|epaces|nysdoh/

const OPTUM_BH = /\boptum\b|united behavioral|\bubh\b/
const CARELON = /carelon|beacon health options|valueoptions|value options/
const UHC = /\bunited ?health ?care\b|\buhc\b/
const CIGNA = /\bcigna\b|\bevernorth\b/
const AETNA = /\baetna\b/
const ANTHEM = /\banthem\b|\belevance\b|empire (blue|bcbs)/
const BLUE =
  /blue cross|blue shield|\bbcbs[a-z]{0,2}\b|\bhighmark\b|\bregence\b|\bpremera\b|\bwellmark\b|\bcarefirst\b|\bexcellus\b|florida blue|independence blue|capital blue|\bbluecross\b|\bblueshield\b/

/** Portal ids (src/portals) that say the payer when the page names none. */
const BY_PORTAL: Record<string, PayerFamily> = {
  epaces: "medicaid-ny",
  "optum-bh": "optum-bh",
  carelon: "carelon",
  uhc: "unitedhealthcare",
  cigna: "cigna"
}

/** True when a plan name reads as Medicare Advantage ("AARP Medicare Advantage", "UnitedHealthcare Dual
 * Complete", "Humana Gold Plus", "Aetna Medicare PPO"), false for Original Medicare and Medigap. */
export function isMedicareAdvantage(name: string | null | undefined): boolean {
  const n = normal(name)
  if (!n || SUPPLEMENT.test(n)) return false
  if (MEDICARE_ADVANTAGE.test(n)) return true
  return /\bmedicare\b/.test(n) && CARRIER.test(n)
}

/** True for a Blue Cross / Blue Shield plan that is not Anthem's (Anthem has its own row). */
export function isOtherBluePlan(name: string | null | undefined): boolean {
  const n = normal(name)
  return !!n && BLUE.test(n) && !ANTHEM.test(n)
}

const families = new Map<string, PayerFamily | null>()

/** The table row for a payer name (and, when the page shows no name, the portal it was read from). Cached:
 * the A/R view asks for every claim, and a practice sees a handful of payer names. */
export function payerFamily(name: string | null | undefined, portal?: string | null): PayerFamily | null {
  const key = `${portal ?? ""}|${name ?? ""}`
  let family = families.get(key)
  if (family === undefined) {
    if (families.size > 5_000) families.clear()
    families.set(key, (family = classify(name, portal)))
  }
  return family
}

function classify(name: string | null | undefined, portal?: string | null): PayerFamily | null {
  const n = normal(name)
  if (!n) return (portal && BY_PORTAL[portal]) || null
  if (SUPPLEMENT.test(n)) return null
  if (isMedicareAdvantage(n)) return "medicare-advantage"
  const kind = payerKind(n)
  if (kind === "medicare") return "medicare"
  if (kind === "medicaid")
    return (NEW_YORK.test(n) || portal === "epaces") && !MEDICAID_MANAGED.test(n) ? "medicaid-ny" : "medicaid"
  if (MEDICAID_MANAGED.test(n) && (UHC.test(n) || AETNA.test(n) || ANTHEM.test(n) || CIGNA.test(n))) return "medicaid"
  if (OPTUM_BH.test(n)) return "optum-bh"
  if (CARELON.test(n)) return "carelon"
  if (UHC.test(n)) return "unitedhealthcare"
  if (CIGNA.test(n)) return "cigna"
  if (AETNA.test(n)) return "aetna"
  if (ANTHEM.test(n)) return "anthem"
  if (BLUE.test(n)) return "blue-plan"
  if (portal === "epaces" && /medicaid|medical assistance/.test(n)) return "medicaid-ny"
  return null
}

function normal(name: string | null | undefined): string {
  return (name ?? "").toLowerCase().replace(/\s+/g, " ").trim()
}
