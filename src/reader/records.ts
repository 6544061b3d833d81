// Turns "field meaning → text" bags into contract records. One bag is a table row or a detail page's pairs.
import type { Authorization, Claim, ClaimLine } from "../model/capture"
import { classifyClaimStatus, isDenialAdjustment } from "../model/claim-status"
import type { FieldKey } from "./vocabulary"
import {
  authStatus,
  cleanText,
  parseAdjustments,
  parseCents,
  parseDate,
  parseDateRange,
  parseDates,
  parseDiagnosisCodes,
  parseNumber,
  parseProcedure,
  parseRemarkCodes,
  textOrNull
} from "./normalise"
import { countOfTotal, looksLikeCode, parseCount, personFacts, serviceCodesIn, unitTypeOf } from "./facts"
import { checkedCounts } from "./checks"

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
  // a patient cell may hold the date of birth and member ID too; a member-ID cell the date of birth
  const named = personFacts(v.patientName, /\b(?:dob|birth)/i.test(bag.labels.patientName ?? ""), true)
  const member = personFacts(v.memberId, /\b(?:dob|birth)/i.test(bag.labels.memberId ?? ""))
  const name =
    named.lead ?? (first || last ? [first, last].filter(Boolean).join(" ") : null) ?? subjectName(v.subjectLine)
  return {
    name,
    memberId: member.lead ?? named.memberId,
    dateOfBirth: parseDate(v.dateOfBirth) ?? named.dateOfBirth ?? member.dateOfBirth
  }
}

const NOT_A_PERSON =
  /\b(?:notice|letter|authori[sz]ation|request|approv\w*|denial|denied|claim|appeal|review|determination|services?|member|patient|plan|health|care|re)\b/i

/** A letter's "RE:" line names the member when it is a name ("RE: Hale, Jonah", not "RE: Notice of Approval"). */
function subjectName(text: string | undefined): string | null {
  const lead = personFacts(text, false, true).lead
  return lead && /^[A-Za-z][A-Za-z'’.-]*(?:,?\s+[A-Za-z][A-Za-z'’.-]*){1,3}$/.test(lead) && !NOT_A_PERSON.test(lead)
    ? lead
    : null
}

/** A claim's "From"/"Thru" columns read as start/end words; on a claim they are the service dates. A "From" cell
 * holding both ends ("01/03/2026 – 01/09/2026") gives both. */
function serviceDates(v: Bag["values"]): [string | null, string | null] {
  const [from, to] = parseDateRange(v.serviceDates)
  const fromCell = parseDates(cleanText(v.serviceFrom ?? v.startDate))
  const first = fromCell[0] ?? from ?? null
  return [first, parseDate(v.serviceTo) ?? to ?? fromCell[1] ?? parseDate(v.endDate) ?? first]
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
  const extra = v.modifiers
    ? (cleanText(v.modifiers)
        .toUpperCase()
        .match(/\b[A-Z0-9]{2}\b/g) ?? [])
    : []
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
    denied:
      status === "denied" || status === "partially_paid" || (paid !== null && adjustments.some(isDenialAdjustment))
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
  if ((status === "paid" || status === "unknown") && (paid ?? 0) > 0 && lines.some((l) => l.denied))
    status = "partially_paid"
  return {
    claimNumber,
    payer: textOrNull(v.payer) ?? payer,
    patient: patientOf(bag),
    serviceFrom:
      from ??
      lines
        .map((l) => l.serviceDate)
        .filter(Boolean)
        .sort()[0] ??
      null,
    serviceTo:
      to ??
      lines
        .map((l) => l.serviceDate)
        .filter(Boolean)
        .sort()
        .at(-1) ??
      null,
    status,
    statusText: cleanText(v.status),
    billedCents: billed,
    allowedCents: parseCents(v.allowed),
    paidCents: paid,
    patientResponsibilityCents: patientResp,
    receivedDate: parseDate(v.receivedDate),
    processedDate: parseDate(v.processedDate),
    paymentDate: parseDate(v.paymentDate),
    checkNumber:
      textOrNull(v.checkNumber)?.replace(
        /^(?:eft|check|chk|ach)(?:\s*(?:#|no\.?)\s*:?\s*|\s*:\s*|\s+)(?=\S*\d)/i,
        ""
      ) ?? null,
    adjustments,
    remarkCodes: parseRemarkCodes([v.remarkCodes, adjustmentText].filter(Boolean).join(" ")),
    diagnosisCodes: parseDiagnosisCodes(v.diagnosisCodes),
    lines: lines.map(({ denied: _denied, ...line }) => line)
  }
}

const COUNT_FIELDS = [
  ["unitsApproved", "approved"],
  ["unitsUsed", "used"],
  ["unitsRemaining", "remaining"]
] as const

/** "11 of 20" says the total too: under Used or Remaining, 20 is the approved count; under Approved ("Visits: 11 of
 * 20 used") the words after it say which count 11 is. */
function usage(
  texts: Record<"unitsApproved" | "unitsUsed" | "unitsRemaining", string | undefined>,
  stated: Record<"unitsApproved" | "unitsUsed" | "unitsRemaining", number | null>
) {
  const approved = countOfTotal(texts.unitsApproved)
  if (approved && /\b(?:used|utilized|consumed|billed)\b/i.test(approved.rest) && !texts.unitsUsed) {
    stated.unitsUsed = approved.n
    stated.unitsApproved = approved.of
  } else if (approved && /\b(?:remaining|left|available)\b/i.test(approved.rest) && !texts.unitsRemaining) {
    stated.unitsRemaining = approved.n
    stated.unitsApproved = approved.of
  }
  for (const field of ["unitsUsed", "unitsRemaining"] as const) {
    const part = countOfTotal(texts[field])
    if (!part) continue
    stated[field] = part.n
    if (!texts.unitsApproved) stated.unitsApproved = part.of
  }
}

export function authorizationFrom(
  bag: Bag,
  payer: string | null,
  extraCodes: string[] = [],
  refusals: WeakMap<object, string[]> = new WeakMap()
): Authorization | null {
  const v = bag.values
  const authNumber = recordId(v.authNumber)
  if (!authNumber) return null
  const why: string[] = []
  // on an authorization page, "Service Dates" is the authorized period; a start cell may hold the whole period
  const [periodFrom, periodTo] = parseDateRange(v.authPeriod ?? v.serviceDates)
  const startCell = parseDates(cleanText(v.startDate))
  const texts = { unitsApproved: v.unitsApproved ?? v.units, unitsUsed: v.unitsUsed, unitsRemaining: v.unitsRemaining }
  const labels = {
    unitsApproved: bag.labels.unitsApproved ?? bag.labels.units,
    unitsUsed: bag.labels.unitsUsed,
    unitsRemaining: bag.labels.unitsRemaining
  }
  const stated = Object.fromEntries(
    COUNT_FIELDS.map(([field]) => {
      const text = texts[field]
      if (!looksLikeCode(text)) return [field, parseCount(text)]
      why.push(
        `"${cleanText(text).split(" ")[0]}" under "${labels[field] ?? field}" looks like a procedure code, not a count`
      )
      return [field, null]
    })
  ) as Record<(typeof COUNT_FIELDS)[number][0], number | null>
  usage(texts, stated)
  const counts = checkedCounts(
    { approved: stated.unitsApproved, used: stated.unitsUsed, remaining: stated.unitsRemaining },
    (w) => why.push(w)
  )
  const anyCount = counts.approved !== null || counts.used !== null || counts.remaining !== null
  // the unit is what the page says of this authorization's counts, the requested one included ("8 Visits" asked for)
  const requested = parseCount(v.unitsRequested) !== null
  const unitType =
    anyCount || v.unitType || requested
      ? unitTypeOf([
          v.unitType,
          texts.unitsApproved,
          texts.unitsUsed,
          texts.unitsRemaining,
          labels.unitsApproved,
          labels.unitsUsed,
          labels.unitsRemaining,
          requested ? v.unitsRequested : null,
          requested ? bag.labels.unitsRequested : null
        ])
      : null
  const auth: Authorization = {
    authNumber,
    payer: textOrNull(v.payer) ?? payer,
    patient: patientOf(bag),
    status: authStatus(v.status ?? ""),
    statusText: cleanText(v.status),
    // CPT/HCPCS only (the contract's serviceCodes); a revenue code beside them is read so as not to be taken for one
    serviceCodes: [...new Set([...serviceCodesIn(v.procedure), ...extraCodes])],
    startDate: startCell[0] ?? periodFrom ?? parseDate(v.serviceFrom),
    endDate: parseDate(v.endDate) ?? startCell[1] ?? periodTo ?? parseDate(v.serviceTo),
    unitsApproved: counts.approved,
    unitsUsed: counts.used,
    unitsRemaining: counts.remaining,
    unitType
  }
  if (why.length) refusals.set(auth, why)
  return auth
}
