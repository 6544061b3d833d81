// The audit trail as the options page shows it: newest first, each event in words, and the chain's verdict.
import type { AuditEntry } from "../src/crypto/audit"

export type ChainVerdict = { ok: true } | { ok: false; brokenAt: number; reason: string }
export type AuditRow = { seq: number; when: string; what: string; detail: string }

const WHAT: Record<string, string> = {
  setup: "Passphrase set up",
  unlock: "Unlocked",
  "unlock-failed": "Wrong passphrase",
  lock: "Locked",
  export: "Backup exported",
  import: "Backup restored",
  wipe: "All data erased",
  "settings-change": "Settings changed",
  "passphrase-change": "Passphrase changed",
  "site-granted": "Site access granted",
  "site-removed": "Site access removed",
  "data-erased": "All data erased",
  "remittance-import": "Remittance imported"
}

const LOCK_REASONS: Record<string, string> = {
  user: "Lock now",
  idle: "idle",
  restart: "browser restarted"
}

const two = (n: number) => String(n).padStart(2, "0")

/** An instant as local date and time, "2026-11-29 14:05". */
export function localWhen(at: string): string {
  const d = new Date(at)
  if (Number.isNaN(d.getTime())) return at
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`
}

function detailText(entry: AuditEntry): string {
  return Object.entries(entry.detail)
    .map(([key, value]) =>
      entry.kind === "lock" && key === "reason" && typeof value === "string"
        ? (LOCK_REASONS[value] ?? value)
        : `${key}: ${value === null ? "—" : String(value)}`
    )
    .join(" · ")
}

/** Newest first. */
export function auditRows(entries: readonly AuditEntry[]): AuditRow[] {
  return [...entries]
    .sort((a, b) => b.seq - a.seq)
    .map((e) => ({ seq: e.seq, when: localWhen(e.at), what: WHAT[e.kind] ?? e.kind, detail: detailText(e) }))
}

export function chainSentence(check: ChainVerdict, count: number): string {
  if (check.ok) return `Chain verified (${count} ${count === 1 ? "entry" : "entries"})`
  return `Chain broken at entry ${check.brokenAt}: ${check.reason}`
}
