// Records an appeal (sent, decided, or taken back) on one stored claim with its history line.
import { applyAppeal, type AppealAction } from "../receivables/appeal-record"
import type { AppealRecord } from "../deadlines"
import type { Change, RecordMaps } from "./store-capture"

export function planAppeal(
  known: RecordMaps,
  key: string,
  action: AppealAction,
  today: string,
  now: Date
): { ok: true; appeals: AppealRecord[]; change: Change } | { ok: false; error: string } {
  const claim = known.claims.get(key)
  if (!claim) return { ok: false as const, error: "That claim is no longer stored." }
  const applied = applyAppeal(claim, action, today)
  if (!applied.ok) return applied
  return {
    ok: true as const,
    appeals: applied.appeals,
    change: {
      claims: [{ ...claim, appeals: applied.appeals, resolution: applied.clearsResolution ? null : claim.resolution }],
      auths: [],
      history: [{ recordKind: "claim", recordKey: key, at: now.toISOString(), sourceUrl: "", changes: applied.changes }]
    }
  }
}
