// The 835 parser's parts on small hand-written cases: money, dates, separators, loops, mapping, reversals, balance.
import { describe, expect, it } from "vitest"
import { balance, EraError, parseEra, parseRemittance, toCents } from "../../src/era"
import { x12Date } from "../../src/era/dates"
import { segments } from "../../src/era/tokenize"
import { pairReversals } from "../../src/era/walk"
import type { RemittanceClaim } from "../../src/era/types"
import { Capture } from "../../src/model/capture"
import { envelope835 } from "../tools/era-synth"

const HEADER = [
  "BPR*I*100*C*ACH*CCP*01*021000021*DA*1234*1512345678**01*011000015*DA*9876*20261106",
  "TRN*1*EFT555*1512345678",
  "DTM*405*20261104",
  "N1*PR*HARBOR  BEHAVIORAL   HEALTH",
  "N1*PE*CALM WATERS COUNSELING*XX*1487654321",
  "LX*1"
]
const one = (body: string[], header = HEADER) => parseEra(envelope835([...header, ...body]), "t.835")
const claim0 = (body: string[], header = HEADER) => Capture.parse(one(body, header).capture).claims[0]

describe("era money: integer cents without floating point", () => {
  it.each([
    ["945.00", 94500],
    ["9.2", 920],
    ["1790", 179000],
    ["-42.58", -4258],
    ["0", 0],
    ["-0.00", 0],
    [".5", 50],
    ["0.07", 7],
    ["1.005", 101],
    ["211366.97", 21136697],
    ["0.29", 29], // 0.29 * 100 is 28.999999999999996 in floating point
    ["1.15", 115], // 1.15 * 100 is 114.99999999999999
    ["", null]
  ])("%s → %s", (raw, cents) => expect(toCents(raw)).toBe(cents))

  it.each(["12.3.4", "abc", "$5", "1,000.00", ".", "-", "1e3"])("%s is not an amount", (raw) =>
    expect(toCents(raw)).toBeUndefined()
  )
})

describe("era dates", () => {
  it("reads CCYYMMDD, and a date that is not on the calendar or a 'no date' sentinel is null", () => {
    expect(x12Date("20261106")).toBe("2026-11-06")
    expect(x12Date("20240229")).toBe("2024-02-29")
    expect(x12Date("20250229")).toBeNull()
    expect(x12Date("20002316")).toBeNull() // sample 01's BPR16
    expect(x12Date("19000101")).toBeNull()
    expect(x12Date("99991231")).toBeNull()
    expect(x12Date("261106")).toBeNull()
    expect(x12Date(undefined)).toBeNull()
  })
})

describe("era tokenizer: separators from the file itself", () => {
  const ids = (text: string) => Array.from(segments(text), (s) => s.el[0])

  it("reads element, component, repetition and terminator from the ISA, through a BOM, leading blanks and CRLF", () => {
    const text = "\uFEFF \r\n" + envelope835([...HEADER]).replaceAll("~\n", "~\r\n")
    const all = Array.from(segments(text))
    expect(all[0].separators).toEqual({ element: "*", component: ":", repetition: "^", segment: "~" })
    expect(all.map((s) => s.el[0]).slice(0, 4)).toEqual(["ISA", "GS", "ST", "BPR"])
    expect(all.at(-1)!.el).toEqual(["IEA", "1", "000000001"])
  })

  it("takes other separators: | elements, > components, newline as the terminator", () => {
    const text = envelope835([
      ...HEADER,
      "CLP*A1*1*100*100**12*P1",
      "NM1*QC*1*DOE*JO****MI*M1",
      "SVC*HC:90837:95*100*100"
    ])
      .replaceAll("*", "|")
      .replaceAll(":", ">")
      .replaceAll("~\n", "\n")
    const capture = parseEra(text, "t").capture
    expect(capture.claims[0].lines[0]).toMatchObject({ procedureCode: "90837", modifiers: ["95"] })
    expect(capture.claims[0].patient.name).toBe("DOE, JO")
  })

  it("takes a newline written before each terminator (the ~ at the start of the next line)", () => {
    const text = envelope835([...HEADER]).replaceAll("~\n", "\n~")
    expect(ids(text).slice(0, 3)).toEqual(["ISA", "GS", "ST"])
    expect(parseRemittance(text).transactions).toHaveLength(1)
  })

  it("takes an ISA whose fields were not padded to their fixed widths", () => {
    const text = envelope835([...HEADER]).replace(
      /^ISA[^~]*~/,
      "ISA*00**00**ZZ*SENDER*ZZ*RECEIVER*261105*0930*^*00501*1*0*T*:~"
    )
    expect(parseRemittance(text).transactions[0].payment.traceNumber).toBe("EFT555")
  })

  it("takes a file with no final terminator and a Ctrl-Z at the end", () => {
    expect(ids(envelope835([...HEADER]).replace(/~\n$/, "")).at(-1)).toBe("IEA")
    expect(ids(envelope835([...HEADER]) + "\u001a").at(-1)).toBe("IEA")
  })

  it("reads two interchanges with different separators in one file", () => {
    const a = envelope835([...HEADER, "CLP*A1*1*100*100**12*P1", "SVC*HC:90834*100*100"])
    const b = envelope835([...HEADER, "CLP*B1*4*200*0**12*P2", "SVC*HC:90837*200*0", "CAS*CO*197*200"])
      .replaceAll("*", "|")
      .replaceAll(":", "^")
      .replace("|^|00501|", "|{|00501|")
    const { capture, remittance } = parseEra(a + b, "t")
    expect(remittance.transactions).toHaveLength(2)
    expect(capture.claims.map((c) => [c.claimNumber, c.status, c.lines[0].procedureCode])).toEqual([
      ["P1", "paid", "90834"],
      ["P2", "denied", "90837"]
    ])
  })
})

describe("era mapping (the contract's era section)", () => {
  it("maps a behavioral-health claim field by field", () => {
    const c = claim0([
      "CLP*PCN77*1*180.00*95.00*25.00*12*PAYER-CCN-1*11*1",
      "NM1*QC*1*RIVERA*ALEX*M***MI*W123456789",
      "NM1*IL*1*RIVERA*JORDAN****MI*W999",
      "DTM*050*20261020",
      "AMT*AU*120",
      "SVC*HC:90837:95:HO*180*95**1",
      "DTM*472*20261015",
      "CAS*CO*45*60",
      "CAS*PR*3*25",
      "LQ*HE*N130"
    ])
    expect(c).toEqual({
      claimNumber: "PAYER-CCN-1",
      payer: "HARBOR BEHAVIORAL HEALTH",
      patient: { name: "RIVERA, ALEX", memberId: "W123456789", dateOfBirth: null },
      serviceFrom: "2026-10-15",
      serviceTo: "2026-10-15",
      status: "paid",
      statusText: "Processed as primary",
      billedCents: 18000,
      allowedCents: 12000,
      paidCents: 9500,
      patientResponsibilityCents: 2500,
      receivedDate: "2026-10-20",
      processedDate: "2026-11-04",
      paymentDate: "2026-11-06",
      checkNumber: "EFT555",
      adjustments: [],
      remarkCodes: [],
      diagnosisCodes: [],
      lines: [
        {
          procedureCode: "90837",
          modifiers: ["95", "HO"],
          units: 1,
          serviceDate: "2026-10-15",
          billedCents: 18000,
          paidCents: 9500,
          adjustments: [
            { group: "CO", reason: "45", amountCents: 6000 },
            { group: "PR", reason: "3", amountCents: 2500 }
          ],
          remarkCodes: ["N130"]
        }
      ]
    })
  })

  it("claim number CLP07 else CLP01; member ID from NM1*QC else NM1*IL; name without a first name", () => {
    const c = claim0([
      "CLP*PCN77*1*100*100**12",
      "NM1*QC*1*DOE",
      "NM1*IL*1*DOE*SAM****MI*IL-ONLY",
      "SVC*HC:90834*100*100"
    ])
    expect(c.claimNumber).toBe("PCN77")
    expect(c.patient).toEqual({ name: "DOE", memberId: "IL-ONLY", dateOfBirth: null })
  })

  it("reads all six triples of one CAS, with empty quantities", () => {
    const c = claim0([
      "CLP*A*1*600*0*600*12*P",
      "CAS*PR*1*100**2*100**3*100*1*66*100**142*100**187*100",
      "SVC*HC:90834*600*0"
    ])
    expect(c.adjustments.map((a) => `${a.group}-${a.reason}:${a.amountCents}`)).toEqual([
      "PR-1:10000",
      "PR-2:10000",
      "PR-3:10000",
      "PR-66:10000",
      "PR-142:10000",
      "PR-187:10000"
    ])
    expect(c.status).toBe("paid") // all cost share: the patient owes, not a denial
  })

  it("a deductible-only claim (paid $0, CO-45 + PR-1) is paid with the patient's share", () => {
    const c = claim0([
      "CLP*A*1*250*0*160*12*P",
      "SVC*HC:90791*250*0",
      "DTM*472*20261001",
      "CAS*CO*45*90",
      "CAS*PR*1*160"
    ])
    expect(c).toMatchObject({ status: "paid", paidCents: 0, patientResponsibilityCents: 16000 })
  })

  it("status: CLP02 22 reversed, 4 denied, PR-204 denied, CO-197 with a payment partially paid, $0.00 denies nothing", () => {
    expect(
      claim0(["CLP*A*22*-180*-95*-25*12*P", "SVC*HC:90837*-180*-95**-1", "CAS*CO*45*-60", "CAS*PR*3*-25"])
    ).toMatchObject({
      status: "reversed",
      statusText: "Reversal of previous payment",
      paidCents: -9500,
      patientResponsibilityCents: -2500
    })
    expect(claim0(["CLP*A*4*100*0**12*P", "SVC*HC:90834*100*0", "CAS*CO*45*100"]).status).toBe("denied")
    expect(claim0(["CLP*A*1*180*0*180*12*P", "SVC*HC:90837*180*0", "CAS*PR*204*180"]).status).toBe("denied")
    expect(
      claim0(["CLP*A*1*205*100**12*P", "SVC*HC:90837*180*100", "CAS*CO*45*80", "SVC*HC:90785*25*0", "CAS*CO*197*25"])
        .status
    ).toBe("partially_paid")
    expect(claim0(["CLP*A*1*90*60**12*P", "SVC*HC:90832*90*60", "CAS*CO*45*30**97*0"]).status).toBe("paid")
  })

  it("service dates: a lone DTM*233 fills both ends; no claim dates → earliest and latest line dates (472, else 150)", () => {
    const lone = claim0(["CLP*A*1*100*100**12*P", "DTM*233*20261031", "SVC*HC:90834*100*100", "DTM*472*20261001"])
    expect([lone.serviceFrom, lone.serviceTo]).toEqual(["2026-10-31", "2026-10-31"])
    const lines = claim0([
      "CLP*A*1*300*300**12*P",
      "SVC*HC:90834*100*100",
      "DTM*150*20261015",
      "DTM*151*20261016",
      "SVC*HC:90834*100*100",
      "DTM*472*20261022",
      "SVC*HC:90834*100*100",
      "DTM*150*20261008",
      "DTM*151*20261008"
    ])
    expect([lines.serviceFrom, lines.serviceTo]).toEqual(["2026-10-08", "2026-10-22"])
    expect(lines.lines.map((l) => l.serviceDate)).toEqual(["2026-10-15", "2026-10-22", "2026-10-08"])
  })

  it("units: SVC05, 1 when empty; remark codes from MOA and claim-level LQ*HE", () => {
    const c = claim0([
      "CLP*A*1*300*300**MB*P",
      "MOA***MA01*N130",
      "LQ*HE*M127",
      "SVC*HC:90834*300*300**3",
      "SVC*HC:90785*0*0"
    ])
    expect(c.lines.map((l) => l.units)).toEqual([3, 1])
    expect(c.remarkCodes).toEqual(["MA01", "N130", "M127"])
  })

  it("processedDate falls back to BPR16 when the transaction has no DTM*405; paymentDate null when BPR16 is not a date", () => {
    const header = HEADER.filter((s) => !s.startsWith("DTM*405")).map((s) =>
      s.startsWith("BPR") ? s.replace(/20261106$/, "20261399") : s
    )
    expect(claim0(["CLP*A*1*100*100**12*P", "SVC*HC:90834*100*100"], header)).toMatchObject({
      processedDate: null,
      paymentDate: null
    })
    const header2 = HEADER.filter((s) => !s.startsWith("DTM*405"))
    expect(claim0(["CLP*A*1*100*100**12*P", "SVC*HC:90834*100*100"], header2)).toMatchObject({
      processedDate: "2026-11-06",
      paymentDate: "2026-11-06"
    })
  })

  it("each transaction's claims carry their own payer, check and dates; PLB items become one warning each", () => {
    const tx = (payer: string, trn: string, date: string, extra: string[] = []) => [
      `BPR*I*100*C*CHK************${date}`,
      `TRN*1*${trn}*1999`,
      `N1*PR*${payer}`,
      "LX*1",
      "CLP*A*1*100*100**12*P",
      "SVC*HC:90834*100*100",
      ...extra
    ]
    const a = envelope835(tx("PAYER ONE", "CHK1", "20261101"))
    const b = envelope835(tx("PAYER TWO", "CHK2", "20261102", ["PLB*1487654321*20261231*L6*-1.50*WO:CLAIM 88*20"]), {
      control: "0002"
    })
    const { capture } = parseEra(a + b, "t")
    expect(capture.claims.map((c) => [c.payer, c.checkNumber, c.paymentDate])).toEqual([
      ["PAYER ONE", "CHK1", "2026-11-01"],
      ["PAYER TWO", "CHK2", "2026-11-02"]
    ])
    expect(capture.warnings).toEqual([
      "Provider-level adjustment (PLB) on check/EFT CHK2, not a claim: L6 interest owed: $1.50 added to the payment",
      "Provider-level adjustment (PLB) on check/EFT CHK2, not a claim: WO overpayment recovery, reference CLAIM 88: $20.00 taken from the payment"
    ])
  })

  it("a forwarded claim (CLP02 19) keeps the crossover carrier and MOA in the remittance", () => {
    const { capture, remittance } = one([
      "CLP*A*19*180*88*22*12*P",
      "NM1*QC*1*DOE*JO****MI*M1",
      "NM1*TT*2*STATE MEDICAID*****PI*77001",
      "MOA***MA18",
      "SVC*HC:90837*180*88",
      "CAS*CO*45*70",
      "CAS*PR*2*22"
    ])
    const c = remittance.transactions[0].claims[0]
    expect(c.isForwarded).toBe(true)
    expect(c.crossoverCarrier).toMatchObject({ last: "STATE MEDICAID", idQualifier: "PI", id: "77001" })
    expect(capture.claims[0]).toMatchObject({
      status: "paid",
      statusText: "Processed as primary, forwarded to additional payer(s)",
      remarkCodes: ["MA18"]
    })
  })

  it("a CLP02 code outside the 5010 list is named by its code, not guessed", () => {
    expect(claim0(["CLP*A*5*100*0**12*P", "SVC*HC:90834*100*0", "CAS*CO*45*100"]).statusText).toBe(
      "Claim status code 5"
    )
  })
})

describe("era reversals and corrections", () => {
  const c = (pcn: string, status: string, ccn: string | null, f8?: string): RemittanceClaim =>
    ({
      patientControlNumber: pcn,
      statusCode: status,
      payerClaimControlNumber: ccn,
      references: f8 ? { F8: f8 } : {},
      isReversal: status === "22"
    }) as RemittanceClaim

  it("pairs a reversal with the claim carrying its payer claim number (CLP07 or REF*F8), else its CLP01", () => {
    expect(pairReversals([c("P1", "22", "X1"), c("P9", "1", "X9"), c("P1b", "1", "X1")])).toEqual([
      { reversal: 0, correction: 2 }
    ])
    expect(pairReversals([c("P1", "22", "X1"), c("P1", "1", "X2", "X1")])).toEqual([{ reversal: 0, correction: 1 }])
    expect(pairReversals([c("P1", "1", "N5"), c("P1", "22", "X1")])).toEqual([{ reversal: 1, correction: 0 }])
    expect(pairReversals([c("P1", "22", "X1"), c("P2", "1", "X2")])).toEqual([{ reversal: 0, correction: null }])
    // two reversals of one patient account: each takes its own correction
    expect(pairReversals([c("P1", "22", "X1"), c("P1", "22", "X2"), c("P1", "1", "X2"), c("P1", "1", "X1")])).toEqual([
      { reversal: 0, correction: 3 },
      { reversal: 1, correction: 2 }
    ])
  })
})

describe("era balance: BPR02 = Σ CLP04 − Σ PLB", () => {
  const tx = (bpr: string, claims: number[], plb: number[]) => ({
    payment: { ...parseRemittance(envelope835([bpr, "TRN*1*T1*1", "N1*PR*P"])).transactions[0].payment },
    claims: claims.map((paidCents) => ({ paidCents }) as RemittanceClaim),
    providerAdjustments: plb.map((amountCents) => ({
      amountCents,
      providerId: "",
      fiscalPeriodDate: null,
      reasonCode: "WO",
      reasonMeaning: null,
      reference: null
    }))
  })

  it("is balanced when the check equals the claims paid less recoupments plus interest", () => {
    expect(balance(tx("BPR*I*157.50*C*ACH", [10000, 9500, -2500], [1500, -250]))).toMatchObject({
      expectedCents: 15750,
      differenceCents: 0,
      balanced: true
    })
  })

  it("says by how much it is off", () => {
    expect(balance(tx("BPR*I*100*C*CHK", [9000], []))).toMatchObject({
      paymentCents: 10000,
      expectedCents: 9000,
      differenceCents: 1000,
      balanced: false
    })
  })

  it("a debit (BPR03 D) is a negative payment", () => {
    expect(balance(tx("BPR*D*25*D*ACH", [-9500], [-7000]))).toMatchObject({
      paymentCents: -2500,
      expectedCents: -2500,
      balanced: true
    })
  })
})

describe("era errors name the place, never the patient", () => {
  it("a bad amount names the element, transaction and segment", () => {
    expect(() => one(["CLP*A*1*100*1O0**12*P", "NM1*QC*1*SECRET*NAME****MI*M1"])).toThrow(
      new EraError("CLP04 (transaction 0001, segment 10) is not an amount")
    )
  })

  it("an adjustment group that is not one names CAS01", () => {
    expect(() => one(["CLP*A*1*100*0**12*P", "CAS*XX*45*100"])).toThrow(
      /CAS01 \(transaction 0001, segment 11\): "XX" is not an adjustment group/
    )
  })
})
