// Who is liable for an adjustment, by its group code, and whether the client may be billed for it — with the
// rule and its source. Pure: the same adjustment, payer kind and claim context give the same explanation.
//   CO  contractual obligation → the provider; the client only with a signed advance notice the program or
//       contract allows (an ABN for Medicare), never for billing/coding/bundling reasons, never for NCCI (236)
//   PR  patient responsibility → the client (cost share PR-1/2/3 is the client's share, not a denial)
//   OA  other → neither by this payer's account; PI payer-initiated → not the client; CR correction/reversal
//   Medicaid members: never beyond the plan's own cost share (42 CFR 447.15)
import type { Adjustment, ClaimStatus } from "../model/capture"
import { isContractual, isCostShare, isDenialAdjustment } from "../model/claim-status"
import { CARC_EXPLANATIONS, fixWithoutRoute, type CodeExplanation, type CodeKind } from "./carc"
import { correctionRoute, type Correction } from "./corrected-claim"
import type { PayerKind } from "./payer-kind"
import { RARC_EXPLANATIONS } from "./rarc"
import { CMS_ABN, CMS_NCCI, ECFR_447_15, X12_CARC, X12_GROUPS, X12_RARC, type Source } from "./sources"

export type Liable = "provider" | "patient" | "other" | "payer-initiated" | "correction"
export type MayBillClient = "no" | "yes" | "only-with-signed-notice"

export type ExplainContext = {
  payerKind: PayerKind
  /** Every remark code on the claim (claim and line level): MA130/N517 change the corrected-claim route. */
  remarkCodes?: readonly string[]
  status?: ClaimStatus | null
  claimNumber?: string | null
}

export type AdjustmentExplanation = {
  label: string
  group: Adjustment["group"]
  reason: string
  amountCents: number | null
  kind: CodeKind
  /** A denial to act on (claim-status isDenialAdjustment); cost share, contractual and informational never are. */
  flagged: boolean
  known: boolean
  meaning: string
  cause: string | null
  liable: Liable
  /** The group code's rule in words. */
  liability: string
  mayBillClient: MayBillClient
  why: string
  fix: string
  correction: Correction | null
  source: Source[]
}

const GROUP: Record<Adjustment["group"], { liable: Liable; text: string }> = {
  CO: {
    liable: "provider",
    text: "CO (contractual obligation): the provider is liable; it is written off unless a correction or appeal wins it back."
  },
  PR: { liable: "patient", text: "PR (patient responsibility): the payer assigns this amount to the client." },
  OA: {
    liable: "other",
    text: "OA (other adjustment): neither the provider's contractual write-off nor the client's share by this payer's account — often another payer's amount, a duplicate or a pending line."
  },
  PI: {
    liable: "payer-initiated",
    text: "PI (payer-initiated reduction): the payer's own reduction with no contract term behind it; not the client's responsibility."
  },
  CR: { liable: "correction", text: "CR (correction or reversal): it changes an earlier claim's result." }
}

const MEDICAID_RULE =
  "The client is a Medicaid member: a provider that takes Medicaid accepts its payment plus the plan's own cost share as payment in full (42 CFR 447.15)."
const UNKNOWN_PAYER_CAVEAT =
  " If the client has Medicaid, no: a Medicaid member owes only the plan's own cost share (42 CFR 447.15)."

type Decision = { mayBillClient: MayBillClient; why: string; source: Source[] }

function decide(adj: Adjustment, kind: CodeKind, entry: CodeExplanation | undefined, payer: PayerKind): Decision {
  const label = `${adj.group}-${adj.reason}`
  if (adj.amountCents === 0)
    return {
      mayBillClient: "no",
      why: `${label} is $0.00: nothing was taken off, so there is nothing to bill.`,
      source: [X12_GROUPS]
    }
  const caveat = payer === "unknown" ? UNKNOWN_PAYER_CAVEAT : ""
  const caveatSource = payer === "unknown" ? [ECFR_447_15] : []
  switch (adj.group) {
    case "PR":
      if (payer === "medicaid")
        return kind === "cost-share"
          ? {
              mayBillClient: "yes",
              why: `${label} is cost share the Medicaid plan itself requires of the member; only this amount may be collected (42 CFR 447.15).`,
              source: [X12_GROUPS, ECFR_447_15]
            }
          : { mayBillClient: "no", why: MEDICAID_RULE, source: [ECFR_447_15] }
      if (kind === "cost-share")
        return {
          mayBillClient: "yes",
          why: `${label} is the client's share under the plan (deductible, coinsurance or copay) — not a denial.${caveat}`,
          source: [X12_GROUPS, ...caveatSource]
        }
      return {
        mayBillClient: "yes",
        why: `The payer assigns this denied amount to the client (PR). Check your network contract first: some require an agreement the client signed before the service (remark N492).${caveat}`,
        source: [X12_GROUPS, ...caveatSource]
      }
    case "CO":
      if (payer === "medicaid") return { mayBillClient: "no", why: MEDICAID_RULE, source: [ECFR_447_15] }
      if (adj.reason === "236")
        return {
          mayBillClient: "no",
          why: "An NCCI procedure-to-procedure denial: it may not be billed to the client, and an ABN or waiver cannot shift it.",
          source: [CMS_NCCI]
        }
      if (kind === "contractual" || kind === "informational")
        return {
          mayBillClient: "no",
          why: "A contractual reduction under CO: the provider agreed to it; the client is never billed for it.",
          source: [X12_GROUPS]
        }
      if (!entry?.notice)
        return {
          mayBillClient: "no",
          why: "A CO denial for a billing, coding, bundling, authorization or filing reason stays with the provider; no notice to the client changes that.",
          source: [X12_GROUPS]
        }
      if (payer === "medicare")
        return {
          mayBillClient: "only-with-signed-notice",
          why: "Only with a valid ABN (Form CMS-R-131) the client signed before the service (the claim then carries modifier GA); without it the provider is liable.",
          source: [X12_GROUPS, CMS_ABN]
        }
      return {
        mayBillClient: "only-with-signed-notice",
        why: `Only with a written agreement to pay that the client signed before the service and that your contract with the plan allows (many network contracts do not); without it the provider is liable.${caveat}`,
        source: [X12_GROUPS, ...caveatSource]
      }
    case "OA":
      return {
        mayBillClient: "no",
        why: "OA is not the client's share: bill the client only what a payer puts under PR.",
        source: [X12_GROUPS]
      }
    case "PI":
      return {
        mayBillClient: "no",
        why: "A payer-initiated reduction is, in the payer's own terms, not the client's responsibility: dispute it with the payer.",
        source: [X12_GROUPS]
      }
    case "CR":
      return {
        mayBillClient: "no",
        why: "A correction or reversal of an earlier claim is not a charge to the client.",
        source: [X12_GROUPS]
      }
  }
}

/** The kind of one adjustment, by the same rule the claim status uses (cost share, contractual, or a denial). */
export function adjustmentKind(adj: Adjustment): CodeKind {
  if (isCostShare(adj)) return "cost-share"
  const entry = CARC_EXPLANATIONS.get(adj.reason.toUpperCase())
  if (isContractual(adj)) return entry?.kind === "informational" ? "informational" : "contractual"
  return "denial"
}

export function explainAdjustment(adj: Adjustment, ctx: ExplainContext): AdjustmentExplanation {
  const reason = adj.reason.toUpperCase()
  const entry = CARC_EXPLANATIONS.get(reason)
  const kind = adjustmentKind(adj)
  const flagged = isDenialAdjustment(adj)
  const group = GROUP[adj.group]
  const decision = decide(adj, kind, entry, ctx.payerKind)
  const correction =
    entry?.corrected && flagged ? correctionRoute({ ...ctx, remarkCodes: ctx.remarkCodes ?? [] }) : null
  const base = entry ? fixWithoutRoute(entry) : "Read the remark code and the payer's explanation of this code."
  return {
    label: `${adj.group}-${reason}`,
    group: adj.group,
    reason,
    amountCents: adj.amountCents,
    kind,
    flagged,
    known: entry !== undefined,
    meaning:
      entry?.meaning ??
      `PayerLens has no explanation for CARC ${reason} yet — see x12.org/codes for the official wording.`,
    cause: entry?.cause ?? null,
    liable: group.liable,
    liability: group.text,
    mayBillClient: decision.mayBillClient,
    why: decision.why,
    fix: correction ? `${base} ${correction.text}` : base,
    correction,
    source: unique([...(entry?.source ?? [X12_CARC]), ...decision.source, ...(correction?.source ?? [])])
  }
}

export type RemarkHelp = {
  code: string
  known: boolean
  alert: boolean
  /** An actionable remark (not an alert). */
  flagged: boolean
  meaning: string
  cause: string | null
  fix: string
  correction: Correction | null
  source: Source[]
}

export function explainRemark(code: string, ctx: ExplainContext): RemarkHelp {
  const upper = code.toUpperCase()
  const entry = RARC_EXPLANATIONS.get(upper)
  const correction = entry?.corrected ? correctionRoute({ ...ctx, remarkCodes: ctx.remarkCodes ?? [] }) : null
  const base = entry ? fixWithoutRoute(entry) : "Read the payer's explanation of this remark."
  return {
    code: upper,
    known: entry !== undefined,
    alert: entry?.alert ?? false,
    flagged: !(entry?.alert ?? false),
    meaning: entry?.meaning ?? `PayerLens has no explanation for remark code ${upper} yet — see x12.org/codes.`,
    cause: entry?.cause ?? null,
    fix: correction ? `${base} ${correction.text}` : base,
    correction,
    source: unique([...(entry?.source ?? [X12_RARC]), ...(correction?.source ?? [])])
  }
}

function unique(sources: Source[]): Source[] {
  return [...new Map(sources.map((s) => [s.url, s])).values()]
}
