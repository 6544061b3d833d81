// What happened to each reminder (fired, snoozed, dismissed), kept in IndexedDB, the source of truth. Each due
// reminder fires at most once: its state is written before the notification shows, in a transaction a
// concurrent tick cannot overlap.
//
// Reminder ids name their record ("auth-low:<payer|NUMBER>:2"); on disk the record's clear key is replaced by its
// blind id ("auth-low:<64 hex>:2"), so the table names no claim or authorization number. The unlocked worker
// translates both ways; the locked worker only ever sees the stored form (from the clear schedule).
import type { PayerLensDb } from "./db"
import { blindIdOf, type OpenStore } from "./sealed"
import type { ReminderState } from "../model/records"
import { addDays } from "../dates/business-days"
import { localDate } from "../dates/calendar"
import { isDue, type Reminder, type ReminderKind } from "../tracking/reminders"
import {
  claimable,
  firedState,
  hiddenToday,
  noticesFor,
  remindersFor,
  type Notice,
  type Records
} from "../tracking/tick"
import type { SnoozeAction } from "../model/records"

/** Above this many candidates one read of every state beats keyed reads (the table holds one row per reminder). */
const KEYED_READS_UP_TO = 200

/** Translation between reminder ids as the rules make them and as they are stored. */
export type ReminderIds = {
  /** the stored id of a reminder about `recordKey` (unchanged when the record is not known) */
  stored: (id: string, recordKey: string) => string
  /** the blind id standing for a record key on disk ("" when not known) */
  record: (recordKey: string) => string
  /** a stored state as the rules name it (kept as stored when its record is gone) */
  clear: (state: ReminderState) => ReminderState
}

/** The kinds the rules make, each about an authorization or a claim. */
const kindOf = (id: string) => id.slice(0, Math.max(0, id.indexOf(":")))
export const isAuthReminder = (id: string) => kindOf(id).startsWith("auth-")

export function reminderIds(
  idOf: (kind: "claim" | "authorization", key: string) => string | undefined,
  keyOf: (id: string) => string | undefined
): ReminderIds {
  const recordKind = (id: string) => (isAuthReminder(id) ? "authorization" : "claim")
  return {
    stored(id, recordKey) {
      const kind = kindOf(id)
      const blind = idOf(recordKind(id), recordKey)
      if (!blind || !id.startsWith(`${kind}:${recordKey}`)) return id
      return `${kind}:${blind}${id.slice(kind.length + 1 + recordKey.length)}`
    },
    record: (recordKey) => idOf("claim", recordKey) ?? idOf("authorization", recordKey) ?? "",
    clear(state) {
      const kind = kindOf(state.id)
      const blind = state.id.slice(kind.length + 1, kind.length + 65)
      const key = keyOf(blind)
      if (key === undefined) return state
      return { ...state, id: `${kind}:${key}${state.id.slice(kind.length + 65)}`, recordKey: key }
    }
  }
}

/** The translation for an open store's records (their blind ids by clear key, and back). */
export const reminderIdsOf = (open: OpenStore): ReminderIds =>
  reminderIds(
    (kind, key) => blindIdOf(open, kind, key),
    (id) => open.keyOf.get(id)
  )

/** A state as it is stored: its id and record named by the record's blind id. */
export const storedState = (state: ReminderState, ids: ReminderIds): ReminderState => ({
  ...state,
  id: ids.stored(state.id, state.recordKey),
  recordKey: ids.record(state.recordKey) || state.recordKey
})

/** `known`: the states as last read (the worker keeps them, by clear id); reminders they show fired or hidden are
 * skipped without opening a transaction — the usual tick, every popup open, finds nothing new. The candidates are
 * checked again inside the transaction, so a stale `known` never fires a reminder twice. */
export async function runTick(
  db: PayerLensDb,
  now: Date,
  notify: (n: Notice) => Promise<void>,
  records: Records,
  known: Map<string, ReminderState>,
  ids: ReminderIds
): Promise<Reminder[]> {
  const { all, today } = remindersFor(records, now)
  const due = all.filter((r) => isDue(r, today) && claimable(known.get(r.id), today))
  if (due.length === 0) return []
  const storedId = new Map(due.map((r) => [r.id, ids.stored(r.id, r.recordKey)]))
  const fired = await db.transaction("rw", db.reminders, async () => {
    const rows =
      due.length > KEYED_READS_UP_TO
        ? await db.reminders.toArray()
        : (await db.reminders.bulkGet([...storedId.values()])).filter((s) => s !== undefined)
    const states = new Map(rows.map((s) => [s.id, s]))
    const claimed = due.filter((r) => claimable(states.get(storedId.get(r.id)!), today))
    await db.reminders.bulkPut(claimed.map((r) => storedState(firedState(r, now), ids)))
    return claimed
  })
  for (const notice of noticesFor(fired, today)) await notify(notice)
  return fired
}

/** One entry of the locked worker's schedule: a reminder by its stored id, its kind and the day it is due. */
export type ScheduleEntry = { rid: string; kind: string; dueDate: string }

/** What the locked worker may fire: every reminder today's rules make, not hidden, by stored id. */
export function scheduleOf(
  records: Records,
  states: Map<string, ReminderState>,
  now: Date,
  ids: ReminderIds
): ScheduleEntry[] {
  const { all, today } = remindersFor(records, now)
  return all
    .filter((r) => !hiddenToday(states.get(r.id), today) && !states.get(r.id)?.dismissedAt)
    .map((r) => ({ rid: ids.stored(r.id, r.recordKey), kind: r.kind, dueDate: r.dueDate }))
}

/** Reminders fired while locked are told as the unlocked ones are (counts by kind, by record: the blind id in
 * each entry's id stands for its record), asking for the passphrase. */
export function lockedNotices(entries: ScheduleEntry[]): Notice[] {
  const fired = entries.map((e) => ({ kind: e.kind as ReminderKind, recordKey: e.rid.split(":")[1] ?? e.rid }))
  return noticesFor(fired).map((notice) => ({ ...notice, body: "Unlock PayerLens to see which." }))
}

/** The locked worker's pass: entries due today that have not fired (by stored id) fire once, with generic text. */
export async function runLockedTick(
  db: PayerLensDb,
  now: Date,
  notify: (n: Notice) => Promise<void>,
  schedule: ScheduleEntry[]
): Promise<number> {
  const today = localDate(now)
  const due = schedule.filter((e) => e.dueDate <= today)
  if (due.length === 0) return 0
  const fired = await db.transaction("rw", db.reminders, async () => {
    const states = await db.reminders.bulkGet(due.map((e) => e.rid))
    const claimed = due.flatMap((e, i) => (claimable(states[i], today) ? [{ e, state: states[i] }] : []))
    await db.reminders.bulkPut(
      claimed.map(({ e, state }) => ({
        id: e.rid,
        recordKey: state?.recordKey ?? e.rid.split(":")[1] ?? "",
        firedAt: now.toISOString(),
        snoozedUntil: null,
        dismissedAt: null
      }))
    )
    return claimed.map(({ e }) => e)
  })
  for (const notice of lockedNotices(fired)) await notify(notice)
  return fired.length
}

/** The user's snooze or dismiss on one reminder (a reminder not fired yet gets its state first). */
export async function updateReminder(
  db: PayerLensDb,
  id: string,
  recordKey: string,
  action: SnoozeAction,
  now: Date,
  ids: ReminderIds
): Promise<void> {
  const today = localDate(now)
  const stored = ids.stored(id, recordKey)
  const change =
    action === "dismiss"
      ? { dismissedAt: now.toISOString() }
      : { snoozedUntil: addDays(today, action === "snooze-day" ? 1 : 7) }
  await db.transaction("rw", db.reminders, async () => {
    const known = await db.reminders.get(stored)
    await db.reminders.put({
      ...(known ?? {
        id: stored,
        recordKey: ids.record(recordKey),
        firedAt: null,
        snoozedUntil: null,
        dismissedAt: null
      }),
      ...change
    })
  })
}
