// The loop walker: one transaction's segments (between ST and SE) into the 835's structure — header (BPR, TRN,
// DTM*405), payer N1*PR (1000A), payee N1*PE (1000B), claims CLP (2100) with their service lines SVC (2110), and the
// provider-level adjustments PLB. Segments the mapping does not use are passed over.
import type { Adjustment } from "../model/capture"
import { clp02Meaning, FORWARDED, PLB_REASONS, REVERSAL } from "./codes"
import { x12Date } from "./dates"
import type { RawTransaction } from "./envelope"
import { EraError } from "./errors"
import { toCents, toQuantity } from "./money"
import type { Segment } from "./tokenize"
import type {
  Name,
  Party,
  Payment,
  ProviderAdjustment,
  RemittanceAdjustment,
  RemittanceClaim,
  RemittanceLine,
  RemittanceTransaction,
  ReversalPair
} from "./types"

/** Trimmed, inner whitespace collapsed; empty → null. */
const MESSY = /^\s|\s$|\s\s|[\t\r\n\f\v]/
export const text = (raw: string | undefined): string | null => {
  if (raw === undefined || raw === "") return null
  if (!MESSY.test(raw)) return raw
  const t = raw.replace(/\s+/g, " ").trim()
  return t === "" ? null : t
}

type Ctx = { tx: string; seg: Segment }
const where = (c: Ctx, element: string) => `${element} (transaction ${c.tx}, segment ${c.seg.ordinal})`
const label = (c: Ctx, n: number) => `${c.seg.el[0]}${String(n).padStart(2, "0")}`

/** Element n as cents; labels are built only for an error (this runs for every amount of a large file). */
function cents(c: Ctx, n: number): number | null {
  const v = toCents(c.seg.el[n])
  if (v === undefined) throw new EraError(`${where(c, label(c, n))} is not an amount`)
  return v
}
function needCents(c: Ctx, n: number): number {
  const v = cents(c, n)
  if (v === null) throw new EraError(`${where(c, label(c, n))} is missing`)
  return v
}
function quantity(c: Ctx, n: number): number | null {
  const v = toQuantity(c.seg.el[n])
  if (v === undefined) throw new EraError(`${where(c, label(c, n))} is not a number`)
  return v
}

/** X12 claim adjustment group codes (CR only in files before 5010, kept for them). */
const GROUPS: readonly string[] = ["CO", "PR", "OA", "PI", "CR"]

export function readName(el: string[]): Name {
  return {
    entity: el[1] ?? "",
    last: text(el[3]),
    first: text(el[4]),
    middle: text(el[5]),
    idQualifier: text(el[8]),
    id: text(el[9])
  }
}

/** CAS: a group and up to six reason/amount/quantity triples, appended to `out`. */
export function readCas(c: Ctx, out: RemittanceAdjustment[]): void {
  const el = c.seg.el
  const group = el[1] as Adjustment["group"]
  if (!GROUPS.includes(group))
    throw new EraError(`${where(c, "CAS01")}: "${el[1] ?? ""}" is not an adjustment group (CO, PR, OA, PI, CR)`)
  for (let k = 2; k <= 17; k += 3) {
    const reason = text(el[k])
    if (!reason) continue
    out.push({ group, reason, amountCents: needCents(c, k + 1), quantity: quantity(c, k + 2) })
  }
}

export function splitComposite(raw: string | undefined, component: string) {
  const parts = (raw ?? "").split(component)
  return {
    qualifier: text(parts[0]) ?? "",
    procedureCode: text(parts[1]) ?? "",
    modifiers: parts
      .slice(2, 6)
      .map((m) => text(m))
      .filter((m): m is string => m !== null)
  }
}

function readPayment(c: Ctx): Payment {
  const el = c.seg.el
  const amountCents = needCents(c, 2)
  const creditDebit = el[3] ?? ""
  return {
    handlingCode: el[1] ?? "",
    amountCents,
    creditDebit,
    netCents: creditDebit === "D" ? -amountCents : amountCents,
    method: text(el[4]),
    date: x12Date(el[16]),
    dateRaw: text(el[16]),
    traceNumber: null,
    originatorId: null
  }
}

function readLine(c: Ctx, component: string): RemittanceLine {
  const el = c.seg.el
  const { qualifier, procedureCode, modifiers } = splitComposite(el[1], component)
  if (!procedureCode) throw new EraError(`${where(c, "SVC01")}: no procedure code`)
  return {
    qualifier,
    procedureCode,
    modifiers,
    chargeCents: needCents(c, 2),
    paidCents: needCents(c, 3),
    revenueCode: text(el[4]),
    units: quantity(c, 5),
    submittedProcedure: el[6] ? splitComposite(el[6], component) : null,
    submittedUnits: quantity(c, 7),
    serviceDate: null,
    serviceDateEnd: null,
    adjustments: [],
    remarkCodes: [],
    lineControlNumber: null,
    amounts: {}
  }
}

function readClaim(c: Ctx): RemittanceClaim {
  const el = c.seg.el
  const pcn = text(el[1])
  if (!pcn) throw new EraError(`${where(c, "CLP01")}: the claim has no patient control number`)
  const statusCode = text(el[2]) ?? ""
  return {
    patientControlNumber: pcn,
    statusCode,
    statusMeaning: clp02Meaning(statusCode),
    chargeCents: needCents(c, 3),
    paidCents: needCents(c, 4),
    patientResponsibilityCents: cents(c, 5),
    filingIndicator: text(el[6]),
    payerClaimControlNumber: text(el[7]),
    facilityTypeCode: text(el[8]),
    frequencyCode: text(el[9]),
    patient: null,
    insured: null,
    correctedPatient: null,
    renderingProvider: null,
    crossoverCarrier: null,
    correctedPayer: null,
    dates: {},
    amounts: {},
    references: {},
    adjustments: [],
    moaRemarkCodes: [],
    miaRemarkCodes: [],
    claimRemarkCodes: [],
    lines: [],
    isReversal: statusCode === REVERSAL,
    isForwarded: FORWARDED.has(statusCode)
  }
}

const NM1_SLOTS: Record<string, keyof RemittanceClaim> = {
  QC: "patient",
  IL: "insured",
  "74": "correctedPatient",
  "82": "renderingProvider",
  TT: "crossoverCarrier",
  PR: "correctedPayer"
}

function readPlb(c: Ctx, component: string): ProviderAdjustment[] {
  const el = c.seg.el
  const out: ProviderAdjustment[] = []
  for (let k = 3; k <= 13; k += 2) {
    if (!el[k]) continue
    const [code, ...rest] = el[k].split(component)
    const reasonCode = text(code) ?? ""
    out.push({
      providerId: text(el[1]) ?? "",
      fiscalPeriodDate: x12Date(el[2]),
      reasonCode,
      reasonMeaning: PLB_REASONS[reasonCode] ?? null,
      reference: text(rest.join(component)),
      amountCents: needCents(c, k + 1)
    })
  }
  return out
}

const emptyParty = (): Party => ({ name: null, idQualifier: null, id: null, references: {} })

export function walkTransaction(raw: RawTransaction): RemittanceTransaction {
  const component = raw.separators.component
  const tx = raw.controlNumber
  let payment: Payment | null = null
  let productionDate: string | null = null
  const payer = emptyParty()
  const payee = emptyParty()
  const claims: RemittanceClaim[] = []
  const providerAdjustments: ProviderAdjustment[] = []
  let party: Party | null = null
  let claim: RemittanceClaim | null = null
  let line: RemittanceLine | null = null

  const c: Ctx = { tx, seg: raw.segments[0] } // one context, moved along (a large file has ~230,000 segments)
  for (const seg of raw.segments) {
    const el = seg.el
    c.seg = seg
    switch (el[0]) {
      case "BPR":
        payment = readPayment(c)
        break
      case "TRN":
        if (payment && !claim) {
          payment.traceNumber = text(el[2])
          payment.originatorId = text(el[3])
        }
        break
      case "N1":
        party = el[1] === "PR" ? payer : el[1] === "PE" ? payee : null
        if (party) Object.assign(party, { name: text(el[2]), idQualifier: text(el[3]), id: text(el[4]) })
        break
      case "LX":
        party = null
        claim = null
        line = null
        break
      case "CLP":
        claim = readClaim(c)
        claims.push(claim)
        line = null
        party = null
        break
      case "SVC":
        if (!claim) throw new EraError(`${where(c, "SVC")}: a service line outside a claim`)
        line = readLine(c, component)
        claim.lines.push(line)
        break
      case "NM1": {
        const slot = claim ? NM1_SLOTS[el[1] ?? ""] : undefined
        if (claim && slot) (claim as Record<string, unknown>)[slot] ??= readName(el)
        break
      }
      case "CAS":
        if (line) readCas(c, line.adjustments)
        else if (claim) readCas(c, claim.adjustments)
        break
      case "MOA":
        if (claim) claim.moaRemarkCodes.push(...codes(el, [3, 4, 5, 6, 7]))
        break
      case "MIA":
        if (claim) claim.miaRemarkCodes.push(...codes(el, [5, 20, 21, 22, 23]))
        break
      case "LQ":
        if (el[1] === "HE" && text(el[2])) (line ? line.remarkCodes : claim?.claimRemarkCodes)?.push(text(el[2])!)
        break
      case "DTM": {
        const q = el[1] ?? ""
        if (line) {
          if (q === "472" || (q === "150" && line.serviceDate === null)) line.serviceDate = x12Date(el[2])
          if (q === "151") line.serviceDateEnd = x12Date(el[2])
        } else if (claim) claim.dates[q] ??= x12Date(el[2])
        else if (q === "405") productionDate = x12Date(el[2])
        break
      }
      case "AMT": {
        const target = line ?? claim
        const amount = cents(c, 2)
        if (target && el[1] && amount !== null) target.amounts[el[1]] ??= amount
        break
      }
      case "REF": {
        const value = text(el[2])
        if (!el[1] || !value) break
        if (line) {
          if (el[1] === "6R") line.lineControlNumber ??= value
        } else if (claim) claim.references[el[1]] ??= value
        else if (party) party.references[el[1]] ??= value
        break
      }
      case "PLB":
        providerAdjustments.push(...readPlb(c, component))
        claim = null
        line = null
        break
    }
  }
  if (!payment) throw new EraError(`transaction ${tx} has no BPR (payment) segment`)
  return {
    interchangeControlNumber: raw.interchangeControlNumber,
    groupControlNumber: raw.groupControlNumber,
    controlNumber: tx,
    version: raw.version,
    payment,
    productionDate,
    payer,
    payee,
    claims,
    providerAdjustments,
    reversals: pairReversals(claims),
    issues: raw.issues
  }
}

function codes(el: string[], positions: number[]): string[] {
  return positions.map((k) => text(el[k])).filter((v): v is string => v !== null)
}

/** Each reversal (CLP02 22) with the claim that corrects it in the same transaction: the correction carries the
 * reversed claim's payer claim number (CLP07, or REF*F8 on the new claim), else its patient control number
 * (CLP01). X12 RFI 2442/791: the reversal repeats the original adjustments negated and should come before its
 * correction, in the same 835; RFI 2150: CLP01 may change when the provider renumbered the corrected claim. */
export function pairReversals(claims: RemittanceClaim[]): ReversalPair[] {
  const index = (key: (c: RemittanceClaim) => string | null | undefined) => {
    const map = new Map<string, number[]>()
    claims.forEach((c, j) => {
      const k = key(c)
      if (!k || c.isReversal) return
      const list = map.get(k)
      if (list) list.push(j)
      else map.set(k, [j])
    })
    return map
  }
  const byNumber = index((c) => c.payerClaimControlNumber)
  const byOriginal = index((c) => c.references.F8)
  const byPcn = index((c) => c.patientControlNumber)
  const used = new Set<number>()
  // the first unused candidate after the reversal, else the first before it
  const pick = (candidates: number[], r: number) => {
    const free = [...new Set(candidates)].filter((j) => !used.has(j)).sort((a, b) => a - b)
    return free.find((j) => j > r) ?? free[0] ?? null
  }
  const pairs: ReversalPair[] = []
  claims.forEach((rev, r) => {
    if (!rev.isReversal) return
    const ccn = rev.payerClaimControlNumber
    const strong = ccn ? [...(byOriginal.get(ccn) ?? []), ...(byNumber.get(ccn) ?? [])] : []
    const correction = pick(strong, r) ?? pick(byPcn.get(rev.patientControlNumber) ?? [], r)
    if (correction !== null) used.add(correction)
    pairs.push({ reversal: r, correction })
  })
  return pairs
}
