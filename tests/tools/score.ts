// Field accuracy, record recall and precision of a capture against its expected capture.
// A field counts when the expected capture shows it (not null, not an empty list); records pair by id.
import type { Authorization, Capture, Claim, ClaimLine } from "../../src/model/capture"

export type Score = { fieldsShown: number; fieldsRight: number; expected: number; found: number; matched: number }

export const emptyScore = (): Score => ({ fieldsShown: 0, fieldsRight: 0, expected: 0, found: 0, matched: 0 })

export function addScores(a: Score, b: Score): Score {
  return {
    fieldsShown: a.fieldsShown + b.fieldsShown,
    fieldsRight: a.fieldsRight + b.fieldsRight,
    expected: a.expected + b.expected,
    found: a.found + b.found,
    matched: a.matched + b.matched
  }
}

const shown = (v: unknown) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0) && v !== ""
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

function scoreFields(
  expected: Record<string, unknown>,
  actual: Record<string, unknown> | undefined,
  skip: string[],
  s: Score
) {
  for (const [field, value] of Object.entries(expected)) {
    if (skip.includes(field)) continue
    if (field === "patient") {
      scoreFields(value as Record<string, unknown>, actual?.patient as Record<string, unknown> | undefined, [], s)
      continue
    }
    if (!shown(value)) continue
    s.fieldsShown++
    if (actual && same(value, actual[field])) s.fieldsRight++
  }
}

function scoreLines(expected: ClaimLine[], actual: ClaimLine[] | undefined, s: Score) {
  expected.forEach((line, i) => {
    const match =
      actual?.find((l) => l.procedureCode === line.procedureCode && l.serviceDate === line.serviceDate) ?? actual?.[i]
    scoreFields(line, match, [], s)
  })
}

export function scoreCapture(expected: Capture, actual: Capture): Score {
  const s = emptyScore()
  s.expected = expected.claims.length + expected.authorizations.length
  s.found = actual.claims.length + actual.authorizations.length
  for (const claim of expected.claims) {
    const match = actual.claims.find((c: Claim) => c.claimNumber === claim.claimNumber)
    if (match) s.matched++
    scoreFields(claim, match, ["lines"], s)
    scoreLines(claim.lines, match?.lines, s)
  }
  for (const auth of expected.authorizations) {
    const match = actual.authorizations.find((a: Authorization) => a.authNumber === auth.authNumber)
    if (match) s.matched++
    scoreFields(auth, match, [], s)
  }
  // records found that the expected capture does not hold are not matched: they lower precision
  return s
}

export const percent = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`)
