// The API as the first paint's views get it. api.ts checks every reply with its message's zod schema, so it
// brings zod and every message's schema with it; the popup's first script cannot afford them. Here the API is
// made lazily (`lazyApi`: each call loads api.ts on first use) and handed down by a context of its own.
// Views that are not on the first paint take the API from api.ts's own context, which api-gate.tsx provides
// once it is loaded (after-paint.ts): the same object.
import { createContext, useContext, type Context } from "react"
import type { Api } from "./api"
import type { Transport } from "../messages/send"

/** One context however many chunks carry a copy of this module (Parcel copies a module into each lazy chunk
 * that imports it and that several pages load): a copy's own createContext would be another context, and the
 * views in that chunk would find no provider. */
const GLOBAL = globalThis as { __payerlensFirstApi?: Context<Api | null> }
export const FirstApiContext: Context<Api | null> = (GLOBAL.__payerlensFirstApi ??= createContext<Api | null>(null))

export function useApi(): Api {
  const api = useContext(FirstApiContext)
  if (!api) throw new Error("PayerLens views need a FirstApiContext provider")
  return api
}

/** Every method of the API: typed as a record so a method added to api.ts fails the typecheck until it is here. */
const METHODS: Record<keyof Api, true> = {
  send: true,
  overview: true,
  tick: true,
  updateReminder: true,
  calendar: true,
  resolve: true,
  resolveMany: true,
  history: true,
  search: true,
  patient: true,
  receivables: true,
  onTab: true,
  settings: true,
  balances: true
}

/** api.ts's makeApi, loaded on the first call of any of its methods. */
export function lazyApi(transport: Transport): Api {
  let real: Promise<Api> | null = null
  const load = () => (real ??= import("./after-paint").then((m) => m.makeApi(transport)))
  const call =
    (name: keyof Api) =>
    (...args: unknown[]) =>
      load().then((api) => (api[name] as (...a: unknown[]) => unknown)(...args))
  return Object.fromEntries(Object.keys(METHODS).map((name) => [name, call(name as keyof Api)])) as Api
}
