// @vitest-environment happy-dom
// The content script sends a capture again when the worker did not take it (Chrome stopped the worker mid-way):
// a page read once is not lost. The store's merge makes a capture sent twice change nothing the second time.
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { afterEach, describe, expect, it, vi } from "vitest"
import { Window } from "happy-dom"

const sent: unknown[] = []
const replies: (() => Promise<unknown>)[] = []
vi.mock("webextension-polyfill", () => ({
  default: {
    runtime: {
      sendMessage: (message: unknown) => {
        sent.push(message)
        return (replies.shift() ?? (() => Promise.resolve(OK)))()
      }
    }
  }
}))

const OK = { ok: true, stored: { claimsNew: 4, claimsChanged: 0, authorizationsNew: 0, authorizationsChanged: 0 } }
const PAGE = join(import.meta.dirname, "..", "fixtures", "pages", "availity", "01-claim-status-results.html")

afterEach(() => {
  vi.useRealTimers()
  sent.length = 0
  replies.length = 0
})

/** Each test its own window: the watcher of an earlier test keeps observing its own page. */
async function watchPage() {
  const win = new Window({ url: "https://apps.availity.com/public/apps/claim-status/results" })
  win.document.write(readFileSync(PAGE, "utf8"))
  const { startPageWatch } = await import("../../src/content/page-watch")
  startPageWatch(win as unknown as globalThis.Window)
}

describe("the content script's capture", () => {
  it("is sent again after the worker dropped it, until it is taken, and not after", async () => {
    vi.useFakeTimers()
    replies.push(
      () => Promise.reject(new Error("The message port closed before a response was received.")),
      () => Promise.resolve({ ok: false, error: "Storage error (AbortError): the write was aborted." })
    )
    await watchPage()
    await vi.advanceTimersByTimeAsync(60_000)
    // dropped, refused, taken: three sends of the same capture, then none
    expect(sent).toHaveLength(3)
    expect(sent[2]).toEqual(sent[0])
    expect((sent[0] as { capture: { claims: unknown[] } }).capture.claims.length).toBeGreaterThan(0)
  })

  it("stops after three retries when the worker keeps refusing", async () => {
    vi.useFakeTimers()
    for (let i = 0; i < 10; i++) replies.push(() => Promise.reject(new Error("Could not establish connection.")))
    await watchPage()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(sent).toHaveLength(4)
  })
})
