// Opens PayerLens's real toolbar popup on a tab, as a click on the extension's icon does (so Chromium grants
// activeTab for that tab), or the real side panel from it, and drives them through the DevTools protocol:
// Playwright lists neither.
import type { CDPSession } from "@playwright/test"
import type { Harness } from "./harness"

export type RealPopup = {
  evaluate: <T>(expression: string) => Promise<T>
  screenshot: () => Promise<Buffer>
  close: () => Promise<void>
}

type Cdp = CDPSession
type TargetInfo = { targetId: string; url: string; type: string }

async function targetsOf(cdp: Cdp, type: string): Promise<TargetInfo[]> {
  return (
    (await cdp.send("Target.getTargets" as never, { filter: [{ type }] } as never)) as { targetInfos: TargetInfo[] }
  ).targetInfos
}

async function waitForPage(cdp: Cdp, url: string): Promise<TargetInfo> {
  for (let i = 0; i < 50; i++) {
    const found = (await targetsOf(cdp, "page")).find((t) => t.url === url)
    if (found) return found
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${url} did not open`)
}

/** Drives an extension page Playwright does not list (the popup, the side panel) over the DevTools protocol. */
async function drive(cdp: Cdp, targetId: string): Promise<RealPopup> {
  const { sessionId } = (await cdp.send("Target.attachToTarget" as never, { targetId, flatten: false } as never)) as {
    sessionId: string
  }
  let id = 0
  const pending = new Map<number, (value: unknown) => void>()
  cdp.on(
    "Target.receivedMessageFromTarget" as never,
    ((event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return
      const message = JSON.parse(event.message)
      pending.get(message.id)?.(message)
    }) as never
  )
  const send = (method: string, params: object) =>
    new Promise<any>((resolve) => {
      const callId = ++id
      pending.set(callId, resolve)
      void cdp.send(
        "Target.sendMessageToTarget" as never,
        { sessionId, message: JSON.stringify({ id: callId, method, params }) } as never
      )
    })
  const page = {
    async evaluate<T>(expression: string): Promise<T> {
      const reply = await send("Runtime.evaluate", {
        expression,
        awaitPromise: true,
        returnByValue: true,
        userGesture: true
      })
      const failure = reply.result?.exceptionDetails
      if (failure) throw new Error(failure.exception?.description ?? failure.text)
      return reply.result?.result?.value as T
    },
    async screenshot() {
      const reply = await send("Page.captureScreenshot", { format: "png" })
      return Buffer.from(reply.result.data, "base64")
    },
    async close() {
      await send("Runtime.evaluate", { expression: "window.close()" })
      await cdp.detach()
    }
  }
  // the document may still be loading when the target appears
  for (let i = 0; i < 100; i++) {
    const state = await page.evaluate<string>("document.readyState").catch(() => "")
    if (state === "complete") break
    await new Promise((r) => setTimeout(r, 100))
  }
  return page
}

export async function openRealPopup(h: Harness, tabUrlPart: string): Promise<RealPopup> {
  const cdp: CDPSession = await h.context.browser()!.newBrowserCDPSession()
  const tab = (await targetsOf(cdp, "tab")).find((t) => t.url.includes(tabUrlPart))
  if (!tab) throw new Error(`no tab showing ${tabUrlPart}`)
  await cdp.send("Extensions.triggerAction" as never, { id: h.extensionId, targetId: tab.targetId } as never)
  return drive(cdp, (await waitForPage(cdp, `chrome-extension://${h.extensionId}/popup.html`)).targetId)
}

/** Opens the real side panel the way a user does: the popup's button, clicked (a user gesture). */
export async function openRealSidePanel(h: Harness, tabUrlPart: string): Promise<RealPopup> {
  const popup = await openRealPopup(h, tabUrlPart)
  for (let i = 0; i < 50; i++) {
    if (
      await popup.evaluate<boolean>(
        "[...document.querySelectorAll('button')].some((b) => b.textContent.includes('side panel'))"
      )
    )
      break
    await new Promise((r) => setTimeout(r, 100))
  }
  await popup.evaluate(
    "[...document.querySelectorAll('button')].find((b) => b.textContent.includes('side panel')).click()"
  )
  const cdp: CDPSession = await h.context.browser()!.newBrowserCDPSession()
  return drive(cdp, (await waitForPage(cdp, `chrome-extension://${h.extensionId}/sidepanel.html`)).targetId)
}
