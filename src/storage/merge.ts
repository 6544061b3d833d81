// Merging what a page shows into what is stored. A page that shows less never erases what an earlier
// page showed: null, "" and [] never overwrite a known value, and "unknown" never overwrites a status.
// Provenance: a record read on a listed portal is never rewritten by a page on a site no adapter lists (that
// site could print any payer and number); the site is noted beside the record instead ("also seen on").
import type { Authorization, Claim, ClaimLine, Patient } from "../model/capture"
import type { FieldChange, Sighting, StoredAuthorization, StoredClaim } from "../model/records"
import { isListedPortalId } from "../portals/registry"
import { AUTH_TRACKED, CLAIM_TRACKED, changesOf } from "./field-changes"

export { AUTH_TRACKED, CLAIM_TRACKED }

/** A listed portal, or the payer's own remittance (an imported 835): what an unlisted site never overwrites. */
const trusted = (portal: string) => isListedPortalId(portal) || portal === "era"

function pick<T>(incoming: T, known: T): T {
  if (incoming === null || incoming === undefined || incoming === "") return known
  if (Array.isArray(incoming) && incoming.length === 0) return known
  return incoming
}

function mergeFields<T extends object>(known: T, incoming: T): T {
  const out = { ...known }
  for (const k of Object.keys(incoming) as (keyof T)[]) out[k] = pick(incoming[k], known[k])
  return out
}

function mergePatient(known: Patient, incoming: Patient): Patient {
  return mergeFields(known, incoming)
}

const lineKey = (l: ClaimLine) => `${l.procedureCode}|${l.serviceDate ?? ""}`

function mergeLines(known: ClaimLine[], incoming: ClaimLine[]): ClaimLine[] {
  if (incoming.length === 0) return known
  const pool = [...known]
  return incoming.map((line) => {
    const i = pool.findIndex((k) => lineKey(k) === lineKey(line))
    if (i < 0) return line
    const [old] = pool.splice(i, 1)
    return mergeFields(old, line)
  })
}

function statusOf<S extends string>(
  known: { status: S; statusText: string },
  incoming: { status: S; statusText: string }
) {
  if (incoming.status === "unknown" && known.status !== "unknown")
    return { status: known.status, statusText: known.statusText }
  return { status: incoming.status, statusText: incoming.statusText || known.statusText }
}

/** `portal` is the verified portal id (src/worker/provenance.ts): listed or not is read from it alone. */
export type Meta = { key: string; portal: string; sourceUrl: string; now: string }
export type Merged<T> = { record: T; changed: boolean; changes: FieldChange[] }

/** Unlisted sites kept per record: enough to see a pattern, bounded however many sites print the record. */
export const ALSO_SEEN_CAP = 10

const originOf = (url: string): string | null => {
  try {
    const origin = new URL(url).origin
    return origin === "null" ? null : origin
  } catch {
    return null
  }
}

/** One sighting per origin (its latest time), newest first, at most ALSO_SEEN_CAP. */
export function addSighting(seen: readonly Sighting[] | undefined, origin: string, at: string): Sighting[] {
  const earlier = (seen ?? []).find((s) => s.origin === origin)
  const latest = earlier && earlier.at > at ? earlier.at : at
  return [{ origin, at: latest }, ...(seen ?? []).filter((s) => s.origin !== origin)]
    .sort((a, b) => (a.at === b.at ? 0 : a.at > b.at ? -1 : 1))
    .slice(0, ALSO_SEEN_CAP)
}

/** Does this capture only get to note itself beside the known record (listed record, unlisted page)? */
function shielded<T extends { portal: string }>(known: T | undefined, meta: Meta): known is T {
  return known !== undefined && trusted(known.portal) && !isListedPortalId(meta.portal)
}

/** The known record as it was, with the unlisted page's origin noted; no history (no field of it changed). */
function sighting<T extends { alsoSeenOn?: Sighting[] }>(known: T, meta: Meta): Merged<T> {
  const origin = originOf(meta.sourceUrl)
  if (!origin) return { record: known, changed: false, changes: [] }
  const record: T = { ...known, alsoSeenOn: addSighting(known.alsoSeenOn, origin, meta.now) }
  return { record, changed: JSON.stringify(record) !== JSON.stringify(known), changes: [] }
}

const tracking = (meta: Meta) => ({
  key: meta.key,
  portal: meta.portal,
  sourceUrl: meta.sourceUrl,
  firstSeenAt: meta.now,
  lastChangedAt: meta.now
})

/** Field by field, with the status and patient rules; the tracking fields stay as they were (the page has none). */
function mergeRecord<T extends { status: string; statusText: string; patient: Patient }>(
  base: T,
  incoming: Omit<T, keyof ReturnType<typeof tracking> | "resolution">
): T {
  return {
    ...mergeFields(base, { ...base, ...incoming }),
    ...statusOf(base, incoming),
    patient: mergePatient(base.patient, incoming.patient)
  }
}

export function mergeClaim(known: StoredClaim | undefined, incoming: Claim, meta: Meta): Merged<StoredClaim> {
  if (shielded(known, meta)) return sighting(known, meta)
  const base: StoredClaim = known ?? { ...incoming, ...tracking(meta), resolution: null }
  const merged: StoredClaim = { ...mergeRecord(base, incoming), lines: mergeLines(base.lines, incoming.lines) }
  return finish(known, merged, CLAIM_TRACKED, meta)
}

export function mergeAuthorization(
  known: StoredAuthorization | undefined,
  incoming: Authorization,
  meta: Meta
): Merged<StoredAuthorization> {
  if (shielded(known, meta)) return sighting(known, meta)
  const base: StoredAuthorization = known ?? { ...incoming, ...tracking(meta) }
  return finish(known, mergeRecord(base, incoming), AUTH_TRACKED, meta)
}

function finish<T extends { portal: string; sourceUrl: string; lastChangedAt: string }>(
  known: T | undefined,
  merged: T,
  tracked: readonly (keyof T)[],
  meta: Meta
): Merged<T> {
  // read on a listed portal at last: the record is that portal's from now on (and shielded from unlisted sites)
  if (known && !isListedPortalId(known.portal) && isListedPortalId(meta.portal)) merged.portal = meta.portal
  const changed = !known || JSON.stringify(known) !== JSON.stringify(merged)
  const changes = changesOf(known, merged, tracked)
  if (changed) {
    merged.sourceUrl = meta.sourceUrl
    merged.lastChangedAt = meta.now
  }
  return { record: merged, changed, changes }
}
