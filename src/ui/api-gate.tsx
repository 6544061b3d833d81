// The views that are not on the first paint sit inside this gate: it is in a chunk with api.ts, and gives them
// api.ts's context holding the same API object the first paint's views use (use-api.ts). The API comes in as a
// prop, not from use-api's context: a lazy chunk may carry its own copy of use-api.ts (the bundler copies a
// module into a chunk that several pages load), and a copy's context is another context.
import type { ReactNode } from "react"
import { ApiContext, type Api } from "./api"

export default function ApiGate({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
}
