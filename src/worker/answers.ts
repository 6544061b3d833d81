// The worker's answers to reading requests, computed from one load of the records.
import type { Records } from "../tracking/tick"
import type { Store } from "../storage"
import type { TabRecordKeys } from "../messages/shapes"
import type { ReceivableFilter } from "../receivables/drill-down"
import { onTabAnswer, patientAnswer, receivablesAnswer, searchAnswer } from "./browse"
import { overviewAnswer } from "./overview-answer"
import { calendar } from "./reminder-views"
import { patientBalances } from "../receivables/balances"
import type { BalancesAnswer } from "../messages/balances-list"
import { scrubDraft, scrubStored } from "./scrub"
import type { DraftClaim } from "../messages/scrub-check"

export function makeAnswers(store: Store, now: () => Date, storageError: () => Promise<string | null>) {
  return {
    overview: async (records: Records, limit?: number) =>
      overviewAnswer(await store.reminderStates(), records, now(), limit, await storageError()),
    calendar: (records: Records) => calendar(records, now()),
    search: (records: Records, text: string) => searchAnswer(records, text, now()),
    patient: (records: Records, key: string) => patientAnswer(records, key, now()),
    receivables: (records: Records, filter: ReceivableFilter) => receivablesAnswer(records, filter, now()),
    onTab: (records: Records, keys: TabRecordKeys | null) => onTabAnswer(records, keys, now()),
    scrubStored: (records: Records) => scrubStored(records),
    scrubDraft: (records: Records, draft: DraftClaim) => scrubDraft(records, draft),
    balances: (records: Records): BalancesAnswer => {
      const rows = patientBalances(records.claims)
      return { ok: true, rows, totalCents: rows.reduce((n, r) => n + r.share.totalCents, 0) }
    }
  }
}

export type Answers = ReturnType<typeof makeAnswers>
