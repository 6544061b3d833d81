// Upcoming reminders as an iCalendar file (RFC 5545): one all-day VEVENT each.
import type { Reminder } from "./reminders"

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

export function remindersToIcs(reminders: Reminder[], now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "")
  const events = reminders
    .filter((r) => r.eventDate)
    .flatMap((r) => [
      "BEGIN:VEVENT",
      `UID:${escape(r.id.replace(/[^A-Za-z0-9:.-]/g, "-"))}@payerlens.local`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day(r.eventDate!)}`,
      `DTEND;VALUE=DATE:${day(nextDay(r.eventDate!))}`,
      `SUMMARY:${escape(`${r.title}: ${r.body}`)}`,
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
