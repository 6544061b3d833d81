// A page that lists one client's records often names the client only in a heading or a table caption:
// "Authorizations for WILLIAMS, TANYA", "Recent claims for Foster, Renee (DOB 12/01/1970)". Those names
// become context for the records under them, like a "Member: …" line — only when the page names exactly one
// client this way, so a page of several clients' tables never lends one client's name to another's records.
import type { Pair } from "./pairs"
import type { Visibility } from "./visible"

const RECORD_WORDS =
  "claims?|authorizations?|auths?|referrals?|precerts?|pre-?certifications?|prior approvals?|services?|visits?|history|remittances?|payments?"
const NAME =
  "[A-Z][A-Za-z'’-]+,\\s*[A-Z][A-Za-z'’-]+(?:\\s+[A-Z]\\.?)?|[A-Z][a-z'’-]+(?:\\s+[A-Z]\\.?)?\\s+[A-Z][A-Za-z'’-]+"
const PATTERN = new RegExp(
  `\\b(?:${RECORD_WORDS})\\b[^:]*?\\bfor\\s+(${NAME})\\s*(?:\\(\\s*DOB:?\\s*([0-9/.-]{6,10})\\s*\\))?\\s*$`,
  "i"
)

// "Claims for Behavioral Health" names a line of business, not a person
const NOT_A_NAME =
  /\b(?:health|behavioral|mental|medical|services?|provider|practice|group|plan|network|care|center|clinic|therapy|outpatient|inpatient|medicaid|medicare|commercial|dental|vision|pharmacy|all|recent|this|your|the)\b/i

export function headingPairs(doc: Document, vis: Visibility): Pair[] {
  const found: { name: string; dob: string | null; el: Element }[] = []
  for (const el of doc.querySelectorAll("h1,h2,h3,h4,caption,legend")) {
    if (vis.isHidden(el)) continue
    const text = vis.text(el).replace(/\s+/g, " ").trim()
    if (text.length > 120) continue
    const m = PATTERN.exec(text)
    if (m && !NOT_A_NAME.test(m[1])) found.push({ name: m[1], dob: m[2] ?? null, el })
  }
  const names = new Set(found.map((f) => f.name.toLowerCase()))
  if (names.size !== 1) return []
  const { name, dob, el } = found[0]
  const pairs: Pair[] = [{ key: "patientName", label: "heading", value: name, el }]
  if (dob) pairs.push({ key: "dateOfBirth", label: "heading", value: dob, el })
  return pairs
}
