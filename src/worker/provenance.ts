// Where a capture came from, as the browser says it (the sending frame's address), not as the page says it.
// The portal is the listed adapter whose hosts hold that address, or "generic" for any other site (whose origin
// stays in the record's page address). A single-payer portal fixes the payer of every record it shows. Warnings
// name portals, hosts and counts only: never a record's content.
import type { Capture } from "../model/capture"
import { GENERIC, PORTALS, adapterFor } from "../portals/registry"

export type Provenance = {
  /** the adapter id: a listed portal's, or "generic" for a site no adapter lists */
  portal: string
  listed: boolean
  /** the sender's address as the browser gave it */
  url: string
  origin: string
  host: string
  label: string
  /** the one payer a single-payer portal serves; null for multi-payer portals and unlisted sites */
  payer: string | null
}

/** The sender's verified address, read through the portal registry by host alone (never by page content). */
export function provenanceOf(senderUrl: string | undefined): Provenance | null {
  let url: URL
  try {
    url = new URL(senderUrl ?? "")
  } catch {
    return null
  }
  if (url.origin === "null") return null
  const adapter = adapterFor(url.href)
  const listed = adapter !== GENERIC
  return {
    portal: adapter.id,
    listed,
    url: url.href,
    origin: url.origin,
    host: url.hostname,
    label: listed ? adapter.label : url.hostname,
    payer: listed ? adapter.payer : null
  }
}

const portalLabel = (id: string) => PORTALS.find((p) => p.id === id)?.label ?? "another portal"
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin
  } catch {
    return false
  }
}

/**
 * The capture as PayerLens keeps it: portal and origin from the sender, the page's own address only within that
 * origin (else the sender's), a single-payer portal's payer on every record. Each correction adds one warning.
 */
export function withProvenance(capture: Capture, from: Provenance): Capture {
  const warnings = [...capture.warnings]
  if (capture.portal !== from.portal)
    warnings.push(
      from.listed
        ? `The page was read as ${portalLabel(capture.portal)} on ${from.host}: kept as ${from.label}.`
        : `The page was read as ${portalLabel(capture.portal)} on ${from.host}, which is not a listed portal: kept as a record of ${from.host}.`
    )
  const url = sameOrigin(capture.url, from.origin) ? capture.url : from.url
  if (!from.payer) return { ...capture, portal: from.portal, url, warnings }
  const payer = from.payer
  const others =
    capture.claims.filter((c) => c.payer !== payer).length +
    capture.authorizations.filter((a) => a.payer !== payer).length
  if (others > 0)
    warnings.push(
      `${plural(others, "record")} named no payer or another one; ${from.label} serves ${payer} only, so ${others === 1 ? "it is" : "they are"} kept under ${payer}.`
    )
  return {
    ...capture,
    portal: from.portal,
    url,
    claims: capture.claims.map((c) => (c.payer === payer ? c : { ...c, payer })),
    authorizations: capture.authorizations.map((a) => (a.payer === payer ? a : { ...a, payer })),
    warnings
  }
}
