// One validated capture merged into what is stored, pure: the records to write, one history row per observed
// change, one capture-log row. Reading the same page twice changes nothing (no record, no history).
// The store seals and writes the change in one transaction (src/storage/sealed.ts).
import type { Capture } from "../model/capture"
import { authKey, claimKey } from "./db"
import { mergeAuthorization, mergeClaim, type Merged, type Meta } from "./merge"
import type { CaptureLogRow, HistoryRow, StoredAuthorization, StoredClaim } from "../model/records"

export type StoreSummary = {
  claimsNew: number
  claimsChanged: number
  authorizationsNew: number
  authorizationsChanged: number
}

/** The stored records by clear key, as the unlocked worker holds them. */
export type RecordMaps = { claims: ReadonlyMap<string, StoredClaim>; auths: ReadonlyMap<string, StoredAuthorization> }

/** What one write changes: records to (re)write whole, history rows to add, and the capture log row. */
export type Change = {
  claims: StoredClaim[]
  auths: StoredAuthorization[]
  history: HistoryRow[]
  captureLog?: CaptureLogRow
}

export const NO_CHANGE: Change = { claims: [], auths: [], history: [] }

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

/** Merges one kind of record against the stored ones: the rows to write, plus history and counts. */
function mergeInto<In, Out>(
  known: ReadonlyMap<string, Out>,
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
  let added = 0
  let changed = 0
  const writes = incoming.flatMap((record) => {
    const key = keyOf(record)
    const before = known.get(key)
    const m = merge(before, record, { key, portal: context.portal, sourceUrl: context.sourceUrl, now: context.at })
    if (!m.changed) return []
    if (before) changed++
    else added++
    if (m.changes.length)
      context.history.push({
        recordKind: context.recordKind,
        recordKey: key,
        at: context.at,
        sourceUrl: context.sourceUrl,
        changes: m.changes
      })
    return [m.record]
  })
  return { added, changed, writes }
}

export function planCapture(
  known: RecordMaps,
  capture: Capture,
  now = new Date()
): { change: Change; summary: StoreSummary } {
  const at = now.toISOString()
  const history: HistoryRow[] = []
  const context = { portal: capture.portal, sourceUrl: safeSourceUrl(capture.url), at, history }
  const claims = mergeInto(
    known.claims,
    capture.claims,
    (c) => claimKey(c.payer, capture.portal, c.claimNumber),
    mergeClaim,
    { ...context, recordKind: "claim" }
  )
  const auths = mergeInto(
    known.auths,
    capture.authorizations,
    (a) => authKey(a.payer, capture.portal, a.authNumber),
    mergeAuthorization,
    { ...context, recordKind: "authorization" }
  )
  return {
    change: {
      claims: claims.writes,
      auths: auths.writes,
      history,
      captureLog: {
        at,
        portal: capture.portal,
        pageKind: capture.pageKind,
        claims: capture.claims.length,
        authorizations: capture.authorizations.length,
        changed: claims.writes.length + auths.writes.length,
        warnings: capture.warnings.length
      }
    },
    summary: {
      claimsNew: claims.added,
      claimsChanged: claims.changed,
      authorizationsNew: auths.added,
      authorizationsChanged: auths.changed
    }
  }
}
