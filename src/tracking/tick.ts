// Reminders over the records, pure: which are due, which the user hid, what a tick fires and what it shows.
// The pass that writes them (src/storage/reminder-states.ts) claims each in one transaction before notifying.
import type { ReminderState, StoredAuthorization, StoredClaim } from "../model/records"
import { localDate } from "../dates/calendar"
import { computeReminders, type Reminder } from "./reminders"
import type { TrackingSettings } from "./settings"
import { keptPerRecordsAndDay } from "./kept"
import { deadlinesOf } from "../receivables/filing-clock"

/** Everything the reminder and overview rules read, loaded once per request. */
export type Records = { claims: StoredClaim[]; auths: StoredAuthorization[]; settings: TrackingSettings }

const remindersOfDay = keptPerRecordsAndDay((records, today) => {
  const deadlines = deadlinesOf(records, today)
  return computeReminders(records.claims, records.auths, records.settings, today, (c) => deadlines.get(c.key) ?? null)
})

/** Every reminder for these records today (kept per records load and day: each popup open asks again). */
export function remindersFor(records: Records, now: Date): { all: Reminder[]; today: string } {
  const today = localDate(now)
  return { all: remindersOfDay(records, today), today }
}

/** Dismissed, or snoozed past today: the user does not want to see it today. */
export function hiddenToday(state: ReminderState | undefined, today: string): boolean {
  return !!state?.dismissedAt || (state?.snoozedUntil ?? "") > today
}

/** Reminders due now that have not fired, are not snoozed past today, and were not dismissed. One transaction
 * claims them all (a concurrent tick waits for it and then finds them fired), then the notifications show. */
export type Notice = { id: string; title: string; body: string }
/** More groups than this at once become one notice, not a flood. */
export const MAX_NOTICES = 3

type NoticeGroup = "authorizations" | "follow-ups" | "deadlines" | "appeals"

const GROUP_OF: Record<Reminder["kind"], NoticeGroup | undefined> = {
  "auth-low": "authorizations",
  "auth-exhausted": "authorizations",
  "auth-expiring": "authorizations",
  "auth-reauth": "authorizations",
  "claim-follow-up": "follow-ups",
  "claim-route-deadline": "deadlines",
  "appeal-next-level": "deadlines",
  "appeal-decision-overdue": "appeals"
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

const TITLE: Record<NoticeGroup, (n: number) => string> = {
  authorizations: (n) => `${plural(n, "authorization needs", "authorizations need")} attention`,
  "follow-ups": (n) => `${plural(n, "claim needs", "claims need")} follow-up`,
  deadlines: (n) =>
    `${plural(n, "claim has a filing or appeal deadline", "claims have filing or appeal deadlines")} coming`,
  appeals: (n) => `${plural(n, "appeal decision is", "appeal decisions are")} overdue`
}

const OPEN = "Open PayerLens to see which."

/**
 * What the system shows for the reminders a tick fired: counts by kind, never a name, initials, member ID, claim
 * or authorization number, payer or date (notifications show on lock screens and in the OS's history; HIPAA
 * minimum necessary). The ids are opaque too: the group and the count, so the same notice replaces itself.
 * The in-app reminder rows keep their detail; they show only in the unlocked popup.
 */
export function noticesFor(fired: Pick<Reminder, "kind" | "recordKey">[], _today?: string): Notice[] {
  const records = new Map<NoticeGroup, Set<string>>()
  for (const r of fired) {
    const group = GROUP_OF[r.kind]
    if (!group) continue // a kind this version does not know (a schedule written by another): nothing to say
    records.set(group, (records.get(group) ?? new Set()).add(r.recordKey))
  }
  const groups = [...records].map(([group, keys]) => ({ group, count: keys.size }))
  if (groups.length > MAX_NOTICES) {
    const total = groups.reduce((sum, g) => sum + g.count, 0)
    return [{ id: `summary:${total}`, title: `${plural(total, "record needs", "records need")} attention`, body: OPEN }]
  }
  return groups.map(({ group, count }) => ({ id: `${group}:${count}`, title: TITLE[group](count), body: OPEN }))
}

/** Not fired (or fired and then snoozed), and not hidden today. */
export function claimable(state: ReminderState | undefined, today: string): boolean {
  return !(hiddenToday(state, today) || (state?.firedAt && !state.snoozedUntil))
}

/** What a tick writes for a reminder it fires. */
export function firedState(r: Reminder, now: Date): ReminderState {
  return { id: r.id, recordKey: r.recordKey, firedAt: now.toISOString(), snoozedUntil: null, dismissedAt: null }
}

/** A state outlives its reminder (the record changed, the visits count moved on) by this long, so a reminder
 * that comes back soon keeps what the user did with it; after that the state is dropped. */
export const KEEP_GONE_STATES_DAYS = 90

/** States whose reminder no longer applies and that nothing touched for KEEP_GONE_STATES_DAYS. */
export function goneStates(states: Iterable<ReminderState>, all: Reminder[], now: Date): string[] {
  const current = new Set(all.map((r) => r.id))
  const cutoff = new Date(now.getTime() - KEEP_GONE_STATES_DAYS * 86_400_000)
  const [cutoffTime, cutoffDay] = [cutoff.toISOString(), localDate(cutoff)]
  const gone: string[] = []
  for (const s of states) {
    const touched =
      (s.firedAt ?? "") > cutoffTime || (s.dismissedAt ?? "") > cutoffTime || (s.snoozedUntil ?? "") > cutoffDay
    if (!current.has(s.id) && !touched) gone.push(s.id)
  }
  return gone
}
