// Writes one validated capture in a single transaction: records merged, one history row per observed
// change, one capture-log row. Reading the same page twice leaves records and history as they were.
import type { Capture } from "../model/capture"
import { authKey, claimKey, type PayerLensDb } from "./db"
import { mergeAuthorization, mergeClaim, type Merged, type Meta } from "./merge"
import type { Table } from "dexie"
import type { HistoryRow } from "../model/records"

export type StoreSummary = {
  claimsNew: number
  claimsChanged: number
  authorizationsNew: number
  authorizationsChanged: number
}

/** Page addresses are kept without query or fragment: those can carry member IDs. */
export function safeSourceUrl(url: string): string {
  try {
    const u = new URL(url)
    return `${u.origin}${u.pathname}`
  } catch {
    return ""
  }
}

type Merge<In, Out> = (known: Out | undefined, incoming: In, meta: Meta) => Merged<Out>

/** Merges one kind of record into its table's current rows: the rows to write, plus history and counts. */
async function mergeInto<In, Out>(
  table: Table<Out, string>,
  incoming: In[],
  keyOf: (record: In) => string,
  merge: Merge<In, Out>,
  context: {
    portal: string
    sourceUrl: string
    at: string
    recordKind: HistoryRow["recordKind"]
    history: HistoryRow[]
  }
) {
  const keys = incoming.map(keyOf)
  const known = await table.bulkGet(keys)
  let added = 0
  let changed = 0
  const writes = incoming.flatMap((record, i) => {
    const m = merge(known[i], record, {
      key: keys[i],
      portal: context.portal,
      sourceUrl: context.sourceUrl,
      now: context.at
    })
    if (!m.changed) return []
    if (known[i]) changed++
    else added++
    if (m.changes.length)
      context.history.push({
        recordKind: context.recordKind,
        recordKey: keys[i],
        at: context.at,
        sourceUrl: context.sourceUrl,
        changes: m.changes
      })
    return [m.record]
  })
  await table.bulkPut(writes)
  return { added, changed, written: writes.length }
}

export async function storeCapture(db: PayerLensDb, capture: Capture, now = new Date()): Promise<StoreSummary> {
  const at = now.toISOString()
  const sourceUrl = safeSourceUrl(capture.url)
  return db.transaction("rw", [db.claims, db.authorizations, db.history, db.captures], async () => {
    const history: HistoryRow[] = []
    const context = { portal: capture.portal, sourceUrl, at, history }
    const claims = await mergeInto(
      db.claims,
      capture.claims,
      (c) => claimKey(c.payer, capture.portal, c.claimNumber),
      mergeClaim,
      { ...context, recordKind: "claim" }
    )
    const auths = await mergeInto(
      db.authorizations,
      capture.authorizations,
      (a) => authKey(a.payer, capture.portal, a.authNumber),
      mergeAuthorization,
      { ...context, recordKind: "authorization" }
    )
    await db.history.bulkAdd(history)
    await db.captures.add({
      at,
      portal: capture.portal,
      pageKind: capture.pageKind,
      claims: capture.claims.length,
      authorizations: capture.authorizations.length,
      changed: claims.written + auths.written,
      warnings: capture.warnings.length
    })
    return {
      claimsNew: claims.added,
      claimsChanged: claims.changed,
      authorizationsNew: auths.added,
      authorizationsChanged: auths.changed
    }
  })
}
