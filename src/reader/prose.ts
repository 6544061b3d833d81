// A prior-authorization letter shown as a page says some facts in sentences rather than labels: "We have approved
// 12 visits for CPT 90837 from 01/03/2027 through 06/30/2027", "Your authorization number is A160234419". These
// become label/value pairs of lower rank than the page's labelled facts (which fill first).
import { cleanText } from "./normalise"
import type { Pair } from "./pairs"
import type { Visibility } from "./visible"

const DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})`
const UNIT = String.raw`(visits?|sessions?|units?|days?|encounters?|appointments?)`
const APPROVING = String.raw`(?:approved|authori[sz]ed|certified)`

type Rule = { re: RegExp; facts: (m: RegExpExecArray) => [Pair["key"], string][] }

const RULES: Rule[] = [
  {
    // "approved 12 visits", "authorized for up to 24 sessions", "certified a total of 96 units"
    re: new RegExp(
      String.raw`\b${APPROVING}\s+(?:for\s+)?(?:up to\s+|a total of\s+|an additional\s+)?(\d{1,4})\s+(?:\w+\s+)?${UNIT}\b`,
      "i"
    ),
    facts: (m) => [["unitsApproved", `${m[1]} ${m[2]}`]]
  },
  {
    // "12 visits have been approved", "24 sessions are authorized"
    re: new RegExp(
      String.raw`\b(\d{1,4})\s+(?:\w+\s+)?${UNIT}\s+(?:have been|has been|are|were|was|is|been)\s+${APPROVING}`,
      "i"
    ),
    facts: (m) => [["unitsApproved", `${m[1]} ${m[2]}`]]
  },
  {
    // "you have used 4 of 12 visits"
    re: new RegExp(String.raw`\bused\s+(\d{1,4})\s+of\s+(?:the\s+|your\s+)?(\d{1,4})\s+(?:\w+\s+)?${UNIT}`, "i"),
    facts: (m) => [
      ["unitsUsed", `${m[1]} ${m[3]}`],
      ["unitsApproved", `${m[2]} ${m[3]}`]
    ]
  },
  {
    // "8 visits remain", "8 sessions remaining"
    re: new RegExp(String.raw`\b(\d{1,4})\s+(?:\w+\s+)?${UNIT}\s+remain(?:ing|s)?\b`, "i"),
    facts: (m) => [["unitsRemaining", `${m[1]} ${m[2]}`]]
  },
  {
    // "from 01/03/2027 through 06/30/2027", "effective 01/03/2027 to 06/30/2027", "between … and …"
    re: new RegExp(
      String.raw`\b(?:from|between|effective|beginning|valid)\s+(${DATE})\s*(?:through|thru|to|until|and|-|–)\s*(${DATE})`,
      "i"
    ),
    facts: (m) => [["authPeriod", `${m[1]} - ${m[2]}`]]
  },
  {
    // "for CPT 90837", "services 90791 and 90837", "procedure code H2019" in a sentence that approves
    re: new RegExp(
      String.raw`\b${APPROVING}\b[^.;]*?\b((?:\d{4}[0-9FTU]|[A-V]\d{4})(?:\s*(?:,|and|&|/|or)\s*(?:\d{4}[0-9FTU]|[A-V]\d{4}))*)\b`,
      "i"
    ),
    facts: (m) => [["procedure", m[1]]]
  },
  {
    // "Your authorization number is A160234419", "reference number: 2612C00452"
    re: /\b(?:authori[sz]ation|reference|certification|case|approval|tracking)\s+(?:number|no\.?|#|id)\s*(?:is|:)?\s*#?\s*([A-Z0-9][A-Z0-9-]{4,30})\b/i,
    facts: (m) => (/\d/.test(m[1]) ? [["authNumber", m[1]]] : [])
  }
]

// What a letter decided, most specific first: a partial approval names both, a denial may say "not approved".
const DECISIONS: RegExp[] = [
  /\b(partially approved|approved in part|partial approval|partially authori[sz]ed|partially certified|modified)\b/i,
  /\b(denied|not approved|not authori[sz]ed|not certified|non-?certified|adverse determination)\b/i,
  /\b((?:has been|have been|was|were|is|are|we have|we've)\s+(?:approved|authori[sz]ed|certified))\b/i
]
// A letter's title that is its decision: "Notice of Approval", "Partial Approval Notice", "Notice of Adverse Determination"
const TITLE =
  /\b(?:approval|approved|denial|denied|adverse determination|partial approval|authori[sz]ation approved|certification)\b/i

function decision(sentences: string[], titles: string[]): string | null {
  const title = titles.find(
    (t) => TITLE.test(t) && /\b(?:notice|letter|decision|determination|approved|denied)\b/i.test(t)
  )
  if (title) return title
  for (const re of DECISIONS)
    for (const s of sentences) {
      const m = re.exec(s)
      if (m) return m[1].replace(/^(?:has been|have been|was|were|is|are|we have|we've)\s+/i, "")
    }
  return null
}

const PROSE_HOLDERS = "p, li, div, span, td, article, section"

/** Facts written in sentences, from elements whose own text reads as prose (several words, a verb of approval or
 * an authorization number), outside the `skip` subtrees. */
export function proseFacts(doc: Document, vis: Visibility, skip: ReadonlySet<Element>): Pair[] {
  const out: Pair[] = []
  if (!doc.body) return out
  const sentences: string[] = []
  for (const el of doc.body.querySelectorAll(PROSE_HOLDERS)) {
    if ([...el.children].some((c) => /^(P|DIV|LI|TABLE|UL|OL|SECTION|ARTICLE)$/.test(c.tagName))) continue // the blocks inside speak
    if ([...skip].some((s) => s.contains(el)) || vis.isHidden(el)) continue
    const text = cleanText(vis.text(el))
    if (text.length < 20 || text.length > 1200 || !/\d/.test(text) || text.split(" ").length < 5) continue
    for (const sentence of text.split(/(?<=[.;!?])\s+(?=[A-Z])/)) {
      sentences.push(sentence)
      for (const rule of RULES) {
        const m = rule.re.exec(sentence)
        if (!m) continue
        for (const [key, value] of rule.facts(m))
          if (!out.some((p) => p.key === key)) out.push({ key, label: "letter", value, el })
      }
    }
  }
  const titles = [...doc.body.querySelectorAll("h1, h2, h3")]
    .filter((h) => !vis.isHidden(h))
    .map((h) => cleanText(vis.text(h)))
  const status = out.length > 0 ? decision(sentences, titles) : null // only a page that says what was approved
  if (status) out.push({ key: "status", label: "letter", value: status, el: doc.body })
  return out
}
