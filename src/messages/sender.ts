// Who may talk to the background worker: our own content scripts on listed portal hosts, and our own
// extension pages. Everything else is refused with a reason.
import { PORTAL_MATCHES } from "../portals/registry"
import { hostMatches } from "../portals/types"
import { CONTENT_SCRIPT_REQUESTS, type Request } from "./protocol"

export type SenderInfo = { id?: string; url?: string; tab?: unknown }
export type Self = { extensionId: string; extensionOrigin: string; grantedMatches?: string[] }

export function senderProblem(sender: SenderInfo, type: Request["type"], self: Self): string | null {
  if (sender.id !== self.extensionId) return "refused: message from another extension or a web page"
  const url = sender.url ?? ""
  if (url.startsWith(self.extensionOrigin)) return null
  if (!sender.tab) return "refused: unknown sender"
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return "refused: sender has no address"
  }
  const matches = [...PORTAL_MATCHES, ...(self.grantedMatches ?? [])]
  if (!matches.some((m) => hostMatches(m, parsed))) return `refused: ${parsed.hostname} is not a listed portal`
  if (!CONTENT_SCRIPT_REQUESTS.has(type)) return `refused: pages may not send ${type}`
  return null
}
