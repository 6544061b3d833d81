// The timeline's note for a change that came from an 835 remittance. No dependencies beyond dates: the timeline is
// on the popup's first paint.
import { usDate } from "../dates/calendar"
import type { HistorySource } from "../model/records"

const EVENT: Record<HistorySource["event"], string> = {
  payment: "",
  reversal: " (the payment was reversed)",
  correction: " (the corrected claim)"
}

/** "from the remittance of check 123456, paid 11/02/2026" */
export function remittanceNote(source: HistorySource): string {
  const check = source.checkNumber ? `check ${source.checkNumber}` : source.fileName
  const paid = source.paymentDate ? `, paid ${usDate(source.paymentDate)}` : ""
  return `from the remittance of ${check}${paid}${EVENT[source.event]}`
}
