// The fields a record's timeline shows, and what changed in them between two versions. Free of imports, so the
// remittance planner (in pages' bundles through the era messages) shares it with the page merge without pulling in
// the portal registry.
import type { FieldChange } from "../model/records"

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

/** The tracked fields that differ; for a new record, those it has a value for. */
export function changesOf<T extends object>(
  before: T | undefined,
  after: T,
  fields: readonly (keyof T)[]
): FieldChange[] {
  return fields
    .filter((f) => !before || JSON.stringify(before[f]) !== JSON.stringify(after[f]))
    .filter((f) => before || !(after[f] === null || (Array.isArray(after[f]) && (after[f] as unknown[]).length === 0)))
    .map((f) => ({ field: String(f), from: before ? before[f] : null, to: after[f] }))
}
