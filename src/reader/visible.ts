// What a person can see: hidden elements are not read (display:none, visibility:hidden, [hidden],
// <template>, aria-hidden, scripts and styles). Iterative walks: a deeply nested page cannot overflow the stack.
import { cleanText } from "./normalise"

const NEVER_READ = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "SVG", "HEAD", "META", "LINK", "SELECT"])

export class Visibility {
  // a Map, not a WeakMap: one Visibility lives for one read, and WeakMap costs several times more in V8
  private cache = new Map<Element, boolean>()
  private texts = new Map<Element, string>()
  /** Computed styles matter only where the document has style sheets (always, on a real portal). */
  private readonly styled: boolean

  constructor(doc?: Document) {
    this.styled = !doc || doc.querySelector("style, link[rel~=stylesheet]") !== null
  }

  /** True when the element itself hides its subtree (by markup; styles are checked in isHidden). */
  hidesSelf(el: Element): boolean {
    if (NEVER_READ.has(el.tagName.toUpperCase())) return true
    if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true
    if (el.tagName === "INPUT" && (el as HTMLInputElement).type === "hidden") return true
    return this.styleHides(el)
  }

  private styleHides(el: Element): boolean {
    // An element with no attributes is hidden only through its ancestors (or a structural CSS rule such as
    // "td:nth-child(3)", which portals do not use to hide data). Skipping it keeps reading near innerText speed.
    if (!el.hasAttributes()) return false
    const inline = el.getAttribute("style")
    if (inline && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))/i.test(inline)) return true
    if (!this.styled) return false
    const view = el.ownerDocument?.defaultView
    if (!view?.getComputedStyle) return false
    // Browsers: checkVisibility() reads the computed style (ancestors included) far faster than getComputedStyle
    if (typeof (el as HTMLElement).checkVisibility === "function") {
      if ((el as HTMLElement).checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) return false
      return view.getComputedStyle(el).display !== "contents" // a display:contents wrapper has no box of its own
    }
    const style = view.getComputedStyle(el)
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
    let known = this.texts.get(el)
    if (known === undefined) this.texts.set(el, (known = this.readText(el)))
    return known
  }

  private readText(el: Element): string {
    const first = el.firstChild
    if (first && first.nodeType === 3 && !first.nextSibling && !this.isHidden(el))
      return cleanText((first as Text).data) // most cells
    return cleanText(this.rawText(el))
  }

  /** Visible text as written, wide spaces kept (a header line may separate its facts with them). */
  rawText(el: Element): string {
    if (this.isHidden(el)) return ""
    const first = el.firstChild
    let out = ""
    let node: Node | null = first
    while (node) {
      let descend = false
      if (node.nodeType === 3) out += (node as Text).data
      else if (node.nodeType === 1) {
        const child = node as Element
        if (!this.hidesSelf(child)) {
          this.cache.set(child, false)
          if (child.tagName === "INPUT" || child.tagName === "TEXTAREA")
            out += ` ${(child as HTMLInputElement).value ?? ""} `
          else {
            out += " "
            descend = child.firstChild !== null
          }
        }
      }
      if (descend) {
        node = node.firstChild
        continue
      }
      while (node && node !== el && !node.nextSibling) {
        node = node.parentNode
        out += " "
      }
      node = node && node !== el ? node.nextSibling : null
    }
    return out
  }

  /** Visible elements under root in document order, skipping hidden subtrees and the given subtrees. */
  *elements(
    root: Element,
    skip: ReadonlySet<Element> = new Set(),
    skipIf?: (el: Element) => boolean
  ): Generator<Element> {
    const stack: Element[] = [...root.children].reverse()
    while (stack.length) {
      const el = stack.pop()!
      if (skip.has(el) || skipIf?.(el) || this.isHidden(el)) continue
      yield el
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i])
    }
  }
}
