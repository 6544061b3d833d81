// What an 835 holds, richer than capture-v1: the payment per check/EFT, provider-level adjustments, reversals and
// corrections, claims forwarded to another payer. The import, the Payments view and the balance check read this.
import type { Adjustment } from "../model/capture"

export type Name = {
  /** NM101 entity: QC patient, IL insured, 74 corrected patient/insured, 82 rendering provider, TT crossover carrier,
   * PR corrected priority payer, GB other subscriber */
  entity: string
  last: string | null
  first: string | null
  middle: string | null
  /** NM108 */
  idQualifier: string | null
  /** NM109 */
  id: string | null
}

export type RemittanceAdjustment = Adjustment & { amountCents: number; quantity: number | null }

export type RemittanceLine = {
  /** SVC01-1: HC (HCPCS/CPT), NU (revenue code), AD (dental), … */
  qualifier: string
  procedureCode: string
  modifiers: string[]
  chargeCents: number
  paidCents: number
  /** SVC04 NUBC revenue code */
  revenueCode: string | null
  /** SVC05 units paid (null when empty) */
  units: number | null
  /** SVC06, the code as billed when the payer changed it */
  submittedProcedure: { qualifier: string; procedureCode: string; modifiers: string[] } | null
  /** SVC07 */
  submittedUnits: number | null
  /** DTM*472, else DTM*150 */
  serviceDate: string | null
  /** DTM*151 */
  serviceDateEnd: string | null
  adjustments: RemittanceAdjustment[]
  /** LQ*HE */
  remarkCodes: string[]
  /** REF*6R, the provider's line control number */
  lineControlNumber: string | null
  /** AMT by qualifier (B6 allowed, KH late filing reduction, …), cents */
  amounts: Record<string, number>
}

export type RemittanceClaim = {
  /** CLP01, the provider's patient control number */
  patientControlNumber: string
  /** CLP02 */
  statusCode: string
  statusMeaning: string
  chargeCents: number
  paidCents: number
  patientResponsibilityCents: number | null
  /** CLP06 */
  filingIndicator: string | null
  /** CLP07, the payer's claim control number */
  payerClaimControlNumber: string | null
  /** CLP08 */
  facilityTypeCode: string | null
  /** CLP09 */
  frequencyCode: string | null
  patient: Name | null
  insured: Name | null
  correctedPatient: Name | null
  renderingProvider: Name | null
  /** NM1*TT: the payer the claim was forwarded to (crossover) */
  crossoverCarrier: Name | null
  /** NM1*PR: the corrected priority payer */
  correctedPayer: Name | null
  /** DTM by qualifier (232, 233, 050, 036 …), ISO or null when not a real date */
  dates: Record<string, string | null>
  /** AMT by qualifier (AU coverage/allowed, I interest, F5 patient paid, …), cents */
  amounts: Record<string, number>
  /** REF by qualifier (F8 original reference number, EA medical record, 1L group, …) */
  references: Record<string, string>
  adjustments: RemittanceAdjustment[]
  /** MOA03–MOA07 */
  moaRemarkCodes: string[]
  /** MIA05, MIA20–MIA23 (inpatient) */
  miaRemarkCodes: string[]
  /** LQ*HE written at claim level (not in the 5010 guide, but seen) */
  claimRemarkCodes: string[]
  lines: RemittanceLine[]
  /** CLP02 22 */
  isReversal: boolean
  /** CLP02 19, 20, 21 (processed and forwarded) or 23 (not ours, forwarded) */
  isForwarded: boolean
}

export type Party = {
  name: string | null
  idQualifier: string | null
  id: string | null
  references: Record<string, string>
}

export type Payment = {
  /** BPR01: I remittance and payment, H notification only, C payment accompanies remittance, D make payment only, … */
  handlingCode: string
  /** BPR02 as written (never negative) */
  amountCents: number
  /** BPR03: C credit (the payer pays), D debit (the payer takes) */
  creditDebit: string
  /** BPR02 signed: negative for a debit */
  netCents: number
  /** BPR04: ACH, CHK, BOP, FWT, NON */
  method: string | null
  /** BPR16, null when not a real date */
  date: string | null
  dateRaw: string | null
  /** TRN02: the check or EFT trace number */
  traceNumber: string | null
  /** TRN03: the payer's identifier */
  originatorId: string | null
}

export type ProviderAdjustment = {
  /** PLB01 */
  providerId: string
  /** PLB02 */
  fiscalPeriodDate: string | null
  /** PLB03-1 …: WO overpayment recovery, L6 interest, FB forwarding balance, 72 authorized return, CS adjustment … */
  reasonCode: string
  reasonMeaning: string | null
  /** PLB03-2 …: often the claim it concerns */
  reference: string | null
  /** positive decreases the payment, negative increases it */
  amountCents: number
}

export type ReversalPair = {
  /** index in the transaction's claims */
  reversal: number
  /** the claim that replaces it in the same transaction, null when the file holds none */
  correction: number | null
}

export type RemittanceTransaction = {
  interchangeControlNumber: string
  groupControlNumber: string
  controlNumber: string
  version: string
  payment: Payment
  /** DTM*405 */
  productionDate: string | null
  payer: Party
  payee: Party
  claims: RemittanceClaim[]
  providerAdjustments: ProviderAdjustment[]
  reversals: ReversalPair[]
  issues: string[]
}

export type Remittance = { transactions: RemittanceTransaction[] }
