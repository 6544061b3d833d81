// The first answer's full check by the messages' zod schemas, loaded after the first paint (first-answer.ts).
// A module of its own so the chunk Parcel makes for it is this one: a dynamic import of a module that another
// page (options) imports statically made Parcel share that chunk into the page's HTML and run it before the
// chunk it needs ("Cannot find module").
import { KeptAnswer } from "../messages/shapes"
import { checkReply } from "../messages/send"
import type { OverviewAnswer } from "../messages/shapes"
import type { OverviewResponse } from "../messages/replies"

export function keptAnswer(raw: unknown): OverviewAnswer | null {
  const copy = KeptAnswer.safeParse(raw)
  return copy.success ? copy.data.answer : null
}

export function overviewReply(raw: unknown): OverviewResponse {
  return checkReply("overview/get", raw)
}
