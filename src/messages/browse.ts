// Browsing requests from the popup and side panel: search, one patient, the claims behind an A/R figure, and
// the records read from the page in the current tab.
import { z, type Infer } from "../model/zod"
import { StoredClaim } from "../model/records"
import { AuthorizationRow, Failure } from "./rows"

const key = z.string().min(1).max(300)

export const SearchRecords = z.strictObject({ type: z.literal("search/query"), text: z.string().max(200) })
export const GetPatient = z.strictObject({ type: z.literal("patient/get"), key })
export const ListReceivables = z.strictObject({
  type: z.literal("receivables/list"),
  filter: z.union([
    z.strictObject({ bucket: z.enum(["0-30", "31-60", "61-90", "91-120", "120+"]), from: z.enum(["service", "received"]).optional() }),
    z.strictObject({ payer: z.string().min(1).max(200) })
  ])
})
/** The records the last page read in that tab held (the side panel highlights them). */
export const RecordsOnTab = z.strictObject({ type: z.literal("records/on-tab"), tabId: z.number().int().nonnegative() })
/** Where the worker keeps those keys (session storage); the side panel watches this key to refresh. */
export const TAB_RECORDS_KEY = "tabRecords"

export const PatientSummary = z.strictObject({
  key: z.string(),
  name: z.string().nullable(),
  memberId: z.string().nullable(),
  payers: z.array(z.string()),
  claims: z.number(),
  authorizations: z.number()
})
export type PatientSummary = Infer<typeof PatientSummary>

const counts = z.strictObject({ patients: z.number(), claims: z.number(), authorizations: z.number() })

export const SearchResponse = z.union([
  z.strictObject({
    ok: z.literal(true),
    patients: z.array(PatientSummary),
    claims: z.array(StoredClaim),
    authorizations: z.array(AuthorizationRow),
    totals: counts,
    /** nothing matched as typed; these match a name spelled one letter differently */
    closeSpelling: z.boolean()
  }),
  Failure
])
export type SearchResponse = Infer<typeof SearchResponse>

export const PatientResponse = z.union([
  z.strictObject({ ok: z.literal(true), patient: PatientSummary, claims: z.array(StoredClaim), authorizations: z.array(AuthorizationRow) }),
  Failure
])
export type PatientResponse = Infer<typeof PatientResponse>

export const ReceivableRow = z.strictObject({
  claim: StoredClaim,
  ageDays: z.number(),
  bucket: z.string(),
  filing: z.strictObject({ deadline: z.string(), daysLeft: z.number(), limitDays: z.number() }).nullable()
})
export type ReceivableRow = Infer<typeof ReceivableRow>
export const ReceivablesListResponse = z.union([z.strictObject({ ok: z.literal(true), rows: z.array(ReceivableRow) }), Failure])
export type ReceivablesListResponse = Infer<typeof ReceivablesListResponse>

export const OnPageResponse = z.union([
  z.strictObject({ ok: z.literal(true), claims: z.array(StoredClaim), authorizations: z.array(AuthorizationRow) }),
  Failure
])
export type OnPageResponse = Infer<typeof OnPageResponse>
