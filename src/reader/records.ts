// Turns "field meaning → text" bags into contract records. One bag is a table row or a detail page's pairs.
import type { Authorization, Claim, ClaimLine } from "../model/capture"
import { classifyClaimStatus, isDenialAdjustment } from "../model/claim-status"
import type { FieldKey } from "./vocabulary"
import {
  authStatus, cleanText, parseAdjustments, parseCents, parseDate, parseDateRange,
  parseDiagnosisCodes, parseNumber, parseProcedure, parseProcedureList, parseRemarkCodes, textOrNull, unitType
} from "./normalise"

/** Field texts by meaning; `labels` keeps the words the page used (unit type is read from them). */
export type Bag = { values: Partial<Record<FieldKey, string>>; labels: Partial<Record<FieldKey, string>> }

export function emptyBag(): Bag {
  return { values: {}, labels: {} }
}

export function put(bag: Bag, key: FieldKey, value: string, label: string): void {
  if (key === "ignore" || bag.values[key] !== undefined) return
  bag.values[key] = value
  bag.labels[key] = label
}

const ID_RE = /^(?=.*\d)[A-Za-z0-9][A-Za-z0-9\-_./ ]{2,38}[A-Za-z0-9]$/

export function recordId(text: string | undefined): string | null {
  const t = cleanText(text).replace(/^(?:claim|auth(?:orization)?|ref(?:erence)?)\s*#?\s*/i, "")
  const first = t.split(/\s{2,}|\s(?=\()/)[0]
  return ID_RE.test(first) && !/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(first) && !/\s/.test(first) ? first : null
}

function patientOf(bag: Bag) {
  const v = bag.values
  const first = textOrNull(v.patientFirstName)
  const last = textOrNull(v.patientLastName)
  const name = textOrNull(v.patientName) ?? (first || last ? [first, last].filter(Boolean).join(" ") : null)
  return { name, memberId: textOrNull(v.memberId), dateOfBirth: parseDate(v.dateOfBirth) }
}

/** A claim's "From"/"Thru" columns read as start/end words; on a claim they are the service dates. */
function serviceDates(v: Bag["values"]): [string | null, string | null] {
  const [from, to] = parseDateRange(v.serviceDates)
  const first = parseDate(v.serviceFrom) ?? from ?? parseDate(v.startDate)
  return [first, parseDate(v.serviceTo) ?? to ?? parseDate(v.endDate) ?? first]
}

/** CARCs with the amount written after each ("CO-45 $26.88; PR-3 $25.00", "CO45 45.00 PR3 30.00"). */
export function adjustmentsWithAmounts(text: string | undefined) {
  if (!text) return []
  const t = cleanText(text)
  const codes = parseAdjustments(t)
  if (codes.length === 0) return []
  const positions = [...t.toUpperCase().matchAll(/\b(?:CO|PR|OA|PI|CR)\s*[-:]?\s*(?:[A-Z]?\d{1,3}|[A-Z]\d)\b/g)]
  return codes.map((code, i) => {
    const from = (positions[i]?.index ?? 0) + (positions[i]?.[0].length ?? 0)
    const to = positions[i + 1]?.index ?? t.length
    // parentheses group an amount in an adjustment list; only a minus sign negates it
    const money = /(-)?\s?(?:\$\s?([\d,]+(?:\.\d{2})?)|\b(\d[\d,]*\.\d{2})\b)/.exec(t.slice(from, to))
    const amount = money ? parseCents(`${money[1] ?? ""}$${money[2] ?? money[3]}`) : null
    return { ...code, amountCents: amount }
  })
}

export function lineFrom(bag: Bag): (ClaimLine & { denied: boolean }) | null {
  const v = bag.values
  const proc = parseProcedure(v.procedure)
  if (!proc) return null
  const extra = v.modifiers ? (cleanText(v.modifiers).toUpperCase().match(/\b[A-Z0-9]{2}\b/g) ?? []) : []
  const adjustments = adjustmentsWithAmounts(v.adjustmentCodes)
  const paid = parseCents(v.paid)
  const status = v.status ? classifyClaimStatus({ text: v.status, paidCents: paid, adjustments }) : null
  return {
    procedureCode: proc.code,
    modifiers: [...new Set([...proc.modifiers, ...extra])],
    units: parseNumber(v.units),
    serviceDate: serviceDates(v)[0],
    billedCents: parseCents(v.billed),
    paidCents: paid,
    adjustments,
    remarkCodes: parseRemarkCodes([v.remarkCodes, v.adjustmentCodes].filter(Boolean).join(" ")),
    denied: status === "denied" || status === "partially_paid" || (paid !== null && adjustments.some(isDenialAdjustment))
  }
}

export function claimFrom(bag: Bag, lines: (ClaimLine & { denied: boolean })[], payer: string | null): Claim | null {
  const v = bag.values
  const claimNumber = recordId(v.claimNumber)
  if (!claimNumber) return null
  const paid = parseCents(v.paid)
  const billed = parseCents(v.billed)
  const [from, to] = serviceDates(v)
  // Without an adjustment column, a status like "Finalized/Denial - CO-197" still names the reason.
  const adjustmentText = v.adjustmentCodes ?? (parseAdjustments(v.status ?? "").length ? v.status : undefined)
  const adjustments = adjustmentsWithAmounts(adjustmentText)
  const patientResp = parseCents(v.patientResp)
  let status = classifyClaimStatus({
    text: v.status ?? "",
    paidCents: paid,
    patientResponsibilityCents: patientResp,
    adjustments: [...adjustments, ...lines.flatMap((l) => l.adjustments)]
  })
  // a remittance line with negative charges is a reversal of an earlier payment
  if (status === "unknown" && !v.status && billed !== null && billed < 0) status = "reversed"
  if ((status === "paid" || status === "unknown") && (paid ?? 0) > 0 && lines.some((l) => l.denied)) status = "partially_paid"
  return {
    claimNumber,
    payer: textOrNull(v.payer) ?? payer,
    patient: patientOf(bag),
    serviceFrom: from ?? lines.map((l) => l.serviceDate).filter(Boolean).sort()[0] ?? null,
    serviceTo: to ?? lines.map((l) => l.serviceDate).filter(Boolean).sort().at(-1) ?? null,
    status,
    statusText: cleanText(v.status),
    billedCents: billed,
    allowedCents: parseCents(v.allowed),
    paidCents: paid,
    patientResponsibilityCents: patientResp,
    receivedDate: parseDate(v.receivedDate),
    processedDate: parseDate(v.processedDate),
    paymentDate: parseDate(v.paymentDate),
    checkNumber: textOrNull(v.checkNumber)?.replace(/^(?:eft|check|chk|ach)(?:\s*(?:#|no\.?)\s*:?\s*|\s*:\s*|\s+)(?=\S*\d)/i, "") ?? null,
    adjustments,
    remarkCodes: parseRemarkCodes([v.remarkCodes, adjustmentText].filter(Boolean).join(" ")),
    diagnosisCodes: parseDiagnosisCodes(v.diagnosisCodes),
    lines: lines.map(({ denied: _denied, ...line }) => line)
  }
}

export function authorizationFrom(bag: Bag, payer: string | null, extraCodes: string[] = []): Authorization | null {
  const v = bag.values
  const authNumber = recordId(v.authNumber)
  if (!authNumber) return null
  // on an authorization page, "Service Dates" is the authorized period
  const [periodFrom, periodTo] = parseDateRange(v.authPeriod ?? v.serviceDates)
  const approved = parseNumber(v.unitsApproved) ?? parseNumber(v.units)
  const used = parseNumber(v.unitsUsed)
  const stated = parseNumber(v.unitsRemaining)
  const unitWords = [bag.labels.unitsApproved, bag.labels.units, bag.labels.unitsUsed, bag.labels.unitsRemaining, v.unitsApproved]
  return {
    authNumber,
    payer: textOrNull(v.payer) ?? payer,
    patient: patientOf(bag),
    status: authStatus(v.status ?? ""),
    statusText: cleanText(v.status),
    serviceCodes: [...new Set([...parseProcedureList(v.procedure), ...extraCodes])],
    startDate: parseDate(v.startDate) ?? periodFrom ?? parseDate(v.serviceFrom),
    endDate: parseDate(v.endDate) ?? periodTo ?? parseDate(v.serviceTo),
    unitsApproved: approved,
    unitsUsed: used,
    unitsRemaining: stated ?? (approved !== null && used !== null ? approved - used : null),
    unitType: approved === null && used === null && stated === null ? null : unitType(unitWords.filter(Boolean).join(" "))
  }
}
