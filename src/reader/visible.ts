// What a person can see: hidden elements are not read (display:none, visibility:hidden, [hidden],
// <template>, aria-hidden, scripts and styles).
import { cleanText } from "./normalise"

const NEVER_READ = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "SVG", "HEAD", "META", "LINK", "SELECT"])

export class Visibility {
  private cache = new WeakMap<Element, boolean>()

  /** True when the element itself hides its subtree (ancestors are the caller's walk). */
  private hidesSelf(el: Element): boolean {
    if (NEVER_READ.has(el.tagName.toUpperCase())) return true
    if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true
    if (el.tagName === "INPUT" && (el as HTMLInputElement).type === "hidden") return true
    const view = el.ownerDocument?.defaultView
    const style = view?.getComputedStyle ? view.getComputedStyle(el) : (el as HTMLElement).style
    return style?.display === "none" || style?.visibility === "hidden" || style?.visibility === "collapse"
  }

  isHidden(el: Element): boolean {
    const known = this.cache.get(el)
    if (known !== undefined) return known
    const parent = el.parentElement
    const hidden = this.hidesSelf(el) || (parent ? this.isHidden(parent) : false)
    this.cache.set(el, hidden)
    return hidden
  }

  /** Visible text of an element; form fields give their value; block boundaries become spaces. */
  text(el: Element): string {
    if (this.isHidden(el)) return ""
    const parts: string[] = []
    this.collect(el, parts)
    return cleanText(parts.join(""))
  }

  private collect(node: Node, parts: string[]): void {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push((child as Text).data)
      else if (child.nodeType === 1) {
        const el = child as Element
        if (this.hidesSelf(el)) continue
        this.cache.set(el, false)
        if (el.tagName === "INPUT" || el.tagName === "TEXTAREA") {
          parts.push(" ", (el as HTMLInputElement).value ?? "", " ")
          continue
        }
        parts.push(" ")
        this.collect(el, parts)
        parts.push(" ")
      }
    }
  }
}
