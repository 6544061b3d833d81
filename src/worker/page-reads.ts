// "Read this page" waits for the capture the injected reader sends from that tab, or says nothing was found.
export type Found = { claims: number; authorizations: number }

const waiting = new Map<number, (found: Found) => void>()

export function waitForCapture(tabId: number, ms: number): Promise<Found> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(tabId)
      resolve({ claims: 0, authorizations: 0 })
    }, ms)
    waiting.set(tabId, (found) => {
      clearTimeout(timer)
      waiting.delete(tabId)
      resolve(found)
    })
  })
}

export function captureArrived(tabId: number | undefined, found: Found): void {
  if (tabId !== undefined) waiting.get(tabId)?.(found)
}

export function foundText(found: Found): string {
  if (found.claims + found.authorizations === 0) return "PayerLens found no claims or authorizations on this page."
  const parts = [
    found.claims ? `${found.claims} claim${found.claims === 1 ? "" : "s"}` : "",
    found.authorizations ? `${found.authorizations} authorization${found.authorizations === 1 ? "" : "s"}` : ""
  ].filter(Boolean)
  return `PayerLens read ${parts.join(" and ")} from this page.`
}
