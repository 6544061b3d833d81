// X12 5010 835 remittances: parseEra(text, fileName) gives the capture-v1 document the `era` command prints and
// the richer remittance (payments, provider-level adjustments, reversals) the import and Payments view use.
// Pure: no I/O, no zod (callers validate the capture with Capture.parse at their boundary).
import type { Capture } from "../model/capture"
import { splitTransactions } from "./envelope"
import { EraError } from "./errors"
import { toCapture } from "./map"
import { segments } from "./tokenize"
import type { Remittance } from "./types"
import { walkTransaction } from "./walk"

export { balance, type Balance } from "./balance"
export { EraError } from "./errors"
export { formatDollars, toCents } from "./money"
export type * from "./types"

/** Larger files are refused: 25 MB is about 25,000 claims, five times the 5,000-claim file the import is budgeted
 * for; a practice's weekly ERA is far smaller. A payer or clearinghouse can send one file per check instead. */
export const MAX_ERA_BYTES = 25 * 1024 * 1024

export function checkEraSize(bytes: number): void {
  if (bytes > MAX_ERA_BYTES)
    throw new EraError(
      `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; remittance files over ${MAX_ERA_BYTES / 1024 / 1024} MB are refused (ask the payer or clearinghouse for one file per check)`
    )
}

export function parseRemittance(text: string): Remittance {
  checkEraSize(text.length) // characters of text already read: the same as bytes for X12's ASCII
  const transactions = []
  // each transaction is walked as soon as its SE is read: only one transaction's tokens are alive at a time
  for (const raw of splitTransactions(segments(text))) transactions.push(walkTransaction(raw))
  return { transactions }
}

export function parseEra(text: string, fileName: string): { capture: Capture; remittance: Remittance } {
  const remittance = parseRemittance(text)
  return { capture: toCapture(remittance.transactions, fileName), remittance }
}
