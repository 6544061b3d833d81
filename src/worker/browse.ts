// Answers for the popup's and side panel's browsing requests, from one load of the records.
import type { Failure } from "../messages/define"
import type { SearchAnswer } from "../messages/search-query"
import type { PatientAnswer } from "../messages/patient-get"
import type { ReceivablesAnswer } from "../messages/receivables-list"
import type { OnTabAnswer } from "../messages/records-on-tab"
import type { StoredAuthorization } from "../model/records"
import type { AuthorizationRow } from "../model/authorization-row"
import type { TabRecordKeys } from "../messages/shapes"
import type { Records } from "../tracking/tick"
import { search } from "../browse/search"
import { patientRecords } from "../browse/patient"
import { receivableRows, type ReceivableFilter } from "../receivables/drill-down"
import { deadlinesOf } from "../receivables/filing-clock"
import { localDate } from "../dates/calendar"
import { overviewOf } from "./reminder-views"

/** Authorizations as the popup lists them: with the watch, the run-out forecast and the usage check. */
function rowsFor(records: Records, auths: StoredAuthorization[], now: Date): AuthorizationRow[] {
  return overviewOf({ ...records, auths }, now, true).authorizations
}

export function searchAnswer(records: Records, text: string, now: Date): SearchAnswer {
  const found = search(records.claims, records.auths, text)
  return { ok: true, ...found, authorizations: rowsFor(records, found.authorizations, now) }
}

export function patientAnswer(records: Records, key: string, now: Date): PatientAnswer | Failure {
  const found = patientRecords(records.claims, records.auths, key)
  if (!found) return { ok: false, error: "No records are stored for that patient." }
  return {
    ok: true,
    patient: found.patient,
    claims: found.claims,
    authorizations: rowsFor(records, found.authorizations, now)
  }
}

export function receivablesAnswer(records: Records, filter: ReceivableFilter, now: Date): ReceivablesAnswer {
  const today = localDate(now)
  return { ok: true, rows: receivableRows(records.claims, deadlinesOf(records, today), today, filter) }
}

/** The stored records behind the keys the tab's last capture held (a record deleted since is left out). */
export function onTabAnswer(records: Records, keys: TabRecordKeys | null, now: Date): OnTabAnswer {
  if (!keys) return { ok: true, claims: [], authorizations: [] }
  const claimKeys = new Set(keys.claims)
  const authKeys = new Set(keys.authorizations)
  const claims = records.claims.filter((c) => claimKeys.has(c.key))
  return {
    ok: true,
    claims,
    authorizations: rowsFor(
      records,
      records.auths.filter((a) => authKeys.has(a.key)),
      now
    )
  }
}
