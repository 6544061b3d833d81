// Reads the current document when it settles and whenever it changes, sending each new capture once.
import browser from "webextension-polyfill"
import { capturePage } from "../reader"
import type { RequestOf } from "../messages"
import { isSubmitReply } from "../messages/reply-guard"

const SETTLE_MS = 600
/** A capture the worker did not take (Chrome stopped it mid-way, a storage error) is sent again after these waits. */
const RETRY_MS = [1000, 3000, 9000]

export function startPageWatch(win: Window = window): void {
  // Injected again by "Read this page" into a tab it already watches: read now instead of watching twice.
  const again = (win as unknown as { __payerlensRead?: () => void }).__payerlensRead
  if (again) return again()
  let lastSent = ""
  let timer: ReturnType<typeof setTimeout> | undefined
  let failures = 0
  const failed = () => {
    lastSent = ""
    const wait = RETRY_MS[failures++]
    if (wait !== undefined) setTimeout(read, wait)
  }

  function read() {
    timer = undefined
    const capture = capturePage(win.document, win.location.href)
    if (capture.claims.length === 0 && capture.authorizations.length === 0) return
    const signature = JSON.stringify([capture.claims, capture.authorizations])
    if (signature === lastSent) return
    lastSent = signature
    const request: RequestOf<"capture/submit"> = { type: "capture/submit", capture }
    browser.runtime
      .sendMessage(request)
      .then((reply) => {
        if (isSubmitReply(reply) && reply.ok) failures = 0
        else failed()
      })
      .catch(failed)
  }
  const schedule = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      if ("requestIdleCallback" in win) win.requestIdleCallback(read, { timeout: 2000 })
      else read()
    }, SETTLE_MS)
  }
  ;(win as unknown as { __payerlensRead?: () => void }).__payerlensRead = () => {
    lastSent = ""
    schedule()
  }
  new MutationObserver(schedule).observe(win.document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true
  })
  win.addEventListener("hashchange", schedule)
  win.addEventListener("popstate", schedule)
  schedule()
}
