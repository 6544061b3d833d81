// capture-v1: what one portal page yields. Mirrors ../shared/contracts/capture-v1.schema.json exactly
// (tests/unit/capture-contract.test.ts checks both against every fixture and against hand-made bad inputs).
import { z, type Infer } from "./zod"

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date must be YYYY-MM-DD")
  .nullable()
export const cents = z.number().int("money must be whole cents").nullable()

export const Patient = z.strictObject({
  name: z.string().nullable(),
  memberId: z.string().nullable(),
  dateOfBirth: isoDate
})
export type Patient = Infer<typeof Patient>

export const ADJUSTMENT_GROUPS = ["CO", "PR", "OA", "PI", "CR"] as const
export const Adjustment = z.strictObject({
  group: z.enum(ADJUSTMENT_GROUPS),
  reason: z.string(),
  amountCents: cents
})
export type Adjustment = Infer<typeof Adjustment>

export const ClaimLine = z.strictObject({
  procedureCode: z.string(),
  modifiers: z.array(z.string()),
  units: z.number().nullable(),
  serviceDate: isoDate,
  billedCents: cents,
  paidCents: cents,
  adjustments: z.array(Adjustment),
  remarkCodes: z.array(z.string())
})
export type ClaimLine = Infer<typeof ClaimLine>

export const CLAIM_STATUSES = [
  "received",
  "pending",
  "paid",
  "partially_paid",
  "denied",
  "rejected",
  "reversed",
  "unknown"
] as const
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]

export const Claim = z.strictObject({
  claimNumber: z.string(),
  payer: z.string().nullable(),
  patient: Patient,
  serviceFrom: isoDate,
  serviceTo: isoDate,
  status: z.enum(CLAIM_STATUSES),
  statusText: z.string(),
  billedCents: cents,
  allowedCents: cents,
  paidCents: cents,
  patientResponsibilityCents: cents,
  receivedDate: isoDate,
  processedDate: isoDate,
  paymentDate: isoDate,
  checkNumber: z.string().nullable(),
  adjustments: z.array(Adjustment),
  remarkCodes: z.array(z.string()),
  diagnosisCodes: z.array(z.string()),
  lines: z.array(ClaimLine)
})
export type Claim = Infer<typeof Claim>

export const AUTH_STATUSES = [
  "approved",
  "partially_approved",
  "pending",
  "denied",
  "expired",
  "cancelled",
  "unknown"
] as const
export type AuthStatus = (typeof AUTH_STATUSES)[number]

export const Authorization = z.strictObject({
  authNumber: z.string(),
  payer: z.string().nullable(),
  patient: Patient,
  status: z.enum(AUTH_STATUSES),
  statusText: z.string(),
  serviceCodes: z.array(z.string()),
  startDate: isoDate,
  endDate: isoDate,
  unitsApproved: z.number().nullable(),
  unitsUsed: z.number().nullable(),
  unitsRemaining: z.number().nullable(),
  unitType: z.enum(["visits", "units"]).nullable()
})
export type Authorization = Infer<typeof Authorization>

export const PAGE_KINDS = [
  "claim-list",
  "claim-detail",
  "auth-list",
  "auth-detail",
  "remittance",
  "mixed",
  "unknown"
] as const
export type PageKind = (typeof PAGE_KINDS)[number]

export const Capture = z.strictObject({
  version: z.literal(1),
  portal: z.string(),
  url: z.string(),
  pageKind: z.enum(PAGE_KINDS),
  claims: z.array(Claim),
  authorizations: z.array(Authorization),
  warnings: z.array(z.string())
})
export type Capture = Infer<typeof Capture>

export function emptyPatient(): Patient {
  return { name: null, memberId: null, dateOfBirth: null }
}
