// One message between PayerLens's pages (or content scripts) and the background worker: its request schema, its
// reply schema, who may send it, and its handler. Handlers reach storage and the browser only through the
// WorkerContext they are given, so a page that imports a message for its schemas imports no worker code.
import type { ZodType } from "zod"
import { z, type Infer } from "../model/zod"
import type { WorkerContext } from "../worker/context"

/** "extension-pages": the popup, side panel and options only. "content-scripts": also the reader on a portal page. */
export type SenderPolicy = "extension-pages" | "content-scripts"

export const Failure = z.strictObject({ ok: z.literal(false), error: z.string() })
export type Failure = Infer<typeof Failure>

export type Message<T extends string, Req extends { type: T }, Rep> = {
  type: T
  request: ZodType<Req>
  reply: ZodType<Rep | Failure>
  from: SenderPolicy
  handle: (request: Req, ctx: WorkerContext) => Promise<Rep | Failure>
}

export function defineMessage<T extends string, Req extends { type: T }, Rep>(message: Message<T, Req, Rep>) {
  return message
}

/** A reply schema: the success shape, or a failure that says why. */
export const replyOf = <S extends ZodType>(success: S) => z.union([success, Failure])

export const OK = z.strictObject({ ok: z.literal(true) })
