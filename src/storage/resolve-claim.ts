import type { ResolutionReason } from "../model/records"
import type { Change, RecordMaps } from "./store-capture"

/** Closes denials with the user's reason and records it in each claim's history; `count` is how many of the keys
 * were stored. */
export function planResolve(
  known: RecordMaps,
  keys: string[],
  reason: ResolutionReason,
  now: Date
): { change: Change; count: number } {
  const at = now.toISOString()
  const claims = [...new Set(keys)].flatMap((key) => known.claims.get(key) ?? [])
  return {
    count: claims.length,
    change: {
      claims: claims.map((claim) => ({ ...claim, resolution: { reason, at } })),
      auths: [],
      history: claims.map((claim) => ({
        recordKind: "claim" as const,
        recordKey: claim.key,
        at,
        sourceUrl: "",
        changes: [{ field: "resolution", from: claim.resolution?.reason ?? null, to: reason }]
      }))
    }
  }
}
