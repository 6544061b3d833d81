// Values that cannot be what their label says are refused, not stored: the field is left empty (null) and the
// capture says why in its warnings. Warnings name the record by its place on the page and never repeat a
// patient's name, date of birth or member ID.
import type { Authorization, Capture, Claim } from "../model/capture"
import { looksLikeCode } from "./facts"

/** A count of visits or units above this is a misread (a code, an ID, a total of something else). */
export const MAX_COUNT = 1000
/** One claim or service line above $1,000,000 is a misread for an outpatient practice. */
export const MAX_CENTS = 100_000_000
export const EARLIEST_YEAR = 1900
export const LATEST_YEAR = 2100

type Refusals = WeakMap<object, string[]>

/** Refusals noted while records are built (where the page's own text is still at hand), by record. */
export function noteRefusal(refusals: Refusals, record: object, why: string): void {
  const list = refusals.get(record) ?? []
  list.push(why)
  refusals.set(record, list)
}

const outOfRange = (date: string | null) => {
  if (!date) return false
  const year = Number(date.slice(0, 4))
  return year < EARLIEST_YEAR || year > LATEST_YEAR
}
const yearWords = (date: string) =>
  Number(date.slice(0, 4)) < EARLIEST_YEAR ? `before ${EARLIEST_YEAR}` : `after ${LATEST_YEAR}`
const money = (cents: number | null) => cents !== null && Math.abs(cents) > MAX_CENTS

function checkDates<T extends Record<string, unknown>>(
  record: T,
  fields: [keyof T & string, string][],
  why: (w: string) => void
) {
  for (const [field, words] of fields) {
    const value = record[field] as string | null
    if (outOfRange(value)) {
      why(`the ${words} is ${yearWords(value!)}`)
      ;(record as Record<string, unknown>)[field] = null
    }
  }
}

function checkPatient(patient: Claim["patient"], serviceDate: string | null, why: (w: string) => void) {
  const dob = patient.dateOfBirth
  if (dob && outOfRange(dob)) {
    why(`the date of birth is ${yearWords(dob)}`)
    patient.dateOfBirth = null
  } else if (dob && serviceDate && dob > serviceDate) {
    why("the date of birth is after the date of service")
    patient.dateOfBirth = null
  }
}

function checkClaim(claim: Claim, why: (w: string) => void): void {
  checkDates(
    claim,
    [
      ["serviceFrom", "first date of service"],
      ["serviceTo", "last date of service"],
      ["receivedDate", "received date"],
      ["processedDate", "processed date"],
      ["paymentDate", "payment date"]
    ],
    why
  )
  checkPatient(
    claim.patient,
    claim.serviceFrom ??
      claim.lines
        .map((l) => l.serviceDate)
        .filter(Boolean)
        .sort()[0] ??
      null,
    why
  )
  for (const [field, words] of [
    ["billedCents", "billed amount"],
    ["allowedCents", "allowed amount"],
    ["paidCents", "paid amount"],
    ["patientResponsibilityCents", "patient responsibility"]
  ] as const)
    if (money(claim[field])) {
      why(`the ${words} is above $1,000,000`)
      claim[field] = null
    }
  claim.lines.forEach((line, i) => {
    const lineWhy = (w: string) => why(`line ${i + 1}: ${w}`)
    if (money(line.billedCents)) {
      lineWhy("the billed amount is above $1,000,000")
      line.billedCents = null
    }
    if (money(line.paidCents)) {
      lineWhy("the paid amount is above $1,000,000")
      line.paidCents = null
    }
    if (line.units !== null && Math.abs(line.units) > MAX_COUNT) {
      lineWhy(
        looksLikeCode(String(line.units))
          ? `"${line.units}" as units looks like a procedure code, not a count`
          : `${line.units} units is more than ${MAX_COUNT}`
      )
      line.units = null
    }
    if (outOfRange(line.serviceDate)) {
      lineWhy(`the date of service is ${yearWords(line.serviceDate!)}`)
      line.serviceDate = null
    }
  })
}

function checkAuthorization(auth: Authorization, why: (w: string) => void): void {
  checkDates(
    auth,
    [
      ["startDate", "start date"],
      ["endDate", "end date"]
    ],
    why
  )
  checkPatient(auth.patient, auth.startDate, why)
}

type Counts = { approved: number | null; used: number | null; remaining: number | null }

/** An authorization's counts as the page states them (remaining: null when the page does not state it), the
 * impossible ones refused; remaining is approved − used where the page states both and not remaining. */
export function checkedCounts(stated: Counts, why: (w: string) => void): Counts {
  const c = { ...stated }
  for (const [field, words] of [
    ["approved", "approved"],
    ["used", "used"],
    ["remaining", "remaining"]
  ] as const) {
    const n = c[field]
    if (n !== null && Math.abs(n) > MAX_COUNT) {
      why(`${n} ${words} is more than ${MAX_COUNT}`)
      c[field] = null
    }
  }
  // more used than approved only as far as the page's own (negative) remaining says
  if (c.approved !== null && c.used !== null && c.used - c.approved > Math.max(0, -(c.remaining ?? 0))) {
    why(
      `${c.used} used is more than ${c.approved} approved${c.remaining === null ? "" : ` and ${c.remaining} remaining`}`
    )
    c.used = null
  }
  if (c.approved !== null && c.remaining !== null && c.remaining > c.approved) {
    why(`${c.remaining} remaining is more than ${c.approved} approved`)
    c.remaining = null
  }
  if (c.remaining === null && stated.remaining === null && c.approved !== null && c.used !== null)
    c.remaining = c.approved - c.used
  return c
}

const ORDINAL = (n: number) =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th")}`

/** Refuses the impossible values of a capture's records in place; returns the warnings, one per refusal. */
export function refuseImpossible(capture: Pick<Capture, "claims" | "authorizations">, refusals: Refusals): string[] {
  const warnings: string[] = []
  const say = (kind: string, i: number) => (w: string) =>
    warnings.push(`${ORDINAL(i + 1)} ${kind} on the page: ${w} — not stored`)
  capture.claims.forEach((claim, i) => {
    for (const w of refusals.get(claim) ?? []) say("claim", i)(w)
    checkClaim(claim, say("claim", i))
  })
  capture.authorizations.forEach((auth, i) => {
    for (const w of refusals.get(auth) ?? []) say("authorization", i)(w)
    checkAuthorization(auth, say("authorization", i))
  })
  return warnings
}
