import type { ResolutionReason } from "../model/records"
import type { PayerLensDb } from "./db"

/** Closes a denial with the user's reason and records it in the claim's history; false when not stored. */
export async function resolveClaim(db: PayerLensDb, key: string, reason: ResolutionReason, now: Date): Promise<boolean> {
  const at = now.toISOString()
  return db.transaction("rw", db.claims, db.history, async () => {
    const claim = await db.claims.get(key)
    if (!claim) return false
    await db.claims.put({ ...claim, resolution: { reason, at } })
    await db.history.add({
      recordKind: "claim", recordKey: key, at, sourceUrl: "",
      changes: [{ field: "resolution", from: claim.resolution?.reason ?? null, to: reason }]
    })
    return true
  })
}
