import type { Capture, PageKind } from "../model/capture"
import type { Vocabulary } from "../reader/vocabulary"

/** One payer portal. Adapters are declarative: the generic reader does the reading. */
export type PortalAdapter = {
  id: string
  label: string
  /** Match patterns for the manifest, e.g. "https://apps.availity.com/*". Empty for the generic reader. */
  matches: string[]
  /** Date (YYYY-MM-DD) someone last compared this adapter with the live portal's public help pages. */
  lastVerified: string
  /** Payer name when the portal belongs to one payer; null for multi-payer portals like Availity. */
  payer: string | null
  /** Labels this portal uses on top of the base vocabulary. */
  vocabulary?: Vocabulary
  /** Page kind from the address alone, when the portal's URLs say it. */
  pageKindFromUrl?: (url: URL) => PageKind | null
  /** Does this adapter claim the page? Default: the URL's host matches one of `matches`. */
  detect?: (doc: Document, url: URL) => boolean
  /** Last touch on the capture (portal quirks). */
  refine?: (capture: Capture, doc: Document) => Capture
}

/** Page kind from the address: the first pattern that matches the path (and hash, for single-page apps). */
export function kindByPath(patterns: [RegExp, PageKind][]): (url: URL) => PageKind | null {
  return (url) => patterns.find(([re]) => re.test(url.pathname + url.hash))?.[1] ?? null
}

export function hostMatches(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/(\*\.)?([^/]+)\//.exec(pattern)
  if (!m) return false
  if (m[1] !== "*" && `${m[1]}:` !== url.protocol) return false
  return m[2] ? url.hostname === m[3] || url.hostname.endsWith(`.${m[3]}`) : url.hostname === m[3]
}
