// X12 tokenizer: separators from each ISA itself, then segments split into elements. Tolerates a BOM, leading
// whitespace, CR/LF after (or before) the segment terminator and a missing final terminator.
import { EraError } from "./errors"

export type Separators = {
  element: string
  /** ISA16 */
  component: string
  /** ISA11 from 5010 on; null in older versions, where ISA11 is a standards identifier */
  repetition: string | null
  segment: string
}

/** One segment: `el[0]` is the segment ID, so `el[n]` is element n as X12 numbers it (CLP02 is `el[2]`);
 * `ordinal` counts segments from the start of the file (for messages); `separators` are its interchange's. */
export type Segment = { el: string[]; ordinal: number; separators: Separators }

const SEGMENT_ID = /^[A-Z][A-Z0-9]{1,2}$/
const isNewline = (c: string) => c === "\r" || c === "\n"
// whitespace (tab, LF, VT, FF, CR, space), and the Ctrl-Z some old systems end a file with
const isBlankCode = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 26
const isBlank = (c: string) => isBlankCode(c.charCodeAt(0))

/** Strips a BOM and leading whitespace. */
export function stripLead(text: string): string {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  while (i < text.length && isBlank(text[i])) i++
  return text.slice(i)
}

/** What a file that does not begin with ISA looks like, for the refusal. */
export function describeNonX12(text: string): string {
  const head = stripLead(text).slice(0, 512)
  if (head === "") return "the file is empty"
  if (head.startsWith("%PDF")) return "not an X12 835: this is a PDF (a printed remittance), not the 835 file"
  if (head.startsWith("PK")) return "not an X12 835: this is a zip archive; unzip it and choose the 835 inside"
  if (head.includes("\u0000")) return "not an X12 835: the file holds binary data"
  if (/^<(!doctype|html|\?xml|[a-z])/i.test(head)) return "not an X12 835: this is an HTML or XML document"
  if (/^[{[]/.test(head)) return "not an X12 835: this is a JSON document"
  if (/^UNA|^UNB/.test(head)) return "not an X12 835: this is an EDIFACT file"
  return "not an X12 835: the file does not begin with an ISA segment"
}

/** Reads the separators from the ISA at `start`: element = 4th char, component = ISA16, segment = the char after
 * ISA16 (a newline there followed by a non-letter is a layout break before the real terminator), repetition = ISA11
 * from version 00402 on. The ISA is meant to be fixed-width (X12 TR3s: "the first element separator defines the
 * element separator … the ISA segment terminator defines the segment terminator"), but separators are counted, not
 * taken at fixed offsets, so an ISA whose fields were not padded still reads. */
export function readSeparators(text: string, start: number): { separators: Separators; isaEnd: number } {
  const element = text[start + 3]
  if (!element || /[A-Za-z0-9\s]/.test(element)) throw new EraError("not an X12 835: the ISA segment is malformed")
  let pos = start
  const cuts: number[] = []
  while (cuts.length < 16) {
    pos = text.indexOf(element, pos + 1)
    if (pos < 0 || pos - start > 200) throw new EraError("not an X12 835: the ISA segment is incomplete")
    cuts.push(pos)
  }
  const component = text[pos + 1]
  let after = pos + 2
  let segment = text[after]
  if (component === undefined || segment === undefined)
    throw new EraError("not an X12 835: the ISA segment is incomplete")
  if (isNewline(segment)) {
    let j = after
    while (j < text.length && isNewline(text[j])) j++
    if (j < text.length && !/[A-Za-z]/.test(text[j])) {
      segment = text[j]
      after = j
    } else segment = text.slice(after, j).includes("\n") ? "\n" : "\r"
  }
  // fixed-width fields that must look right, or the 16 separators counted were not the ISA's own
  const field = (n: number) => text.slice(cuts[n - 1] + 1, cuts[n]).trim()
  if (
    !/^\d{6}$/.test(field(9)) ||
    !/^\d{4}$/.test(field(10)) ||
    !/^\d{5}$/.test(field(12)) ||
    !/^\d{1,9}$/.test(field(13))
  )
    throw new EraError(
      "corrupt X12: the ISA segment is damaged (its date, time, version or control number is malformed)"
    )
  const version = text.slice(cuts[11] + 1, cuts[12])
  const isa11 = text.slice(cuts[10] + 1, cuts[11])
  const repetition = version >= "00402" && isa11.length === 1 ? isa11 : null
  if (component === element || segment === element || segment === component)
    throw new EraError("not an X12 835: the ISA segment's separators are not distinct")
  return { separators: { element, component, repetition, segment }, isaEnd: after + 1 }
}

/** The segments of the whole text, one at a time (so a large file's tokens die young), interchange after
 * interchange, each with its interchange's separators. An interchange the file ends in without its IEA simply
 * stops (the envelope names what is missing). */
export function* segments(input: string): Generator<Segment> {
  const text = stripLead(input)
  if (!text.startsWith("ISA")) throw new EraError(describeNonX12(input))
  let pos = 0
  let ordinal = 0
  while (pos < text.length) {
    while (pos < text.length && isBlankCode(text.charCodeAt(pos))) pos++
    if (pos >= text.length) break
    if (!text.startsWith("ISA", pos))
      throw new EraError(`corrupt X12: segment ${ordinal + 1} follows an IEA but is not an ISA`)
    const { separators, isaEnd } = readSeparators(text, pos)
    const { segment: term, element } = separators
    let start = pos
    let end = isaEnd - 1
    for (;;) {
      let a = start
      let b = end
      while (a < b && isBlankCode(text.charCodeAt(a))) a++
      while (b > a && isBlankCode(text.charCodeAt(b - 1))) b--
      if (a < b) {
        const el = splitElements(text, a, b, element)
        ordinal++
        if (!SEGMENT_ID.test(el[0])) throw new EraError(`corrupt X12: segment ${ordinal} has no valid segment ID`)
        yield { el, ordinal, separators }
        if (el[0] === "IEA") {
          pos = end + 1
          break
        }
      }
      if (end >= text.length) {
        pos = text.length
        break
      }
      start = end + 1
      end = text.indexOf(term, start)
      if (end < 0) end = text.length
    }
  }
}

/** text[a, b) split at `element`: by indexOf over the whole text, which is 2–3 times quicker than slicing the segment
 * and calling split() on it (a 5 MB file has about 230,000 segments). */
function splitElements(text: string, a: number, b: number, element: string): string[] {
  const el: string[] = []
  let p = a
  for (;;) {
    const q = text.indexOf(element, p)
    if (q < 0 || q >= b) {
      el.push(text.slice(p, b))
      return el
    }
    el.push(text.slice(p, q))
    p = q + 1
  }
}
