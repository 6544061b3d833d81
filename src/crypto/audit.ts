// The audit trail: append-only and hash-chained. Each entry carries the SHA-256 of the one before it and its own
// SHA-256 over its canonical JSON, so a changed, removed, inserted or reordered entry breaks the chain where it
// happened (HIPAA 45 CFR 164.312(b) audit controls; (c)(1) integrity). It names events, never patients: detail
// holds counts, setting names, site origins, never PHI (and refuses strings that look like IDs or dates).
//
// A hash chain alone does not stop someone who rewrites the WHOLE chain on disk; verifyChain's `head` option
// checks against a head (seq + hash) kept elsewhere — e.g. inside the encrypted store at each lock — which does.
import { z, type Infer } from "../model/zod"
import { canonicalJson, sha256Hex } from "./bytes"

export const AUDIT_KINDS = [
  "setup",
  "unlock",
  "unlock-failed",
  "lock",
  "export",
  "import",
  "wipe",
  "settings-change",
  "passphrase-change",
  "site-granted",
  "site-removed",
  "data-erased",
  "remittance-import"
] as const
export type AuditKind = (typeof AUDIT_KINDS)[number]

/** prevHash of the first entry. */
export const GENESIS_HASH = "0".repeat(64)
const HASH = /^[0-9a-f]{64}$/
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/

/** Digit runs of 5+ (member IDs, claim numbers, phone numbers) and calendar dates do not belong in an audit entry. */
const LOOKS_LIKE_PHI = /\d{5,}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/

const detailValue = z.union([
  z
    .string()
    .max(200, "a detail string is at most 200 characters")
    .refine((s) => !LOOKS_LIKE_PHI.test(s), "a detail string must not carry IDs or dates"),
  z.number(),
  z.boolean(),
  z.literal(null)
])

export const AuditDetail = z
  .record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9-]{0,39}$/, "detail keys are short names"), detailValue)
  .refine((d) => Object.keys(d).length <= 12, "at most 12 detail fields")
export type AuditDetail = Infer<typeof AuditDetail>

export const AuditEntry = z.strictObject({
  seq: z.number().int().positive(),
  at: z.string().regex(ISO_INSTANT, "at must be an ISO instant (Date.toISOString())"),
  kind: z.enum(AUDIT_KINDS),
  detail: AuditDetail,
  prevHash: z.string().regex(HASH),
  hash: z.string().regex(HASH)
})
export type AuditEntry = Infer<typeof AuditEntry>

export type NewAuditEntry = { at: string; kind: AuditKind; detail?: AuditDetail }

/** SHA-256 of the entry's canonical JSON without its own hash. */
export const hashOf = (entry: Omit<AuditEntry, "hash">): Promise<string> =>
  sha256Hex(
    canonicalJson({ seq: entry.seq, at: entry.at, kind: entry.kind, detail: entry.detail, prevHash: entry.prevHash })
  )

/** The entry that follows `last` (null for the first). Throws a ZodError naming the field for a bad entry. */
export async function nextEntry(last: AuditEntry | null, entry: NewAuditEntry): Promise<AuditEntry> {
  const draft = {
    seq: (last?.seq ?? 0) + 1,
    at: entry.at,
    kind: entry.kind,
    detail: entry.detail ?? {},
    prevHash: last?.hash ?? GENESIS_HASH
  }
  const full = { ...draft, hash: await hashOf(draft) }
  return AuditEntry.parse(full)
}

/** A new chain with `entry` appended (only the chain's last entry is read: passing [last] is enough). */
export async function appendEntry(chain: readonly AuditEntry[], entry: NewAuditEntry): Promise<AuditEntry[]> {
  return [...chain, await nextEntry(chain.at(-1) ?? null, entry)]
}

export type ChainCheck =
  { ok: true; count: number; head: { seq: number; hash: string } | null } | { ok: false; brokenAt: number; why: string }

export type VerifyOptions = {
  /** the head recorded elsewhere: entries after it missing (a cut tail) or the chain rebuilt are found */
  head?: { seq: number; hash: string }
}

/**
 * Checks a whole chain, first entry to last: shapes, sequence numbers 1, 2, 3…, each prevHash, each hash.
 * brokenAt is the sequence number expected where the first fault is.
 */
export async function verifyChain(entries: readonly unknown[], options: VerifyOptions = {}): Promise<ChainCheck> {
  let prev: AuditEntry | null = null
  for (let i = 0; i < entries.length; i++) {
    const expected = i + 1
    const parsed = AuditEntry.safeParse(entries[i])
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return {
        ok: false,
        brokenAt: expected,
        why: `entry ${expected} is malformed (${issue.path.map(String).join(".") || "root"}: ${issue.message})`
      }
    }
    const entry: AuditEntry = parsed.data
    if (entry.seq !== expected)
      return {
        ok: false,
        brokenAt: expected,
        why:
          entry.seq > expected
            ? `entry ${expected} is missing (found ${entry.seq})`
            : `entry ${entry.seq} is out of order or repeated (expected ${expected})`
      }
    if (entry.prevHash !== (prev?.hash ?? GENESIS_HASH))
      return {
        ok: false,
        brokenAt: expected,
        why: `entry ${expected} does not follow entry ${expected - 1} (previous hash differs)`
      }
    if (entry.hash !== (await hashOf(entry)))
      return {
        ok: false,
        brokenAt: expected,
        why: `entry ${expected} was changed after it was written (its hash differs)`
      }
    prev = entry
  }
  const head = prev ? { seq: prev.seq, hash: prev.hash } : null
  if (options.head) {
    const known = options.head
    if (!head || head.seq < known.seq)
      return {
        ok: false,
        brokenAt: (head?.seq ?? 0) + 1,
        why: `entries after ${head?.seq ?? 0} are missing (the recorded head is ${known.seq})`
      }
    const at = entries[known.seq - 1] as AuditEntry
    if (at.hash !== known.hash)
      return {
        ok: false,
        brokenAt: known.seq,
        why: `the chain was rebuilt: entry ${known.seq} is not the one recorded`
      }
  }
  return { ok: true, count: entries.length, head }
}

/**
 * The failed unlocks since the last successful one, oldest first (ISO instants), for throttle.ts. Read from the
 * chain so that restarting the browser or the worker does not reset the wait.
 */
export function failedUnlocksSinceLastUnlock(entries: readonly AuditEntry[]): string[] {
  const out: string[] = []
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].kind === "unlock") break
    if (entries[i].kind === "unlock-failed") out.unshift(entries[i].at)
  }
  return out
}
