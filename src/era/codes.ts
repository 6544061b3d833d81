// Code meanings the 835 mapping needs beyond src/model/claim-status.ts. Names are our short wording of public
// X12 code lists; the official text is at x12.org/codes.
import { CLP02_MEANINGS } from "../model/claim-status"

/** CLP02 in words. 005010X221A1 allows 1, 2, 3, 4, 19, 20, 21, 22, 23 and 25, all in CLP02_MEANINGS; anything else
 * is named by its code rather than guessed. */
export function clp02Meaning(code: string): string {
  return CLP02_MEANINGS[code] ?? `Claim status code ${code}`
}

export const REVERSAL = "22"
/** Processed and forwarded to another payer (19–21), or not this payer's claim and forwarded (23). */
export const FORWARDED = new Set(["19", "20", "21", "23"])

/** Provider adjustment reason codes (PLB03-1), short names. Source: X12 Provider Adjustment Reason Codes as listed
 * at x12.org/codes/provider-adjustment-reason-codes (50 late charge … WU unspecified recovery); usage of FB, WO,
 * 72, L6, CS, IR as a payer explains them: support.procentive.com "Provider Level Adjustment Codes in an ERA"
 * (L6 interest is written negative and adds to the check; WO recovers a prior overpayment). */
export const PLB_REASONS: Record<string, string> = {
  "50": "late charge",
  "51": "interest penalty charge",
  "72": "authorized return (refund received)",
  "90": "early payment allowance",
  AH: "origination fee",
  AM: "applied to borrower's account",
  AP: "acceleration of benefits",
  B2: "rebate",
  B3: "recovery allowance",
  BD: "bad debt adjustment",
  BN: "bonus",
  C5: "temporary allowance",
  CR: "capitation interest",
  CS: "adjustment",
  CT: "capitation payment",
  CV: "capital pass-through",
  CW: "certified registered nurse anesthetist pass-through",
  DM: "direct medical education pass-through",
  E3: "withholding",
  FB: "forwarding balance",
  FC: "fund allocation",
  GO: "graduate medical education pass-through",
  HM: "hemophilia clotting factor supplement",
  IP: "incentive premium payment",
  IR: "IRS withholding",
  IS: "interim settlement",
  J1: "nonreimbursable",
  L3: "penalty",
  L6: "interest owed",
  LE: "levy",
  LS: "lump sum",
  OA: "organ acquisition pass-through",
  OB: "offset for affiliated providers",
  PI: "periodic interim payment",
  PL: "payment final",
  RA: "retro-activity adjustment",
  RE: "return on equity",
  SL: "student loan repayment",
  TL: "third party liability",
  WO: "overpayment recovery",
  WU: "unspecified recovery"
}
