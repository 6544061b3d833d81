// Every portal adapter, in the order they are tried. Adding a portal: one file here plus its test pages
// under tests/fixtures/pages/<id>/ (tests/unit/portals-registry.test.ts fails otherwise).
import { availity } from "./availity"
import { carelon } from "./carelon"
import { cigna } from "./cigna"
import { epaces } from "./epaces"
import { generic } from "./generic"
import { optumBh } from "./optum-bh"
import { uhc } from "./uhc"
import { hostMatches, type PortalAdapter } from "./types"

export const PORTALS: PortalAdapter[] = [availity, uhc, optumBh, cigna, carelon, epaces]
export const GENERIC = generic

/** Manifest match patterns for the content script: every listed portal host. */
export const PORTAL_MATCHES: string[] = PORTALS.flatMap((p) => p.matches)

/** Adapters are chosen by address first, page content second; the generic reader takes the rest. */
export function adapterFor(url: string, doc?: Document): PortalAdapter {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return GENERIC
  }
  const byHost = PORTALS.find((p) => p.matches.some((m) => hostMatches(m, parsed)))
  if (byHost) return byHost
  if (doc) return PORTALS.find((p) => p.detect?.(doc, parsed)) ?? GENERIC
  return GENERIC
}

export function isListedPortal(url: string): boolean {
  return adapterFor(url) !== GENERIC
}

const LISTED_IDS: ReadonlySet<string> = new Set(PORTALS.map((p) => p.id))

/** Is this portal id one of the listed portals (not the generic reader of an unlisted site)? By id alone. */
export const isListedPortalId = (portal: string): boolean => LISTED_IDS.has(portal)
