// The remittance planner (src/storage/remittance-plan.ts), pure: 835 files merged into stored claims by payer and
// claim number with the ERA's amounts winning, re-imports that change nothing, reversals and corrections, payment
// rows with their balance check, on the shared real samples and on synthetic files.
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { parseEra, parseRemittance } from "../../src/era"
import type { Capture } from "../../src/model/capture"
import { Payment, RemittanceSummary } from "../../src/model/payment"
import { HistoryRow, StoredClaim } from "../../src/model/records"
import { insuranceBalanceCents, patientBalances } from "../../src/receivables/balances"
import { recordKey } from "../../src/storage/db"
import {
  applyOrder,
  balanceText,
  matchKnownClaim,
  indexByNumber,
  planRemittance,
  samePayerName,
  type KnownRecords,
  type RemittancePlan
} from "../../src/storage/remittance-plan"
import { remittanceNote } from "../../src/ui/remittance-note"
import { envelope835 } from "../tools/era-synth"
import { HAS_SHARED, NEEDS_SHARED, sharedPath } from "./shared"

const NOW = new Date("2026-11-27T15:00:00Z")
const LATER = new Date("2026-11-28T09:00:00Z")
const ROOT = join(import.meta.dirname, "..", "..")
const SYNTH = join(ROOT, "tests", "fixtures", "era", "synthetic")
const FIXTURES = join(ROOT, "tests", "fixtures", "era")
const SAMPLES = sharedPath("data", "era-samples")
const HAS_SAMPLES = HAS_SHARED && existsSync(SAMPLES)

const empty = (): KnownRecords => ({ claims: new Map(), payments: new Map() })

/** What the store does with a plan: the records and payments put whole, the history appended. */
function apply(known: KnownRecords, plan: RemittancePlan, history: HistoryRow[] = []): KnownRecords {
  history.push(...plan.history)
  return {
    claims: new Map([...known.claims, ...plan.claims.map((c) => [c.key, c] as const)]),
    payments: new Map([...(known.payments ?? []), ...plan.payments.map((p) => [p.id, p] as const)])
  }
}

const plan = (known: KnownRecords, text: string, fileName = "era.835", now = NOW) =>
  planRemittance(known, parseRemittance(text), { fileName, now })

/** A claim as a portal page stored it (src/storage merge of a capture-v1 claim). */
function portalClaim(over: Partial<StoredClaim> & Pick<StoredClaim, "payer" | "claimNumber">): StoredClaim {
  const portal = over.portal ?? "availity"
  return {
    patient: { name: "Maria Rivera", memberId: "W123456789", dateOfBirth: "1988-04-02" },
    serviceFrom: "2026-10-15",
    serviceTo: "2026-10-15",
    status: "denied",
    statusText: "Denied",
    billedCents: 15000,
    allowedCents: 11500,
    paidCents: 0,
    patientResponsibilityCents: null,
    receivedDate: "2026-10-20",
    processedDate: "2026-10-30",
    paymentDate: null,
    checkNumber: null,
    adjustments: [{ group: "CO", reason: "197", amountCents: null }],
    remarkCodes: [],
    diagnosisCodes: ["F41.1"],
    lines: [],
    key: recordKey(over.payer, portal, over.claimNumber),
    portal,
    sourceUrl: "https://apps.availity.com/public/apps/claim-status/results",
    firstSeenAt: "2026-10-31T14:00:00.000Z",
    lastChangedAt: "2026-10-31T14:00:00.000Z",
    resolution: null,
    ...over
  }
}

/** One check: Aetna pays a 90834 session $95.00, client copay $20.00, contractual $35.00. */
const AETNA_BODY = [
  "BPR*I*95*C*ACH************20261102",
  "TRN*1*123456*1999",
  "DTM*405*20261101",
  "N1*PR*AETNA LIFE INSURANCE COMPANY",
  "N1*PE*HARBOR COUNSELING*XX*1234567893",
  "LX*1",
  "CLP*PCN1*1*150*95*20*12*AET0001",
  "NM1*QC*1*RIVERA*MARIA****MI*W123456789",
  "DTM*232*20261015",
  "SVC*HC:90834*150*95**1",
  "DTM*472*20261015",
  "CAS*CO*45*35",
  "CAS*PR*3*20"
]

describe("a remittance claim merges with the portal's claim of the same payer and number", () => {
  it("finds 'Aetna' for 'AETNA LIFE INSURANCE COMPANY'; the ERA's amounts and adjustments win, who the patient is stays", () => {
    const portal = portalClaim({ payer: "Aetna", claimNumber: "AET0001" })
    const known = { claims: new Map([[portal.key, portal]]), payments: new Map() }
    const p = plan(known, envelope835(AETNA_BODY), "aetna-1102.835")

    expect(p.claims).toHaveLength(1)
    const c = p.claims[0]
    expect(StoredClaim.parse(c)).toEqual(c)
    expect(c.key).toBe("aetna|AET0001")
    expect(c).toMatchObject({
      status: "paid",
      statusText: "Processed as primary",
      billedCents: 15000,
      paidCents: 9500,
      patientResponsibilityCents: 2000,
      // the 835 reports no AMT*AU: the payer's record wins, so the page's allowed amount is not kept beside it
      allowedCents: null,
      adjustments: [],
      checkNumber: "123456",
      paymentDate: "2026-11-02",
      processedDate: "2026-11-01",
      // who the patient is, the diagnoses and where the record came from stay as the portal showed them
      patient: { name: "Maria Rivera", memberId: "W123456789", dateOfBirth: "1988-04-02" },
      diagnosisCodes: ["F41.1"],
      portal: "availity",
      firstSeenAt: "2026-10-31T14:00:00.000Z",
      lastChangedAt: NOW.toISOString(),
      sourceUrl: "file:aetna-1102.835"
    })
    expect(c.lines).toEqual([
      {
        procedureCode: "90834",
        modifiers: [],
        units: 1,
        serviceDate: "2026-10-15",
        billedCents: 15000,
        paidCents: 9500,
        adjustments: [
          { group: "CO", reason: "45", amountCents: 3500 },
          { group: "PR", reason: "3", amountCents: 2000 }
        ],
        remarkCodes: []
      }
    ])
    expect(p.summary.changes).toMatchObject({ added: 0, updated: 1, matchedByPayerName: 1 })

    expect(p.history).toHaveLength(1)
    const row = HistoryRow.parse(p.history[0])
    expect(row.source).toEqual({
      kind: "remittance",
      fileName: "aetna-1102.835",
      checkNumber: "123456",
      paymentDate: "2026-11-02",
      event: "payment"
    })
    expect(remittanceNote(row.source!)).toBe("from the remittance of check 123456, paid 11/02/2026")
    expect(row.changes).toContainEqual({ field: "status", from: "denied", to: "paid" })
    expect(row.changes).toContainEqual({ field: "paidCents", from: 0, to: 9500 })
    expect(row.changes).toContainEqual({
      field: "adjustments",
      from: [{ group: "CO", reason: "197", amountCents: null }],
      to: []
    })
    // a payer the page read left as it was (receivedDate) and fields equal on both sides are no change
    expect(row.changes.map((ch) => ch.field)).not.toContain("billedCents")
  })

  it("keeps apart a claim whose number matches but whose payer or member does not", () => {
    const other = portalClaim({ payer: "Cigna", claimNumber: "AET0001" })
    const wrongMember = portalClaim({
      payer: "Aetna",
      claimNumber: "AET0001",
      patient: { name: "Sam Jones", memberId: "Z999", dateOfBirth: null }
    })
    for (const known of [other, wrongMember]) {
      const p = plan({ claims: new Map([[known.key, known]]) }, envelope835(AETNA_BODY))
      expect(p.claims.map((c) => c.key)).toEqual(["aetnalifeinsurancecompany|AET0001"])
      expect(p.summary.changes).toMatchObject({ added: 1, updated: 0, matchedByPayerName: 0 })
    }
  })

  it("matches by member ID a claim a page stored without a payer name, and never guesses between two", () => {
    const noPayer = portalClaim({ payer: null, claimNumber: "AET-0001" })
    expect(noPayer.key).toBe("availity|AET-0001")
    const p = plan({ claims: new Map([[noPayer.key, noPayer]]) }, envelope835(AETNA_BODY))
    expect(p.claims.map((c) => c.key)).toEqual(["availity|AET-0001"])
    expect(p.claims[0].claimNumber).toBe("AET-0001") // the portal's spelling stays

    const a = portalClaim({ payer: "Aetna", claimNumber: "AET0001" })
    const b = portalClaim({ payer: "Aetna Life", claimNumber: "AET 0001", portal: "aetna" })
    const two = plan(
      {
        claims: new Map([
          [a.key, a],
          [b.key, b]
        ])
      },
      envelope835(AETNA_BODY)
    )
    expect(two.claims.map((c) => c.key)).toEqual(["aetnalifeinsurancecompany|AET0001"])
  })

  it("names the same payer without its corporate words, and not a different one", () => {
    expect(samePayerName("UnitedHealthcare", "UNITED HEALTHCARE INSURANCE COMPANY")).toBe(true)
    expect(samePayerName("Cigna", "CIGNA HEALTH AND LIFE INSURANCE COMPANY")).toBe(true)
    expect(samePayerName("Blue Cross Blue Shield of Texas", "BLUE CROSS AND BLUE SHIELD OF ILLINOIS")).toBe(false)
    expect(samePayerName("UHC", "UNITED HEALTHCARE")).toBe(false) // the limit: abbreviations are not matched
    expect(samePayerName("Ins", "INSURANCE COMPANY")).toBe(false)
    const stored = portalClaim({ payer: "UnitedHealthcare", claimNumber: "ATL2819897200" })
    const index = indexByNumber([stored])
    const find = (k: string) => (k === stored.key ? stored : undefined)
    expect(
      matchKnownClaim(find, index, {
        payer: "UNITED HEALTHCARE INSURANCE COMPANY",
        claimNumber: "atl-2819897200",
        patient: { name: null, memberId: null, dateOfBirth: null }
      })
    ).toEqual({ key: stored.key, byName: true })
  })
})

describe("importing the same file twice changes nothing", () => {
  const files = readdirSync(SYNTH).filter((f) => f.endsWith(".835"))

  it.each(files)("%s: no record, history or payment the second time", (file) => {
    const text = readFileSync(join(SYNTH, file), "utf8")
    const history: HistoryRow[] = []
    const first = plan(empty(), text, file)
    expect(first.claims.length).toBeGreaterThan(0)
    const known = apply(empty(), first, history)
    const again = plan(known, text, file, LATER)
    expect(again.claims).toEqual([])
    expect(again.history).toEqual([])
    expect(again.payments).toEqual([])
    expect(again.summary.changes).toMatchObject({
      added: 0,
      updated: 0,
      paymentsAlreadyImported: first.payments.length
    })
    // and without the payments at hand, every rule still gives the same records (only the payment rows come back)
    const noPayments = plan({ claims: known.claims }, text, file, LATER)
    expect(noPayments.claims).toEqual([])
    expect(noPayments.history).toEqual([])
    expect(noPayments.summary.changes).toMatchObject({ added: 0, updated: 0, unchanged: known.claims.size })
  })
})

/** Harbor pays claim HB100 on check 111 (Oct 1); on check 222 (Nov 2) it reverses that payment and pays the
 * corrected claim under the same number; and takes back HB200 with no correction. */
const FIRST = envelope835([
  "BPR*I*175*C*ACH************20261001",
  "TRN*1*111*1999",
  "N1*PR*HARBOR BEHAVIORAL HEALTH PLAN",
  "LX*1",
  "CLP*PCN100*1*150*80*20*12*HB100",
  "NM1*QC*1*RIVERA*MARIA****MI*W123456789",
  "SVC*HC:90834*150*80**1",
  "DTM*472*20260915",
  "CAS*CO*45*50",
  "CAS*PR*3*20",
  "CLP*PCN200*1*200*95**12*HB200",
  "NM1*QC*1*JONES*SAM****MI*W555",
  "SVC*HC:90837*200*95**1",
  "DTM*472*20260916",
  "CAS*CO*45*105"
])
const SECOND = envelope835([
  "BPR*I*75*D*ACH************20261102", // −80 + 100 − 95: the payer takes $75.00
  "TRN*1*222*1999",
  "N1*PR*HARBOR BEHAVIORAL HEALTH PLAN",
  "LX*1",
  "CLP*PCN100*22*-150*-80*-20*12*HB100",
  "NM1*QC*1*RIVERA*MARIA****MI*W123456789",
  "SVC*HC:90834*-150*-80**-1",
  "DTM*472*20260915",
  "CAS*CO*45*-50",
  "CAS*PR*3*-20",
  "CLP*PCN100*1*150*100*20*12*HB100",
  "NM1*QC*1*RIVERA*MARIA****MI*W123456789",
  "SVC*HC:90834*150*100**1",
  "DTM*472*20260915",
  "CAS*CO*45*30",
  "CAS*PR*3*20",
  "CLP*PCN200*22*-200*-95**12*HB200",
  "NM1*QC*1*JONES*SAM****MI*W555",
  "SVC*HC:90837*-200*-95**-1",
  "DTM*472*20260916",
  "CAS*CO*45*-105"
])

describe("a reversal closes the original payment and a correction replaces it", () => {
  const history: HistoryRow[] = []
  const afterFirst = apply(empty(), plan(empty(), FIRST, "oct.835"), history)
  const second = plan(afterFirst, SECOND, "nov.835", LATER)
  const after = apply(afterFirst, second, history)
  const hb100 = after.claims.get("harborbehavioralhealthplan|HB100")!
  const hb200 = after.claims.get("harborbehavioralhealthplan|HB200")!

  it("the corrected claim replaces the reversed payment", () => {
    expect(hb100).toMatchObject({ status: "paid", paidCents: 10000, checkNumber: "222", paymentDate: "2026-11-02" })
    expect(hb100.lines[0].adjustments).toEqual([
      { group: "CO", reason: "45", amountCents: 3000 },
      { group: "PR", reason: "3", amountCents: 2000 }
    ])
    const row = second.history.find((h) => h.recordKey === hb100.key)!
    expect(row.source).toMatchObject({ checkNumber: "222", paymentDate: "2026-11-02", event: "correction" })
    expect(remittanceNote(row.source!)).toBe("from the remittance of check 222, paid 11/02/2026 (the corrected claim)")
    expect(row.changes).toContainEqual({ field: "paidCents", from: 8000, to: 10000 })
  })

  it("a takeback with no correction leaves the claim reversed, paid nothing, owed by no one", () => {
    expect(hb200).toMatchObject({
      status: "reversed",
      statusText: "Reversal of previous payment",
      paidCents: 0,
      billedCents: 20000,
      adjustments: [],
      checkNumber: "222"
    })
    expect(hb200.lines).toMatchObject([{ procedureCode: "90837", billedCents: 20000, paidCents: 0, adjustments: [] }])
    expect(insuranceBalanceCents(hb200)).toBe(0)
    expect(patientBalances([hb200])).toEqual([])
    expect(second.history.find((h) => h.recordKey === hb200.key)!.source?.event).toBe("reversal")
    expect(second.summary.text).toBe("3 claims: 1 paid, 2 reversals (1 corrected)")
    expect(second.payments[0]).toMatchObject({ amountCents: -7500, expectedCents: -7500, balanced: true })
  })

  it("applies a reversal before its correction however the file orders them", () => {
    expect(applyOrder({ claims: [{}, {}, {}] as never, reversals: [{ reversal: 2, correction: 0 }] })).toEqual([
      2, 0, 1
    ])
    const swapped = SECOND.replace(
      /(CLP\*PCN100\*22[^]*?)(CLP\*PCN100\*1\*[^]*?)(CLP\*PCN200)/,
      (_, reversal, correction, rest) => correction + reversal + rest
    )
    expect(swapped).not.toBe(SECOND)
    const p = plan(afterFirst, swapped, "nov.835", LATER)
    expect(p.claims.find((c) => c.key === hb100.key)).toMatchObject({ status: "paid", paidCents: 10000 })
  })

  it("an older remittance imported after a newer one does not undo it", () => {
    const late = plan(after, FIRST, "oct-again.835", LATER)
    // the payment rows are known already: import the October file with its payments forgotten
    const forgotten = plan({ claims: after.claims }, FIRST, "oct-copy.835", LATER)
    expect(late.claims).toEqual([])
    expect(forgotten.claims).toEqual([])
    expect(forgotten.summary.changes).toMatchObject({ olderThanStored: 2, updated: 0 })
  })

  it("a reversal whose original was never imported is stored reversed, its charge as billed", () => {
    const alone = plan(empty(), SECOND, "nov.835")
    expect(alone.claims.find((c) => c.key.endsWith("|HB200"))).toMatchObject({
      status: "reversed",
      billedCents: 20000,
      paidCents: 0,
      lines: [{ billedCents: 20000, units: 1, paidCents: 0 }]
    })
  })

  it("the synthetic file: the reversed claim closed, its correction under a new number (REF*F8) added", () => {
    const text = readFileSync(join(SYNTH, "bh-reversals-plb.835"), "utf8")
    const expected: Capture = JSON.parse(readFileSync(join(SYNTH, "bh-reversals-plb.json"), "utf8"))
    const p = plan(empty(), text, "bh-reversals-plb.835")
    const [reversal, correction] = expected.claims
    const key = (number: string) => `northeastmentalhealthpartners|${number}`
    expect(p.claims.find((c) => c.key === key(reversal.claimNumber))).toMatchObject({
      status: "reversed",
      paidCents: 0
    })
    expect(p.claims.find((c) => c.key === key(correction.claimNumber))).toMatchObject({
      status: correction.status,
      paidCents: correction.paidCents
    })
    expect(p.history.map((h) => h.source?.event)).toEqual(["reversal", "correction", "payment", "reversal", "payment"])
  })
})

describe("payment rows per check/EFT with the balance check", () => {
  it("the synthetic file with PLB recoupment, interest and a refund balances: BPR = Σ CLP04 − Σ PLB", () => {
    const text = readFileSync(join(SYNTH, "bh-reversals-plb.835"), "utf8")
    const expected: Capture = JSON.parse(readFileSync(join(SYNTH, "bh-reversals-plb.json"), "utf8"))
    const p = plan(empty(), text, "bh-reversals-plb.835")
    expect(p.payments).toHaveLength(1)
    const pay = Payment.parse(p.payments[0])
    const claimsPaid = expected.claims.reduce((s, c) => s + c.paidCents!, 0)
    expect(pay).toMatchObject({
      id: "northeastmentalhealthpartners|EFT2026111301",
      checkNumber: "EFT2026111301",
      paymentDate: "2026-11-13",
      claimsPaidCents: claimsPaid,
      // PLB WO 40.00 taken, L6 interest 1.87 and a 25.00 authorized return added
      providerAdjustmentsCents: 4000 - 187 - 2500,
      amountCents: claimsPaid - (4000 - 187 - 2500),
      differenceCents: 0,
      balanced: true,
      counts: { claims: 5, paid: 3, reversals: 2, corrections: 1, denied: 0 }
    })
    expect(pay.providerAdjustments.map((a) => [a.reasonCode, a.amountCents])).toEqual([
      ["WO", 4000],
      ["L6", -187],
      ["72", -2500]
    ])
    expect(pay.claimKeys).toHaveLength(5)
    expect(p.summary.text).toBe("5 claims: 3 paid, 2 reversals (1 corrected); 3 provider adjustments")
  })

  it("a payment that does not add up is off by the difference, in cents", () => {
    const off = envelope835(AETNA_BODY.map((s) => (s.startsWith("BPR") ? "BPR*I*96.25*C*ACH************20261102" : s)))
    const p = plan(empty(), off)
    expect(p.payments[0]).toMatchObject({
      amountCents: 9625,
      expectedCents: 9500,
      differenceCents: 125,
      balanced: false
    })
    expect(balanceText(p.payments[0].differenceCents)).toBe("Off by $1.25")
    expect(balanceText(-4)).toBe("Off by -$0.04")
    expect(balanceText(0)).toBe("Balanced")
    expect(p.summary.text).toBe("1 claim: 1 paid; 1 payment off balance")
    expect(RemittanceSummary.parse(p.summary).payments).toEqual([
      {
        payer: "AETNA LIFE INSURANCE COMPANY",
        checkNumber: "123456",
        paymentDate: "2026-11-02",
        amountCents: 9625,
        claims: 1,
        providerAdjustments: 0,
        balanced: false,
        differenceCents: 125
      }
    ])
  })
})

describe.skipIf(!HAS_SAMPLES)(
  `the shared real 835 samples${HAS_SAMPLES ? "" : NEEDS_SHARED || " (skipped: ../shared/data/era-samples is absent)"}`,
  () => {
    const samples = HAS_SAMPLES ? readdirSync(SAMPLES).filter((f) => f.endsWith(".835")) : []
    const read = (f: string) => readFileSync(join(SAMPLES, f), "utf8")

    it.each(samples)("%s: one stored claim per CLP as its hand-written capture, each dated by its check", (file) => {
      const expected: Capture = JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.835$/, ".json")), "utf8"))
      const p = plan(empty(), read(file), file)
      expect(p.claims).toHaveLength(expected.claims.length)
      for (const [i, c] of p.claims.entries()) {
        const { key, portal, sourceUrl, firstSeenAt, lastChangedAt, resolution, ...claim } = StoredClaim.parse(c)
        expect(claim).toEqual(expected.claims[i])
        expect({ key, portal, sourceUrl, firstSeenAt, lastChangedAt, resolution }).toEqual({
          key: recordKey(expected.claims[i].payer, "era", expected.claims[i].claimNumber),
          portal: "era",
          sourceUrl: `file:${file}`,
          firstSeenAt: NOW.toISOString(),
          lastChangedAt: NOW.toISOString(),
          resolution: null
        })
        expect(p.history[i].source).toMatchObject({
          checkNumber: expected.claims[i].checkNumber,
          paymentDate: expected.claims[i].paymentDate
        })
      }
      for (const pay of p.payments) expect(Payment.parse(pay).balanced).toBe(true)
      const again = plan(apply(empty(), p), read(file), file, LATER)
      expect([again.claims, again.history, again.payments]).toEqual([[], [], []])
    })

    it("07 (UHC): merges with the portal's 'UnitedHealthcare' claim, its deductible a patient balance", () => {
      const portal = portalClaim({
        payer: "UnitedHealthcare",
        claimNumber: "ATL2819897200",
        portal: "availity",
        status: "pending",
        statusText: "In Process",
        paidCents: null,
        adjustments: [],
        patient: { name: "Cool, Joe", memberId: "123456789", dateOfBirth: null }
      })
      const p = plan({ claims: new Map([[portal.key, portal]]) }, read("07-uhc-legacy-gt-component.835"), "uhc.835")
      const merged = p.claims.find((c) => c.key === "unitedhealthcare|ATL2819897200")!
      expect(merged).toMatchObject({ status: "paid", billedCents: 34128, paidCents: 8892, allowedCents: 19418 })
      expect(patientBalances([merged])[0].share).toMatchObject({ deductibleCents: 10526, totalCents: 10526 })
      expect(p.summary.changes).toMatchObject({ added: 1, updated: 1, matchedByPayerName: 1 })
      expect(p.history.find((h) => h.recordKey === merged.key)!.changes).toContainEqual({
        field: "status",
        from: "pending",
        to: "paid"
      })
    })

    it("06 (eMedNY): the denial, the partial payment and the summary line", () => {
      const p = plan(empty(), read("06-emedny-single-line-rarc.835"), "emedny.835")
      expect(p.claims.map((c) => [c.claimNumber, c.status])).toEqual([
        ["1000210000000030", "paid"],
        ["1000220000000020", "denied"],
        ["1000230000000020", "partially_paid"]
      ])
      expect(p.summary.text).toBe("3 claims: 1 paid, 1 partially paid, 1 denied")
      expect(p.payments[0]).toMatchObject({
        checkNumber: "10100000000",
        amountCents: 4575,
        claimsPaidCents: 3425 + 1150,
        adjustmentsByGroup: { CO: 1200 + 2200 + 275 + 2000, PR: 0 },
        balanced: true
      })
    })

    it("02 (Medicare Part A): the PLB makes the check balance", () => {
      const p = plan(empty(), read("02-lfh-medicare-part-a-moa.835"), "part-a.835")
      expect(p.payments[0]).toMatchObject({
        amountCents: 15000000,
        claimsPaidCents: 13801840 + 1198033,
        providerAdjustmentsCents: -127,
        expectedCents: 15000000,
        balanced: true
      })
      expect(p.summary.text).toBe("2 claims: 2 paid; 1 provider adjustment")
    })

    it("parseEra's capture and the plan agree on every claim of every sample", () => {
      for (const file of samples) {
        const { capture } = parseEra(read(file), file)
        const p = plan(empty(), read(file), file)
        expect(p.claims.map((c) => c.claimNumber)).toEqual(capture.claims.map((c) => c.claimNumber))
      }
    })
  }
)
