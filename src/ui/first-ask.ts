// Imported first by the popup and the side panel, before anything else of theirs is set up: it marks when
// PayerLens's script starts (npm run bench measures from here) and asks the worker for the first rows at once,
// so the worker answers while the rest of the script runs. The reply is checked against its schema by
// `firstAnswer` (api.ts) before anything shows it. Chrome's own promise API is used here because the
// polyfill takes several milliseconds to set up.
import type { Request } from "../messages/protocol"

performance.mark("payerlens-script")

/** How many rows of each list the first answer holds: what a popup shows without scrolling, and more. */
export const FIRST_ROWS = 12

type Runtime = { runtime: { sendMessage: (message: Request) => Promise<unknown> } }
const request: Request = { type: "overview/get", limit: FIRST_ROWS }
performance.mark("payerlens-asked")
export const firstReply: Promise<unknown> = (globalThis as unknown as { chrome: Runtime }).chrome.runtime.sendMessage(request)
