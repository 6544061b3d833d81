// The views that are not on the first paint sit inside this gate: it is in a chunk with api.ts, and gives them
// api.ts's context holding the same API object the first paint's views use (use-api.ts).
import type { ReactNode } from "react"
import { ApiContext } from "./api"
import { useApi } from "./use-api"

export default function ApiGate({ children }: { children: ReactNode }) {
  return <ApiContext.Provider value={useApi()}>{children}</ApiContext.Provider>
}
