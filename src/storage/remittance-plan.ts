// An 835 remittance file planned against what is stored, pure: the claims to (re)write, one history row per changed
// claim (with its remittance as the source), one payment row per check/EFT, and the summary. The store seals and
// writes a plan in one transaction per file (ImportRemittance below); era/preview shows the summary unsaved.
//
// Rules:
// - The payer's own record wins: a remittance's status, amounts, adjustments, remark codes, dates of processing and
//   payment, check number and service lines replace a page's reading, nulls included (unlike a page merge, where
//   null never overwrites: a field the 835 leaves empty is one the payer did not report). Who the patient is, the
//   diagnoses, the claim number's spelling and a service line list the 835 does not carry stay as stored; the 835
//   fills those only where nothing is stored.
// - A claim is found by payer and payer claim number (matchKnownClaim): the record key of the 835's N1*PR name and
//   CLP07 first; else the one stored claim with the same number (ignoring case, spaces and dashes) whose payer is
//   the same once both names lose corporate words ("UNITED HEALTHCARE INSURANCE COMPANY" is "UnitedHealthcare",
//   "AETNA LIFE INSURANCE COMPANY" is "Aetna"). Limits: an abbreviation ("UHC", "BCBS") is not matched; two
//   candidates match none (a new record is kept apart rather than a guess); member IDs, where both are known, must
//   agree; a claim a page stored without a payer name matches only by the same member ID.
// - A reversal (CLP02 22) negates the original claim whole (X12 RFI 2442): the claim is `reversed`, paid $0.00,
//   no adjustments left; the claim after it with the same number (its correction) replaces it. Reversals come
//   before their corrections however the file orders them.
// - A later remittance is not undone by an older one imported after it (by payment date).
// - The same file imported again changes nothing: a check/EFT already stored with the same content (fingerprint)
//   is skipped whole, and every rule above gives the same record when applied twice.
import { remittanceClaimStatus } from "../model/claim-status"
import type { Adjustment, Claim, ClaimLine } from "../model/capture"
import { ADJUSTMENT_GROUPS } from "../model/capture"
import { payerKey } from "../model/payer"
import type { ClaimCounts, Payment, PaymentLine, RemittanceSummary } from "../model/payment"
import type { HistoryRow, HistorySource, StoredClaim } from "../model/records"
import { CLAIM_TRACKED, changesOf } from "./field-changes"
import { formatDollars } from "../era/money"
import { mapClaim } from "../era/map"
import type { Remittance, RemittanceClaim, RemittanceTransaction } from "../era/types"

export const ERA_PORTAL = "era"

/** What the store holds, by record key (claims) and payment id (payments already imported). */
export type KnownRecords = {
  claims: ReadonlyMap<string, StoredClaim>
  payments?: ReadonlyMap<string, Payment>
}
export type PlanMeta = { fileName: string; now: Date }
export type RemittancePlan = {
  /** claims to write whole (new or changed) */
  claims: StoredClaim[]
  history: HistoryRow[]
  /** one per check/EFT not already imported with the same content */
  payments: Payment[]
  summary: RemittanceSummary
}

/** One parsed file as the import hands it to the store. */
export type RemittanceFile = { name: string; remittance: Remittance }
/**
 * The store method era/import calls: for each file in order, plan it (planRemittance) against the records as they
 * are after the files before it (decrypted claims, and the stored payments by id), then seal and write the plan's
 * claims, history and payments in ONE transaction for that file (nothing of a file half-stored), and give back
 * the plan's summary. Throws `Locked` when locked; a file whose write fails throws (files before it stay stored).
 */
export type ImportRemittance = (files: RemittanceFile[], now: Date) => Promise<RemittanceSummary[]>
/** The store method payments/list calls: every stored payment row, opened. */
export type ListPayments = () => Promise<Payment[]>
/** The store methods the remittance messages need (src/storage/index.ts openStore). */
export type RemittanceStore = { importRemittance: ImportRemittance; payments: ListPayments }

// ---------- matching a remittance claim to a stored one ----------

/** A claim number as portals and 835s both write it: no case, spaces or dashes. */
export const squeezeNumber = (n: string) => n.toUpperCase().replace(/[\s-]+/g, "")

const CORPORATE = new Set(
  "the of and inc incorporated co company corp corporation llc ltd lp plc insurance ins assurance plan plans services service benefits benefit administrators administrator group".split(
    " "
  )
)

/** A payer's name without corporate words, squeezed: "CIGNA HEALTH AND LIFE INSURANCE COMPANY" → "cignahealthlife". */
export function payerNameKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/&/g, " and ")
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  const kept = words.filter((w) => !CORPORATE.has(w)).join("")
  return kept || words.join("")
}

/** The same payer by name: equal without corporate words, or one name the start of the other (at least 4 letters:
 * "aetna" and "aetnalife"). */
export function samePayerName(a: string, b: string): boolean {
  const [x, y] = [payerNameKey(a), payerNameKey(b)]
  if (x === y) return x.length > 0
  const [short, long] = x.length < y.length ? [x, y] : [y, x]
  return short.length >= 4 && long.startsWith(short)
}

const memberOf = (c: Pick<Claim, "patient">) => c.patient.memberId?.toUpperCase().replace(/\s+/g, "") ?? null

export type ClaimIndex = Map<string, string[]>

/** Stored claim keys by squeezed claim number. */
export function indexByNumber(claims: Iterable<StoredClaim>): ClaimIndex {
  const index: ClaimIndex = new Map()
  for (const c of claims) addToIndex(index, c.claimNumber, c.key)
  return index
}

function addToIndex(index: ClaimIndex, number: string, key: string) {
  const n = squeezeNumber(number)
  const list = index.get(n)
  if (!list) index.set(n, [key])
  else if (!list.includes(key)) list.push(key)
}

/** The stored claim a remittance claim is (see the rules at the top), or null when none is. `byName` says the
 * payer names differed. */
export function matchKnownClaim(
  find: (key: string) => StoredClaim | undefined,
  index: ClaimIndex,
  claim: Pick<Claim, "payer" | "claimNumber" | "patient">
): { key: string; byName: boolean } | null {
  const exact = claimKey(claim.payer, claim.claimNumber)
  if (find(exact)) return { key: exact, byName: false }
  const member = memberOf(claim)
  const candidates = (index.get(squeezeNumber(claim.claimNumber)) ?? []).filter((key) => {
    const known = find(key)
    if (!known) return false
    const knownMember = memberOf(known)
    if (member && knownMember && member !== knownMember) return false
    if (known.payer === null) return member !== null && member === knownMember
    return claim.payer !== null && samePayerName(known.payer, claim.payer)
  })
  return candidates.length === 1 ? { key: candidates[0], byName: true } : null
}

/** The key a remittance claim gets when it is new: src/storage/db.ts recordKey with the portal "era". */
export const claimKey = (payer: string | null, number: string) =>
  `${payerKey(payer, ERA_PORTAL)}|${number.toUpperCase()}`

// ---------- what a remittance claim does to a stored one ----------

/** The 835's claim over the stored one: the payer's record wins (see the rules at the top). */
export function applyRemittanceClaim(prior: StoredClaim | undefined, era: Claim, base: StoredClaim): StoredClaim {
  const p = prior ?? base
  return {
    ...p,
    payer: p.payer ?? era.payer,
    patient: {
      name: p.patient.name ?? era.patient.name,
      memberId: p.patient.memberId ?? era.patient.memberId,
      dateOfBirth: p.patient.dateOfBirth ?? era.patient.dateOfBirth
    },
    serviceFrom: era.serviceFrom ?? p.serviceFrom,
    serviceTo: era.serviceTo ?? p.serviceTo,
    receivedDate: era.receivedDate ?? p.receivedDate,
    status: era.status,
    statusText: era.statusText,
    billedCents: era.billedCents,
    allowedCents: era.allowedCents,
    paidCents: era.paidCents,
    patientResponsibilityCents: era.patientResponsibilityCents,
    processedDate: era.processedDate,
    paymentDate: era.paymentDate,
    checkNumber: era.checkNumber,
    adjustments: era.adjustments,
    remarkCodes: era.remarkCodes,
    lines: era.lines.length ? era.lines : p.lines
  }
}

const zeroed = (cents: number | null) => (cents === null ? null : 0)
const unsigned = (cents: number | null) => (cents === null ? null : Math.abs(cents))

/** A reversal over the stored claim: the original decision withdrawn whole, so nothing is paid, adjusted or owed
 * on it any more; what was billed and for which services stays. Applying it twice gives the same claim. */
export function applyReversal(prior: StoredClaim | undefined, reversal: Claim, base: StoredClaim): StoredClaim {
  const p = prior ?? base
  const lines: ClaimLine[] = (prior?.lines.length ? prior.lines : reversal.lines).map((l) => ({
    ...l,
    units: prior ? l.units : unsigned(l.units),
    billedCents: prior ? l.billedCents : unsigned(l.billedCents),
    paidCents: zeroed(l.paidCents),
    adjustments: []
  }))
  return {
    ...applyRemittanceClaim(prior, reversal, base),
    status: remittanceClaimStatus("22", { paidCents: 0, adjustments: [] }),
    billedCents: prior ? prior.billedCents : unsigned(reversal.billedCents),
    allowedCents: zeroed(reversal.allowedCents),
    paidCents: 0,
    patientResponsibilityCents: zeroed(reversal.patientResponsibilityCents),
    serviceFrom: p.serviceFrom ?? reversal.serviceFrom,
    serviceTo: p.serviceTo ?? reversal.serviceTo,
    adjustments: [],
    lines
  }
}

// ---------- summaries ----------

type Category = Exclude<keyof ClaimCounts, "claims" | "corrections">

export function categoryOf(c: RemittanceClaim, mapped: Pick<Claim, "status" | "paidCents">): Category {
  if (c.isReversal) return "reversals"
  if (mapped.status === "paid") return (mapped.paidCents ?? 0) > 0 ? "paid" : "patientShareOnly"
  if (mapped.status === "partially_paid") return "partiallyPaid"
  if (mapped.status === "denied") return "denied"
  return "other"
}

const emptyCounts = (): ClaimCounts => ({
  claims: 0,
  paid: 0,
  partiallyPaid: 0,
  denied: 0,
  patientShareOnly: 0,
  reversals: 0,
  corrections: 0,
  other: 0
})

function countClaims(tx: RemittanceTransaction, mapped: Claim[], into = emptyCounts()): ClaimCounts {
  tx.claims.forEach((c, i) => {
    into.claims++
    into[categoryOf(c, mapped[i])]++
  })
  into.corrections += tx.reversals.filter((r) => r.correction !== null).length
  return into
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`

/** "214 claims: 190 paid, 12 denied, 9 patient share only, 3 reversals; 2 provider adjustments" */
export function summaryText(counts: ClaimCounts, providerAdjustments: number, offBalance: number): string {
  const parts = [
    counts.paid && `${counts.paid.toLocaleString("en-US")} paid`,
    counts.partiallyPaid && `${counts.partiallyPaid.toLocaleString("en-US")} partially paid`,
    counts.denied && `${counts.denied.toLocaleString("en-US")} denied`,
    counts.patientShareOnly && `${counts.patientShareOnly.toLocaleString("en-US")} patient share only`,
    counts.reversals &&
      plural(counts.reversals, "reversal") +
        (counts.corrections ? ` (${counts.corrections.toLocaleString("en-US")} corrected)` : ""),
    counts.other && `${counts.other.toLocaleString("en-US")} other`
  ].filter(Boolean)
  const tail = [
    providerAdjustments && plural(providerAdjustments, "provider adjustment"),
    offBalance && `${plural(offBalance, "payment")} off balance`
  ].filter(Boolean)
  return `${plural(counts.claims, "claim")}${parts.length ? `: ${parts.join(", ")}` : ""}${tail.length ? `; ${tail.join("; ")}` : ""}`
}

/** BPR amount = Σ CLP04 − Σ PLB, per check/EFT (the parser's balance(), over the claims and PLB as written). */
function paymentLine(tx: RemittanceTransaction): PaymentLine {
  const claimsPaid = tx.claims.reduce((s, c) => s + c.paidCents, 0)
  const plb = tx.providerAdjustments.reduce((s, p) => s + p.amountCents, 0)
  const differenceCents = tx.payment.netCents - (claimsPaid - plb)
  return {
    payer: tx.payer.name,
    checkNumber: tx.payment.traceNumber,
    paymentDate: tx.payment.date,
    amountCents: tx.payment.netCents,
    claims: tx.claims.length,
    providerAdjustments: tx.providerAdjustments.length,
    balanced: differenceCents === 0,
    differenceCents
  }
}

/** What a file holds, without looking at what is stored (era/preview before a store answers; the plan adds
 * `changes`). */
export function summarizeRemittance(remittance: Remittance, fileName: string): RemittanceSummary {
  const counts = emptyCounts()
  for (const tx of remittance.transactions)
    countClaims(
      tx,
      tx.claims.map((c) => mapClaim(c, tx)),
      counts
    )
  const payments = remittance.transactions.map(paymentLine)
  const providerAdjustments = remittance.transactions.reduce((s, tx) => s + tx.providerAdjustments.length, 0)
  return {
    fileName,
    counts,
    providerAdjustments,
    payments,
    text: summaryText(counts, providerAdjustments, payments.filter((p) => !p.balanced).length),
    changes: null
  }
}

/** "Balanced" or "Off by $1.25" (the payment is $1.25 more than its claims and provider adjustments add up to)
 * or "Off by -$1.25". */
export const balanceText = (differenceCents: number) =>
  differenceCents === 0 ? "Balanced" : `Off by ${formatDollars(differenceCents)}`

// ---------- payments ----------

/** A check/EFT is its payer and trace number (TRN02); without one, its interchange and transaction control numbers. */
export function paymentId(tx: RemittanceTransaction): string {
  const trace = tx.payment.traceNumber ?? `${tx.interchangeControlNumber}-${tx.controlNumber}`
  return `${payerKey(tx.payer.name, ERA_PORTAL)}|${trace.toUpperCase()}`
}

/** A 53-bit hash of what the transaction says (cyrb53: a fingerprint to notice the same check again, not security). */
export function fingerprint(tx: RemittanceTransaction): string {
  const text = JSON.stringify(tx)
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}

function paymentRow(
  tx: RemittanceTransaction,
  mapped: Claim[],
  claimKeys: string[],
  meta: { fileName: string; at: string; fingerprint: string }
): Payment {
  const line = paymentLine(tx)
  const byGroup = Object.fromEntries(ADJUSTMENT_GROUPS.map((g) => [g, 0])) as Payment["adjustmentsByGroup"]
  const adjustments: Adjustment[] = mapped.flatMap((c) => [...c.adjustments, ...c.lines.flatMap((l) => l.adjustments)])
  for (const a of adjustments) byGroup[a.group] += a.amountCents ?? 0
  const providerAdjustmentsCents = tx.providerAdjustments.reduce((s, p) => s + p.amountCents, 0)
  const claimsPaidCents = tx.claims.reduce((s, c) => s + c.paidCents, 0)
  return {
    id: paymentId(tx),
    payer: tx.payer.name,
    payee: tx.payee.name,
    checkNumber: tx.payment.traceNumber,
    method: tx.payment.method,
    handlingCode: tx.payment.handlingCode,
    paymentDate: tx.payment.date,
    productionDate: tx.productionDate,
    amountCents: tx.payment.netCents,
    claimsPaidCents,
    adjustmentsCents: Object.values(byGroup).reduce((s, n) => s + n, 0),
    adjustmentsByGroup: byGroup,
    providerAdjustments: tx.providerAdjustments.map((p) => ({
      reasonCode: p.reasonCode,
      reasonMeaning: p.reasonMeaning,
      reference: p.reference,
      fiscalPeriodDate: p.fiscalPeriodDate,
      amountCents: p.amountCents
    })),
    providerAdjustmentsCents,
    expectedCents: claimsPaidCents - providerAdjustmentsCents,
    differenceCents: line.differenceCents,
    balanced: line.balanced,
    counts: countClaims(tx, mapped),
    claimKeys: [...new Set(claimKeys)],
    fileName: meta.fileName,
    fingerprint: meta.fingerprint,
    importedAt: meta.at
  }
}

// ---------- the plan ----------

/** The transaction's claims in the order to apply them: a reversal right before its correction. */
export function applyOrder(tx: Pick<RemittanceTransaction, "claims" | "reversals">): number[] {
  const reversalBefore = new Map<number, number>()
  const moved = new Set<number>()
  for (const pair of tx.reversals)
    if (pair.correction !== null && pair.correction < pair.reversal) {
      reversalBefore.set(pair.correction, pair.reversal)
      moved.add(pair.reversal)
    }
  const order: number[] = []
  tx.claims.forEach((_, i) => {
    if (moved.has(i)) return
    const reversal = reversalBefore.get(i)
    if (reversal !== undefined) order.push(reversal)
    order.push(i)
  })
  return order
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

export function planRemittance(known: KnownRecords, remittance: Remittance, meta: PlanMeta): RemittancePlan {
  const at = meta.now.toISOString()
  const sourceUrl = `file:${meta.fileName}`
  const summary = summarizeRemittance(remittance, meta.fileName)
  const working = new Map<string, StoredClaim>()
  const lastSource = new Map<string, HistorySource>()
  const find = (key: string) => working.get(key) ?? known.claims.get(key)
  const index = indexByNumber(known.claims.values())
  const payments: Payment[] = []
  const touched = new Set<string>()
  const byName = new Set<string>()
  const older = new Set<string>()
  let paymentsAlreadyImported = 0

  for (const tx of remittance.transactions) {
    const print = fingerprint(tx)
    if (known.payments?.get(paymentId(tx))?.fingerprint === print) {
      paymentsAlreadyImported++
      continue
    }
    const mapped = tx.claims.map((c) => mapClaim(c, tx))
    const corrections = new Set(tx.reversals.map((r) => r.correction))
    const keys: string[] = new Array(tx.claims.length)
    for (const i of applyOrder(tx)) {
      const era = mapped[i]
      const match = matchKnownClaim(find, index, era)
      const key = match?.key ?? claimKey(era.payer, era.claimNumber)
      keys[i] = key
      touched.add(key)
      if (match?.byName) byName.add(key)
      const prior = find(key)
      // a later remittance already decided this claim: an older one imported after it does not undo that
      const fromRemittance = working.has(key) || (prior?.sourceUrl.startsWith("file:") ?? false)
      if (prior && fromRemittance && prior.paymentDate && era.paymentDate && prior.paymentDate > era.paymentDate) {
        older.add(key)
        continue
      }
      const base: StoredClaim = {
        ...era,
        key,
        portal: ERA_PORTAL,
        sourceUrl,
        firstSeenAt: at,
        lastChangedAt: at,
        resolution: null
      }
      const next = tx.claims[i].isReversal ? applyReversal(prior, era, base) : applyRemittanceClaim(prior, era, base)
      if (!prior) addToIndex(index, era.claimNumber, key)
      working.set(key, next)
      lastSource.set(key, {
        kind: "remittance",
        fileName: meta.fileName,
        checkNumber: tx.payment.traceNumber,
        paymentDate: tx.payment.date,
        event: tx.claims[i].isReversal ? "reversal" : corrections.has(i) ? "correction" : "payment"
      })
    }
    payments.push(paymentRow(tx, mapped, keys, { fileName: meta.fileName, at, fingerprint: print }))
  }

  const claims: StoredClaim[] = []
  const history: HistoryRow[] = []
  let added = 0
  let updated = 0
  for (const [key, next] of working) {
    const before = known.claims.get(key)
    if (before && same(before, next)) continue
    const record = { ...next, sourceUrl, lastChangedAt: at }
    if (before) updated++
    else added++
    claims.push(record)
    history.push({
      recordKind: "claim",
      recordKey: key,
      at,
      sourceUrl,
      changes: changesOf(before, record, CLAIM_TRACKED),
      source: lastSource.get(key)
    })
  }
  summary.changes = {
    added,
    updated,
    unchanged: touched.size - added - updated,
    matchedByPayerName: byName.size,
    olderThanStored: older.size,
    paymentsAlreadyImported
  }
  return { claims, history, payments, summary }
}
