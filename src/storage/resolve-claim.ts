import type { ResolutionReason } from "../model/records"
import type { PayerLensDb } from "./db"

/** Closes denials with the user's reason and records it in each claim's history, in one transaction; returns
 * how many of the keys were stored. */
export async function resolveClaims(
  db: PayerLensDb,
  keys: string[],
  reason: ResolutionReason,
  now: Date
): Promise<number> {
  const at = now.toISOString()
  return db.transaction("rw", db.claims, db.history, async () => {
    const claims = (await db.claims.bulkGet([...new Set(keys)])).filter((c) => c !== undefined)
    await db.claims.bulkPut(claims.map((claim) => ({ ...claim, resolution: { reason, at } })))
    await db.history.bulkAdd(
      claims.map((claim) => ({
        recordKind: "claim" as const,
        recordKey: claim.key,
        at,
        sourceUrl: "",
        changes: [{ field: "resolution", from: claim.resolution?.reason ?? null, to: reason }]
      }))
    )
    return claims.length
  })
}
