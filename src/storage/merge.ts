// Merging what a page shows into what is stored. A page that shows less never erases what an earlier
// page showed: null, "" and [] never overwrite a known value, and "unknown" never overwrites a status.
import type { Authorization, Claim, ClaimLine, Patient } from "../model/capture"
import type { FieldChange, StoredAuthorization, StoredClaim } from "../model/records"

function pick<T>(incoming: T, known: T): T {
  if (incoming === null || incoming === undefined || incoming === "") return known
  if (Array.isArray(incoming) && incoming.length === 0) return known
  return incoming
}

function mergeFields<T extends object>(known: T, incoming: T): T {
  const out = { ...known }
  for (const k of Object.keys(incoming) as (keyof T)[]) out[k] = pick(incoming[k], known[k])
  return out
}

function mergePatient(known: Patient, incoming: Patient): Patient {
  return mergeFields(known, incoming)
}

const lineKey = (l: ClaimLine) => `${l.procedureCode}|${l.serviceDate ?? ""}`

function mergeLines(known: ClaimLine[], incoming: ClaimLine[]): ClaimLine[] {
  if (incoming.length === 0) return known
  const pool = [...known]
  return incoming.map((line) => {
    const i = pool.findIndex((k) => lineKey(k) === lineKey(line))
    if (i < 0) return line
    const [old] = pool.splice(i, 1)
    return mergeFields(old, line)
  })
}

function statusOf<S extends string>(
  known: { status: S; statusText: string },
  incoming: { status: S; statusText: string }
) {
  if (incoming.status === "unknown" && known.status !== "unknown")
    return { status: known.status, statusText: known.statusText }
  return { status: incoming.status, statusText: incoming.statusText || known.statusText }
}

export const CLAIM_TRACKED = [
  "status",
  "billedCents",
  "allowedCents",
  "paidCents",
  "patientResponsibilityCents",
  "processedDate",
  "paymentDate",
  "checkNumber",
  "adjustments",
  "remarkCodes"
] as const
export const AUTH_TRACKED = [
  "status",
  "startDate",
  "endDate",
  "unitsApproved",
  "unitsUsed",
  "unitsRemaining",
  "serviceCodes"
] as const

function changesOf<T extends object>(before: T | undefined, after: T, fields: readonly (keyof T)[]): FieldChange[] {
  return fields
    .filter((f) => !before || JSON.stringify(before[f]) !== JSON.stringify(after[f]))
    .filter((f) => before || !(after[f] === null || (Array.isArray(after[f]) && (after[f] as unknown[]).length === 0)))
    .map((f) => ({ field: String(f), from: before ? before[f] : null, to: after[f] }))
}

export type Meta = { key: string; portal: string; sourceUrl: string; now: string }
export type Merged<T> = { record: T; changed: boolean; changes: FieldChange[] }

const tracking = (meta: Meta) => ({
  key: meta.key,
  portal: meta.portal,
  sourceUrl: meta.sourceUrl,
  firstSeenAt: meta.now,
  lastChangedAt: meta.now
})

/** Field by field, with the status and patient rules; the tracking fields stay as they were (the page has none). */
function mergeRecord<T extends { status: string; statusText: string; patient: Patient }>(
  base: T,
  incoming: Omit<T, keyof ReturnType<typeof tracking> | "resolution">
): T {
  return {
    ...mergeFields(base, { ...base, ...incoming }),
    ...statusOf(base, incoming),
    patient: mergePatient(base.patient, incoming.patient)
  }
}

export function mergeClaim(known: StoredClaim | undefined, incoming: Claim, meta: Meta): Merged<StoredClaim> {
  const base: StoredClaim = known ?? { ...incoming, ...tracking(meta), resolution: null }
  const merged: StoredClaim = { ...mergeRecord(base, incoming), lines: mergeLines(base.lines, incoming.lines) }
  return finish(known, merged, CLAIM_TRACKED, meta)
}

export function mergeAuthorization(
  known: StoredAuthorization | undefined,
  incoming: Authorization,
  meta: Meta
): Merged<StoredAuthorization> {
  const base: StoredAuthorization = known ?? { ...incoming, ...tracking(meta) }
  return finish(known, mergeRecord(base, incoming), AUTH_TRACKED, meta)
}

function finish<T extends { sourceUrl: string; lastChangedAt: string }>(
  known: T | undefined,
  merged: T,
  tracked: readonly (keyof T)[],
  meta: Meta
): Merged<T> {
  const changed = !known || JSON.stringify(known) !== JSON.stringify(merged)
  const changes = changesOf(known, merged, tracked)
  if (changed) {
    merged.sourceUrl = meta.sourceUrl
    merged.lastChangedAt = meta.now
  }
  return { record: merged, changed, changes }
}
