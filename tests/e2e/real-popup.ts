// Opens PayerLens's real toolbar popup on a tab, as a click on the extension's icon does (so Chromium grants
// activeTab for that tab), and drives it through the DevTools protocol: Playwright does not list popups.
import type { CDPSession } from "@playwright/test"
import type { Harness } from "./harness"

export type RealPopup = { evaluate: <T>(expression: string) => Promise<T>; close: () => Promise<void> }

export async function openRealPopup(h: Harness, tabUrlPart: string): Promise<RealPopup> {
  const cdp: CDPSession = await h.context.browser()!.newBrowserCDPSession()
  const targets = async (type: string) =>
    ((await cdp.send("Target.getTargets" as never, { filter: [{ type }] } as never)) as { targetInfos: { targetId: string; url: string; type: string }[] }).targetInfos
  const tab = (await targets("tab")).find((t) => t.url.includes(tabUrlPart))
  if (!tab) throw new Error(`no tab showing ${tabUrlPart}`)
  await cdp.send("Extensions.triggerAction" as never, { id: h.extensionId, targetId: tab.targetId } as never)
  let popup: { targetId: string } | undefined
  for (let i = 0; i < 50 && !popup; i++) {
    popup = (await targets("page")).find((t) => t.url === `chrome-extension://${h.extensionId}/popup.html`)
    if (!popup) await new Promise((r) => setTimeout(r, 100))
  }
  if (!popup) throw new Error("the popup did not open")
  const { sessionId } = (await cdp.send("Target.attachToTarget" as never, { targetId: popup.targetId, flatten: false } as never)) as { sessionId: string }
  let id = 0
  const pending = new Map<number, (value: unknown) => void>()
  cdp.on("Target.receivedMessageFromTarget" as never, ((event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return
    const message = JSON.parse(event.message)
    pending.get(message.id)?.(message)
  }) as never)
  const send = (method: string, params: object) =>
    new Promise<any>((resolve) => {
      const callId = ++id
      pending.set(callId, resolve)
      void cdp.send("Target.sendMessageToTarget" as never, { sessionId, message: JSON.stringify({ id: callId, method, params }) } as never)
    })
  const popupApi = {
    async evaluate<T>(expression: string): Promise<T> {
      const reply = await send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true, userGesture: true })
      const failure = reply.result?.exceptionDetails
      if (failure) throw new Error(failure.exception?.description ?? failure.text)
      return reply.result?.result?.value as T
    },
    async close() {
      await send("Runtime.evaluate", { expression: "window.close()" })
      await cdp.detach()
    }
  }
  // the popup's document may still be loading when the target appears
  for (let i = 0; i < 100; i++) {
    const state = await popupApi.evaluate<string>("document.readyState").catch(() => "")
    if (state === "complete") break
    await new Promise((r) => setTimeout(r, 100))
  }
  return popupApi
}
