// Who may talk to the background worker: our own content scripts on listed portal hosts (or hosts and tabs the
// user granted), and our own extension pages. Everything else is refused with a reason.
import { PORTAL_MATCHES } from "../portals/registry"
import { hostMatches } from "../portals/types"
import type { SenderPolicy } from "./define"

export type SenderInfo = { id?: string; url?: string; tab?: { id?: number } }
export type Self = { extensionId: string; extensionOrigin: string }
/** What the user granted: hosts through "Always read this site", tabs through "Read this page". */
export type Grants = { matches: string[]; tabs: Record<number, string> }
export const NO_GRANTS: Grants = { matches: [], tabs: {} }

export const isOwnPage = (sender: SenderInfo, self: Self) =>
  sender.id === self.extensionId && (sender.url ?? "").startsWith(self.extensionOrigin)

export function senderProblem(
  sender: SenderInfo,
  type: string,
  policy: SenderPolicy,
  self: Self,
  grants: Grants = NO_GRANTS
): string | null {
  if (sender.id !== self.extensionId) return "refused: message from another extension or a web page"
  if (isOwnPage(sender, self)) return null
  if (!sender.tab) return "refused: unknown sender"
  let parsed: URL
  try {
    parsed = new URL(sender.url ?? "")
  } catch {
    return "refused: sender has no address"
  }
  const matches = [...PORTAL_MATCHES, ...grants.matches]
  const tabGrant = sender.tab.id !== undefined ? grants.tabs[sender.tab.id] : undefined
  if (!matches.some((m) => hostMatches(m, parsed)) && tabGrant !== parsed.origin)
    return `refused: ${parsed.hostname} is not a listed portal`
  if (policy !== "content-scripts") return `refused: pages may not send ${type}`
  return null
}
