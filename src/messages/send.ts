// How pages ask the worker: `send("claims/resolve", { keys, reason })` gets that message's reply, checked by its
// reply schema. A reply that fails its check, or no reply, becomes a failure that says so.
import { messageOf, type BodyOf, type MessageType, type ReplyOf } from "./index"

export type Transport = (request: { type: string }) => Promise<unknown>
export type Send = <T extends MessageType>(type: T, body: BodyOf<T>) => Promise<ReplyOf<T>>

export const UNREADABLE = "The background worker sent an unreadable answer."
export const NO_ANSWER = "PayerLens's background worker did not answer."

/** Checks a reply that arrived some other way (the popup's first ask) against its message's reply schema. */
export function checkReply<T extends MessageType>(type: T, reply: unknown): ReplyOf<T> {
  const result = messageOf(type)!.reply.safeParse(reply)
  return (result.success ? result.data : { ok: false, error: UNREADABLE }) as ReplyOf<T>
}

export function makeSend(transport: Transport): Send {
  return async (type, body) => {
    let reply: unknown
    try {
      reply = await transport({ ...body, type })
    } catch {
      return { ok: false, error: NO_ANSWER } as ReplyOf<typeof type>
    }
    return checkReply(type, reply)
  }
}
