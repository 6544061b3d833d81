// The X12 envelope: ISA/IEA interchanges, GS/GE groups, ST/SE transactions, as a state machine over the segment
// stream. Checks the counts (SE01, GE01, IEA01), refuses anything but a 5010 835 by name, and hands on each
// transaction's segments as soon as its SE is read.
import { EraError } from "./errors"
import type { Segment, Separators } from "./tokenize"

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

/** Transaction sets a biller might pick by mistake, by ST01 (X12 transaction set identifiers; the versions named in
 * refusals come from the file: 005010X222A1 837P, 005010X223A2 837I, 005010X212 276/277, 005010X214 277CA, as
 * payers' companion guides list them, e.g. "Standard Companion Guide … X212 Health Care Claim Status Request and
 * Response (276/277)", "Health Care Claim Acknowledgement Standard Companion Guide (277CA, X214)"). */
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
  const name = version.includes("X214")
    ? "277CA claim acknowledgment"
    : (TRANSACTION_NAMES[st01] ?? `${st01 || "unnamed"} transaction`)
  return version ? `${name} (${version})` : name
}

/** A 5010 835: ST01 835 with a version of the 005010 release (005010X221A1, or 005010X221 before its addenda). */
export function checkTransactionType(st01: string, version: string): void {
  if (st01 !== "835") {
    const what = describeTransaction(st01, version)
    throw new EraError(`not an 835: this file holds ${/^(8|11|18)/.test(what) ? "an" : "a"} ${what}, not a remittance`)
  }
  if (!version.startsWith("00501")) throw new EraError(`not a 5010 835 (version ${version || "not stated"})`)
}

const count = (raw: string | undefined) => (raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : NaN)
const ENVELOPE = new Set(["ISA", "IEA", "GS", "GE", "ST", "SE"])

export function* splitTransactions(stream: Iterable<Segment>): Generator<RawTransaction> {
  let state: "outside" | "interchange" | "group" | "transaction" = "outside"
  let icn = ""
  let gcn = ""
  let gs08 = ""
  let groups = 0
  let sets = 0
  let total = 0
  let tx: RawTransaction | null = null
  for (const seg of stream) {
    const id = seg.el[0]
    const el = seg.el
    if (state === "transaction") {
      if (!ENVELOPE.has(id)) {
        tx!.segments.push(seg)
        continue
      }
      if (id !== "SE")
        throw new EraError(
          `corrupt X12: transaction ${tx!.controlNumber} has no SE segment before segment ${seg.ordinal} (${id})`
        )
      const counted = tx!.segments.length + 2
      if (count(el[1]) !== counted)
        throw new EraError(
          `transaction ${tx!.controlNumber}: SE01 says ${el[1] || "nothing"} segments but the transaction has ${counted} (truncated or corrupt)`
        )
      if (el[2] !== tx!.controlNumber) tx!.issues.push(`SE02 ${el[2] ?? ""} differs from ST02 ${tx!.controlNumber}`)
      yield tx!
      tx = null
      sets++
      total++
      state = "group"
    } else if (state === "group") {
      if (id === "ST") {
        const controlNumber = el[2] ?? ""
        const version = el[3] || gs08
        checkTransactionType(el[1] ?? "", version)
        tx = {
          interchangeControlNumber: icn,
          groupControlNumber: gcn,
          controlNumber,
          version,
          separators: seg.separators,
          segments: [],
          issues: []
        }
        state = "transaction"
      } else if (id === "GE") {
        if (count(el[1]) !== sets)
          throw new EraError(
            `functional group ${gcn}: GE01 says ${el[1] || "nothing"} transactions but the group holds ${sets} (truncated or corrupt)`
          )
        state = "interchange"
      } else throw new EraError(`corrupt X12: segment ${seg.ordinal} (${id}) is outside a transaction`)
    } else if (state === "interchange") {
      if (id === "GS") {
        gcn = el[6] ?? ""
        gs08 = el[8] ?? ""
        groups++
        sets = 0
        state = "group"
      } else if (id === "IEA") {
        if (count(el[1]) !== groups)
          throw new EraError(
            `interchange ${icn}: IEA01 says ${el[1] || "nothing"} functional groups but it holds ${groups} (truncated or corrupt)`
          )
        state = "outside"
      } else throw new EraError(`corrupt X12: segment ${seg.ordinal} (${id}) is outside a functional group`)
    } else {
      if (id !== "ISA") throw new EraError(`corrupt X12: segment ${seg.ordinal} (${id}) is outside an interchange`)
      if (el.length !== 17) throw new EraError(`corrupt X12: the ISA segment has ${el.length - 1} elements, not 16`)
      icn = el[13].trim()
      groups = 0
      state = "interchange"
    }
  }
  const truncated = (what: string) => new EraError(`the file is truncated: ${what}`)
  if (state === "transaction") throw truncated(`transaction ${tx!.controlNumber} ends without its SE segment`)
  if (state === "group") throw truncated(`functional group ${gcn} ends without its GE segment`)
  if (state === "interchange") throw truncated(`interchange ${icn} ends without its IEA segment`)
  if (total === 0) throw new EraError("not an 835: the file holds no transaction")
}
