// A saved page as a DOM in Node (happy-dom), with scripts, network and timers off: a page is data.
import { Window } from "happy-dom"

export function parseHtml(html: string, url = "about:blank"): { document: Document; close: () => void } {
  let safeUrl = "about:blank"
  try {
    safeUrl = new URL(url).href
  } catch {
    /* keep about:blank */
  }
  const window = new Window({
    url: safeUrl,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: false,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true
      }
    }
  })
  window.document.write(html)
  // happy-dom tears a window down recursively: a page nested thousands deep overflows the stack there, after the
  // reading is done — nothing is lost, so that failure is swallowed rather than crashing the caller
  return {
    document: window.document as unknown as Document,
    close: () => void window.happyDOM.close().catch(() => undefined)
  }
}
