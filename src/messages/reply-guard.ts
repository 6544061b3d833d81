// The content script checks the background's reply without zod: zod would put ~90 KB (gzip) into every
// portal page. The background, where captures are trusted or refused, validates everything with zod.
import type { ReplyOf } from "./index"

type SubmitCaptureResponse = ReplyOf<"capture/submit">

const COUNTS = ["claimsNew", "claimsChanged", "authorizationsNew", "authorizationsChanged"] as const

export function isSubmitReply(value: unknown): value is SubmitCaptureResponse {
  if (typeof value !== "object" || value === null) return false
  const v = value as Record<string, unknown>
  if (v.ok === false) return typeof v.error === "string" && Object.keys(v).length === 2
  if (v.ok !== true || typeof v.stored !== "object" || v.stored === null) return false
  const stored = v.stored as Record<string, unknown>
  return Object.keys(v).length === 2 && COUNTS.every((k) => Number.isInteger(stored[k]) && (stored[k] as number) >= 0)
}
