// What a person can see: hidden elements are not read (display:none, visibility:hidden, [hidden],
// <template>, aria-hidden, scripts and styles). Iterative walks: a deeply nested page cannot overflow the stack.
import { cleanText } from "./normalise"

const NEVER_READ = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "SVG", "HEAD", "META", "LINK", "SELECT"])

export class Visibility {
  private cache = new WeakMap<Element, boolean>()
  /** Computed styles matter only where the document has style sheets (always, on a real portal). */
  private readonly styled: boolean

  constructor(doc?: Document) {
    this.styled = !doc || doc.querySelector("style, link[rel~=stylesheet]") !== null
  }

  /** True when the element itself hides its subtree. */
  hidesSelf(el: Element): boolean {
    if (NEVER_READ.has(el.tagName.toUpperCase())) return true
    if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true
    if (el.tagName === "INPUT" && (el as HTMLInputElement).type === "hidden") return true
    const inline = (el as HTMLElement).style
    if (inline && (inline.display === "none" || inline.visibility === "hidden")) return true
    if (!this.styled) return false
    const view = el.ownerDocument?.defaultView
    const style = view?.getComputedStyle ? view.getComputedStyle(el) : null
    return style?.display === "none" || style?.visibility === "hidden" || style?.visibility === "collapse"
  }

  isHidden(el: Element): boolean {
    const chain: Element[] = []
    let hidden = false
    for (let e: Element | null = el; e; e = e.parentElement) {
      const known = this.cache.get(e)
      if (known !== undefined) {
        hidden = known
        break
      }
      chain.push(e)
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      hidden = hidden || this.hidesSelf(chain[i])
      this.cache.set(chain[i], hidden)
    }
    return hidden
  }

  /** Visible text of an element; form fields give their value; element boundaries become spaces. */
  text(el: Element): string {
    if (this.isHidden(el)) return ""
    const parts: string[] = []
    const stack: Node[] = [...el.childNodes].reverse()
    while (stack.length) {
      const node = stack.pop()!
      if (node.nodeType === 3) {
        parts.push((node as Text).data)
        continue
      }
      if (node.nodeType !== 1) continue
      const child = node as Element
      if (this.hidesSelf(child)) continue
      this.cache.set(child, false)
      if (child.tagName === "INPUT" || child.tagName === "TEXTAREA") {
        parts.push(" ", (child as HTMLInputElement).value ?? "", " ")
        continue
      }
      parts.push(" ")
      stack.push({ nodeType: 3, data: " " } as unknown as Node)
      for (let i = child.childNodes.length - 1; i >= 0; i--) stack.push(child.childNodes[i])
    }
    return cleanText(parts.join(""))
  }

  /** Visible elements under root in document order, skipping hidden subtrees and the given subtrees. */
  *elements(root: Element, skip: ReadonlySet<Element> = new Set()): Generator<Element> {
    const stack: Element[] = [...root.children].reverse()
    while (stack.length) {
      const el = stack.pop()!
      if (skip.has(el) || this.isHidden(el)) continue
      yield el
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i])
    }
  }
}
