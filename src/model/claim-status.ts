// Claim status by revision 2 of the capture contract (../shared/contracts/README.md, "Claim status"): what a
// biller acts on decides the status. A claim the payer processed whose allowed amount all went to the patient's
// deductible, coinsurance or copay is `paid` with $0.00 paid, never a denial. One rule for the reader, the ERA
// import and the stored claims' re-classification.
import type { Adjustment, Claim, ClaimStatus } from "./capture"

/** Patient cost share: deductible (1), coinsurance (2), copay (3), and the other cost-share reasons the contract
 * lists (66 blood deductible, 142 monthly Medicaid patient liability, 187 consumer spending account payments). */
export const COST_SHARE_REASONS = ["1", "2", "3", "66", "142", "187"] as const
/** Contractual or informational reductions under CO/OA/PI (42 and A2 are retired contractual codes still seen). */
export const CONTRACTUAL_REASONS = ["23", "42", "45", "59", "94", "104", "131", "144", "253", "A2"] as const

export const isCostShare = (a: Pick<Adjustment, "group" | "reason">) =>
  a.group === "PR" && (COST_SHARE_REASONS as readonly string[]).includes(a.reason)

export const isContractual = (a: Pick<Adjustment, "group" | "reason">) =>
  a.group !== "PR" && (CONTRACTUAL_REASONS as readonly string[]).includes(a.reason)

/** Any adjustment except cost share and contractual or informational reductions; $0.00 denies nothing. A code
 * shown without its amount (null) counts: the page names it as a reason. PR-204, PR-96 … deny, patient liable. */
export function isDenialAdjustment(a: Adjustment): boolean {
  if (a.amountCents === 0) return false
  return !isCostShare(a) && !isContractual(a)
}

/** X12 277 claim status category codes (Claim Status Category Code list, as the contract maps them). */
const CATEGORY: Record<string, ClaimStatus | "by-amount"> = {
  A0: "received",
  A1: "received",
  A2: "received",
  A5: "received",
  A3: "rejected",
  A4: "rejected",
  A6: "rejected",
  A7: "rejected",
  A8: "rejected",
  P0: "pending",
  P1: "pending",
  P2: "pending",
  P3: "pending",
  P4: "pending",
  P5: "pending",
  F1: "paid",
  F2: "denied",
  F0: "by-amount",
  F3: "by-amount",
  F3F: "by-amount",
  F3N: "by-amount",
  F4: "by-amount",
  E0: "unknown",
  E1: "unknown",
  E2: "unknown",
  E3: "unknown",
  E4: "unknown",
  D0: "unknown"
}

/** The 277 category a status text starts with or names ("F4 Finalized/Adjudication Complete"), if any. */
export function statusCategory(text: string): string | null {
  return /\b(A[0-8]|P[0-5]|F3[FN]|F[0-4]|E[0-4]|D0)\b/.exec(text.toUpperCase())?.[1] ?? null
}

/** Page words that decide on their own (the contract: words win where they are explicit). */
const EXPLICIT_WORDS: [RegExp, ClaimStatus][] = [
  [/revers|void|recoup|take ?back/i, "reversed"],
  [/partial(ly)? (paid|pay|approved)|paid in part/i, "partially_paid"],
  [/reject|not accepted|returned|unprocessable/i, "rejected"],
  [/den(ied|ial)|not payable/i, "denied"],
  [/pend|in process|processing|suspend|additional information|in review|under review/i, "pending"],
  [/receiv|accepted|acknowledg|submitted|on file/i, "received"]
]
/** Words that say the claim was processed: the amounts decide. */
const PROCESSED_WORDS = /\bpaid\b|payment issued|finali[sz]ed|processed|adjudicat|complete|no payment|zero pay/i

export type StatusEvidence = {
  /** The page's status words (or a 277 category code). */
  text: string
  paidCents: number | null
  patientResponsibilityCents?: number | null
  /** Claim-level and line-level adjustments together. */
  adjustments: Adjustment[]
}

/** Status from the money alone; null when the paid amount is not known. */
export function statusByAmounts(e: Omit<StatusEvidence, "text">): ClaimStatus | null {
  if (e.paidCents === null) return null
  const denial = e.adjustments.some(isDenialAdjustment)
  if (e.paidCents > 0) return denial ? "partially_paid" : "paid"
  if (e.paidCents < 0) return "reversed"
  if (denial) return "denied"
  const costShare = e.adjustments.some((a) => isCostShare(a) && (a.amountCents ?? 1) !== 0)
  if (costShare || (e.patientResponsibilityCents ?? 0) > 0) return "paid"
  // processed, nothing paid, and nothing on the page says the patient owes: a biller must look at it
  return "denied"
}

export function classifyClaimStatus(e: StatusEvidence): ClaimStatus {
  const text = e.text.replace(/\s+/g, " ").trim()
  const category = statusCategory(text)
  if (category) {
    const mapped = CATEGORY[category]
    if (mapped !== "by-amount") return mapped
    return statusByAmounts(e) ?? "unknown"
  }
  for (const [re, status] of EXPLICIT_WORDS) if (re.test(text)) return status
  if (PROCESSED_WORDS.test(text)) {
    const byAmounts = statusByAmounts(e)
    if (byAmounts) return byAmounts
    return /\bpaid\b|payment issued/i.test(text) ? "paid" : /no payment|zero pay/i.test(text) ? "denied" : "unknown"
  }
  if (!text) return statusByAmounts(e) ?? "unknown"
  return "unknown"
}

/** CLP02 claim status codes of an 835 (X12 Claim Status Code list, as used in 005010X221A1 CLP02). */
export const CLP02_MEANINGS: Record<string, string> = {
  "1": "Processed as primary",
  "2": "Processed as secondary",
  "3": "Processed as tertiary",
  "4": "Denied",
  "19": "Processed as primary, forwarded to additional payer(s)",
  "20": "Processed as secondary, forwarded to additional payer(s)",
  "21": "Processed as tertiary, forwarded to additional payer(s)",
  "22": "Reversal of previous payment",
  "23": "Not our claim, forwarded to additional payer(s)",
  "25": "Predetermination pricing only - no payment"
}

/** An 835 claim's status: CLP02 22 reversed, 4 denied, otherwise by the amounts and adjustments. */
export function remittanceClaimStatus(clp02: string, e: Omit<StatusEvidence, "text">): ClaimStatus {
  if (clp02 === "22") return "reversed"
  if (clp02 === "4") return "denied"
  return statusByAmounts(e) ?? "unknown"
}

/** A whole claim's status as revision 2 decides it from what the claim holds (its words, amounts and every
 * adjustment); a claim with no status words and negative charges is a reversal. Used to re-classify claims
 * stored under the first rule. */
export function statusOfClaim(c: Claim): ClaimStatus {
  const status = classifyClaimStatus({
    text: c.statusText,
    paidCents: c.paidCents,
    patientResponsibilityCents: c.patientResponsibilityCents,
    adjustments: [...c.adjustments, ...c.lines.flatMap((l) => l.adjustments)]
  })
  if (status === "unknown" && !c.statusText.trim() && c.billedCents !== null && c.billedCents < 0) return "reversed"
  return status
}
