// Writes one validated capture in a single transaction: records merged, one history row per observed
// change, one capture-log row. Reading the same page twice leaves records and history as they were.
import type { Capture } from "../model/capture"
import { authKey, claimKey, type PayerLensDb } from "./db"
import { mergeAuthorization, mergeClaim } from "./merge"
import type { HistoryRow } from "../model/records"

export type StoreSummary = { claimsNew: number; claimsChanged: number; authorizationsNew: number; authorizationsChanged: number }

/** Page addresses are kept without query or fragment: those can carry member IDs. */
export function safeSourceUrl(url: string): string {
  try {
    const u = new URL(url)
    return `${u.origin}${u.pathname}`
  } catch {
    return ""
  }
}

export async function storeCapture(db: PayerLensDb, capture: Capture, now = new Date()): Promise<StoreSummary> {
  const at = now.toISOString()
  const sourceUrl = safeSourceUrl(capture.url)
  const summary: StoreSummary = { claimsNew: 0, claimsChanged: 0, authorizationsNew: 0, authorizationsChanged: 0 }
  await db.transaction("rw", [db.claims, db.authorizations, db.history, db.captures], async () => {
    const history: HistoryRow[] = []
    const claimKeys = capture.claims.map((c) => claimKey(c.payer, capture.portal, c.claimNumber))
    const knownClaims = await db.claims.bulkGet(claimKeys)
    const claimWrites = capture.claims.flatMap((claim, i) => {
      const m = mergeClaim(knownClaims[i], claim, { key: claimKeys[i], portal: capture.portal, sourceUrl, now: at })
      if (!m.changed) return []
      knownClaims[i] ? summary.claimsChanged++ : summary.claimsNew++
      if (m.changes.length) history.push({ recordKind: "claim", recordKey: claimKeys[i], at, sourceUrl, changes: m.changes })
      return [m.record]
    })
    const authKeys = capture.authorizations.map((a) => authKey(a.payer, capture.portal, a.authNumber))
    const knownAuths = await db.authorizations.bulkGet(authKeys)
    const authWrites = capture.authorizations.flatMap((auth, i) => {
      const m = mergeAuthorization(knownAuths[i], auth, { key: authKeys[i], portal: capture.portal, sourceUrl, now: at })
      if (!m.changed) return []
      knownAuths[i] ? summary.authorizationsChanged++ : summary.authorizationsNew++
      if (m.changes.length) history.push({ recordKind: "authorization", recordKey: authKeys[i], at, sourceUrl, changes: m.changes })
      return [m.record]
    })
    await db.claims.bulkPut(claimWrites)
    await db.authorizations.bulkPut(authWrites)
    await db.history.bulkAdd(history)
    await db.captures.add({
      at,
      portal: capture.portal,
      pageKind: capture.pageKind,
      claims: capture.claims.length,
      authorizations: capture.authorizations.length,
      changed: claimWrites.length + authWrites.length,
      warnings: capture.warnings.length
    })
  })
  return summary
}
