// The first answer's full check by the messages' zod schemas (first-answer.ts), loaded with the after-paint
// chunk (after-paint.ts re-exports it; this module holds no views, so tests can import it).
import { KeptAnswer, type OverviewAnswer } from "../messages/shapes"
import { checkReply } from "../messages/send"
import type { OverviewResponse } from "../messages/replies"

/** The kept copy's answer, or null when the copy fails its schema. */
export function keptAnswer(raw: unknown): OverviewAnswer | null {
  const copy = KeptAnswer.safeParse(raw)
  return copy.success ? copy.data.answer : null
}

/** The worker's reply, or the failure an unreadable reply becomes. */
export function overviewReply(raw: unknown): OverviewResponse {
  return checkReply("overview/get", raw)
}
