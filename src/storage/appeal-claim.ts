// Records an appeal (sent, decided, or taken back) on one stored claim with its history line, in one transaction.
import type { PayerLensDb } from "./db"
import { applyAppeal, type AppealAction } from "../receivables/appeal-record"
import type { AppealRecord } from "../deadlines"

export async function appealClaim(
  db: PayerLensDb,
  key: string,
  action: AppealAction,
  today: string,
  now: Date
): Promise<{ ok: true; appeals: AppealRecord[] } | { ok: false; error: string }> {
  return db.transaction("rw", db.claims, db.history, async () => {
    const claim = await db.claims.get(key)
    if (!claim) return { ok: false as const, error: "That claim is no longer stored." }
    const applied = applyAppeal(claim, action, today)
    if (!applied.ok) return applied
    const at = now.toISOString()
    await db.claims.put({
      ...claim,
      appeals: applied.appeals,
      resolution: applied.clearsResolution ? null : claim.resolution
    })
    await db.history.add({ recordKind: "claim", recordKey: key, at, sourceUrl: "", changes: applied.changes })
    return { ok: true as const, appeals: applied.appeals }
  })
}
