// The X12 envelope: ISA/IEA interchanges, GS/GE groups, ST/SE transactions. Checks the counts (SE01, GE01, IEA01),
// refuses anything but a 5010 835 by name, and hands the walker each transaction's segments.
import { EraError } from "./errors"
import type { Interchange, Segment, Separators } from "./tokenize"

export type RawTransaction = {
  interchangeControlNumber: string
  groupControlNumber: string
  /** ST02 */
  controlNumber: string
  /** ST03, else GS08 */
  version: string
  separators: Separators
  /** the segments between ST and SE */
  segments: Segment[]
  /** tolerated irregularities (an SE02 that differs from ST02) */
  issues: string[]
}

/** Transaction sets a biller might pick by mistake, by ST01 (X12 transaction set identifiers). */
const TRANSACTION_NAMES: Record<string, string> = {
  "270": "270 eligibility inquiry",
  "271": "271 eligibility response",
  "276": "276 claim status request",
  "277": "277 claim status response",
  "278": "278 prior authorization (services review)",
  "820": "820 premium payment",
  "834": "834 benefit enrollment",
  "837": "837 health care claim",
  "997": "997 functional acknowledgment",
  "999": "999 implementation acknowledgment"
}

export function describeTransaction(st01: string, version: string): string {
  // 005010X214 is the 277CA claim acknowledgment, not a claim status response
  const name = version.includes("X214") ? "277CA claim acknowledgment" : (TRANSACTION_NAMES[st01] ?? `${st01} transaction`)
  return version ? `${name} (${version})` : name
}

/** A 5010 835: ST01 835 with a version of the 005010 release (005010X221A1, or 005010X221 before its addenda). */
export function checkTransactionType(st01: string, version: string): void {
  if (st01 !== "835") throw new EraError(`not an 835: this file holds a ${describeTransaction(st01, version)}, not a remittance`)
  if (!version.startsWith("00501")) throw new EraError(`not a 5010 835 (version ${version || "not stated"})`)
}

const count = (raw: string | undefined) => (raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : NaN)

export function splitTransactions(interchanges: Interchange[]): RawTransaction[] {
  const out: RawTransaction[] = []
  for (const ic of interchanges) out.push(...interchangeTransactions(ic))
  if (out.length === 0) throw new EraError("not an 835: the file holds no transaction")
  return out
}

function interchangeTransactions({ segments, separators }: Interchange): RawTransaction[] {
  const isa = segments[0].el
  if (isa.length !== 17) throw new EraError(`corrupt X12: the ISA segment has ${isa.length - 1} elements, not 16`)
  const icn = isa[13].trim()
  const out: RawTransaction[] = []
  let groups = 0
  let i = 1
  const at = (k: number) => segments[k]?.el[0]
  const truncated = (what: string) => new EraError(`the file is truncated: ${what}`)
  while (i < segments.length && at(i) !== "IEA") {
    if (at(i) !== "GS") throw new EraError(`corrupt X12: segment ${segments[i].ordinal} (${at(i)}) is outside a functional group`)
    const gs = segments[i].el
    const gcn = gs[6] ?? ""
    groups++
    i++
    let sets = 0
    while (i < segments.length && at(i) !== "GE") {
      if (at(i) !== "ST") throw new EraError(`corrupt X12: segment ${segments[i].ordinal} (${at(i)}) is outside a transaction`)
      const st = segments[i].el
      const controlNumber = st[2] ?? ""
      const version = st[3] || gs[8] || ""
      checkTransactionType(st[1] ?? "", version)
      const first = i
      i++
      while (i < segments.length && !["SE", "ST", "GE", "GS", "IEA", "ISA"].includes(at(i)!)) i++
      if (at(i) !== "SE") {
        if (i >= segments.length) throw truncated(`transaction ${controlNumber} ends without its SE segment`)
        throw new EraError(`corrupt X12: transaction ${controlNumber} has no SE segment before segment ${segments[i].ordinal} (${at(i)})`)
      }
      const se = segments[i].el
      const counted = i - first + 1
      if (count(se[1]) !== counted)
        throw new EraError(`transaction ${controlNumber}: SE01 says ${se[1] || "nothing"} segments but the transaction has ${counted} (truncated or corrupt)`)
      const issues = se[2] === controlNumber ? [] : [`SE02 ${se[2] ?? ""} differs from ST02 ${controlNumber}`]
      out.push({ interchangeControlNumber: icn, groupControlNumber: gcn, controlNumber, version, separators, segments: segments.slice(first + 1, i), issues })
      sets++
      i++
    }
    if (i >= segments.length) throw truncated(`functional group ${gcn} ends without its GE segment`)
    const ge = segments[i].el
    if (count(ge[1]) !== sets) throw new EraError(`functional group ${gcn}: GE01 says ${ge[1] || "nothing"} transactions but the group holds ${sets} (truncated or corrupt)`)
    i++
  }
  if (i >= segments.length) throw truncated(`interchange ${icn} ends without its IEA segment`)
  const iea = segments[i].el
  if (count(iea[1]) !== groups) throw new EraError(`interchange ${icn}: IEA01 says ${iea[1] || "nothing"} functional groups but it holds ${groups} (truncated or corrupt)`)
  return out
}
