// The audit trail for the options page: every entry, oldest first, and whether the hash chain holds (issue 14
// part 5; HIPAA 45 CFR 164.312(b) audit controls). Entries name events, never patients: readable while locked.
import { z } from "../model/zod"
import { AuditEntry, verifyChain } from "../crypto/audit"
import { defineMessage, replyOf } from "./define"

export const ChainCheck = z.union([
  z.strictObject({ ok: z.literal(true) }),
  z.strictObject({ ok: z.literal(false), brokenAt: z.number().int().positive(), reason: z.string() })
])

export const AuditList = z.strictObject({ ok: z.literal(true), entries: z.array(AuditEntry), check: ChainCheck })

export const auditList = defineMessage({
  type: "audit/list",
  request: z.strictObject({ type: z.literal("audit/list") }),
  reply: replyOf(AuditList),
  from: "extension-pages",
  handle: (_request, ctx) =>
    ctx.storing(async () => {
      const stored: unknown[] = await ctx.store.audit.entries()
      // unlocked, the head sealed at the last lock or snapshot is checked too (a trail rebuilt whole, a cut tail)
      const verdict = await verifyChain(stored, { head: await ctx.store.audit.head() })
      // a malformed row (the chain is broken there) cannot be shown as an entry; the check names it
      const entries = stored.flatMap((row) => {
        const parsed = AuditEntry.safeParse(row)
        return parsed.success ? [parsed.data] : []
      })
      const check = verdict.ok
        ? { ok: true as const }
        : { ok: false as const, brokenAt: verdict.brokenAt, reason: verdict.why }
      return { ok: true as const, entries, check }
    })
})
