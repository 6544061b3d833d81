// The popup's first request. With `limit`, only the first rows of the Today lists come back, and of the
// authorizations only those of the patients on the denials shown (a denial's authorization facts must be
// complete); the counts say how long each whole list is. The popup shows that at once; its other views ask for
// the whole lists.
import type { OverviewAnswer } from "../messages/shapes"
import type { ReminderState } from "../model/records"
import type { Records } from "../tracking/tick"
import { patientKey } from "../browse/patient"
import { dueReminders, overviewOf, receivablesOf } from "./reminder-views"

export function overviewAnswer(
  states: ReadonlyMap<string, ReminderState>,
  records: Records,
  now: Date,
  limit: number | undefined,
  storageError: string | null
): OverviewAnswer {
  const overview = overviewOf(records, now, true)
  const { shown: reminders, total } = dueReminders(states, records, now, limit)
  const counts = { reminders: total, denials: overview.denials.length, authorizations: overview.authorizations.length }
  const receivables = receivablesOf(records, now)
  if (limit === undefined || (counts.reminders <= limit && counts.denials <= limit && counts.authorizations <= limit))
    return { ok: true, overview, reminders, receivables, counts, partial: false, storageError }
  const denials = overview.denials.slice(0, limit)
  const patients = new Set(denials.map((c) => patientKey(c.patient)))
  const authorizations = overview.authorizations.filter((a) => patients.has(patientKey(a.patient)))
  return {
    ok: true,
    overview: { ...overview, denials, authorizations },
    reminders,
    receivables,
    counts,
    partial: true,
    storageError
  }
}
