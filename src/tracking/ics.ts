// Upcoming dates as an iCalendar file (RFC 5545): one all-day VEVENT per day and kind of date.
// A calendar file leaves PayerLens's protection (it is synced to calendar servers, shown on phones, shared with
// assistants), so an event says only what is due and when, with how many: no name, initials, payer, member ID,
// claim or authorization number, and a random UID. The popup opens the detail behind the lock.
import type { Reminder, ReminderKind } from "./reminders"

const escape = (s: string) =>
  s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n")
const day = (iso: string) => iso.replace(/-/g, "")
function nextDay(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number)
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
}

/** Lines longer than 75 octets are folded (RFC 5545 §3.1). */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line)
  if (bytes.length <= 75) return line
  const parts: string[] = []
  let current = ""
  for (const ch of line) {
    if (new TextEncoder().encode(current + ch).length > (parts.length ? 74 : 75)) {
      parts.push(current)
      current = ""
    }
    current += ch
  }
  parts.push(current)
  return parts.join("\r\n ")
}

/** What an event says for each kind of date, for one record and for several on the same day. */
const WHAT: Record<ReminderKind, { one: string; many: (n: number) => string }> = {
  "auth-expiring": {
    one: "Authorization ends — check re-authorization",
    many: (n) => `${n} authorizations end — check re-authorizations`
  },
  // a low authorization's calendar date is its end date
  "auth-low": {
    one: "Authorization ends — check re-authorization",
    many: (n) => `${n} authorizations end — check re-authorizations`
  },
  "auth-exhausted": { one: "Authorization used up", many: (n) => `${n} authorizations used up` },
  "auth-reauth": { one: "Request a re-authorization", many: (n) => `Request ${n} re-authorizations` },
  "claim-follow-up": { one: "Follow up on a claim", many: (n) => `Follow up on ${n} claims` },
  "claim-route-deadline": { one: "Claim filing deadline", many: (n) => `${n} claim filing deadlines` },
  "appeal-next-level": { one: "Appeal deadline", many: (n) => `${n} appeal deadlines` },
  "appeal-decision-overdue": { one: "Appeal decision due", many: (n) => `${n} appeal decisions due` }
}

export type CalendarEvent = { date: string; summary: string }

/** One event per day and wording: the records behind it are counted (an authorization that is both low and
 * ending is one record), never named. */
export function calendarEvents(reminders: Reminder[]): CalendarEvent[] {
  const groups = new Map<string, { date: string; what: (typeof WHAT)[ReminderKind]; records: Set<string> }>()
  for (const r of reminders) {
    if (!r.eventDate) continue
    const what = WHAT[r.kind]
    const key = `${r.eventDate}|${what.one}`
    const group = groups.get(key) ?? { date: r.eventDate, what, records: new Set<string>() }
    groups.set(key, group.records.add(r.recordKey) && group)
  }
  return [...groups.values()]
    .sort((a, b) => a.date.localeCompare(b.date) || a.what.one.localeCompare(b.what.one))
    .map(({ date, what, records }) => ({ date, summary: records.size === 1 ? what.one : what.many(records.size) }))
}

export function remindersToIcs(
  reminders: Reminder[],
  now: Date,
  uid: () => string = () => crypto.randomUUID()
): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "")
  const events = calendarEvents(reminders).flatMap((e) => [
    "BEGIN:VEVENT",
    `UID:${uid()}@payerlens.local`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${day(e.date)}`,
    `DTEND;VALUE=DATE:${day(nextDay(e.date))}`,
    `SUMMARY:${escape(e.summary)}`,
    `DESCRIPTION:${escape("Open PayerLens to see which records.")}`,
    "TRANSP:TRANSPARENT",
    "END:VEVENT"
  ])
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//PayerLens//Reminders//EN",
    "CALSCALE:GREGORIAN",
    ...events,
    "END:VCALENDAR"
  ]
    .map(fold)
    .join("\r\n")
    .concat("\r\n")
}
