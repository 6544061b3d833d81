// Synthetic X12 5010 835 remittances for what the public samples lack: behavioral-health codes (90837, 90834, 90791
// with modifiers 95/HO), deductible-only $0 claims, copays, PR-204 and CO-197 denials, reversals with their
// corrections, claims forwarded to another payer, several transactions and interchanges per file, PLB recoupment
// and interest, and a large file for the speed test. Deterministic (seeded).
//
// Each file comes with its expected capture, built from this generator's own model of the claims (what it meant to
// write), never by running the parser.
//
//   npx tsx tests/tools/era-synth.ts            writes tests/fixtures/era/synthetic/*.835 and *.json
//   npx tsx tests/tools/era-synth.ts --big DIR  writes DIR/era-5000-claims.835 (about 5 MB) and its .json
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import type { Adjustment, Capture, Claim, ClaimLine, ClaimStatus } from "../../src/model/capture"

// ---------- the model ----------

type Group = Adjustment["group"]
export type SynthAdjustment = [Group, string, number]

export type SynthLine = {
  code: string
  modifiers: string[]
  units: number
  /** ISO date */
  date: string
  /** "472" (a single date) or "150" (a period: 150 start and 151 end) */
  dateQualifier: "472" | "150"
  billed: number
  paid: number
  adjustments: SynthAdjustment[]
  remarks: string[]
  allowed: number | null
}

export type SynthClaim = {
  pcn: string
  clp02: string
  payerClaimNumber: string | null
  filing: string
  patient: { last: string; first: string; memberId: string | null }
  /** NM1*IL member ID, written when set */
  insuredId: string | null
  billed: number
  paid: number
  patientResp: number | null
  allowed: number | null
  statementFrom: string | null
  statementTo: string | null
  received: string | null
  adjustments: SynthAdjustment[]
  moaRemarks: string[]
  lines: SynthLine[]
  forwardedTo: string | null
  /** REF*F8: the payer claim number this claim corrects */
  corrects: string | null
  expected: { status: ClaimStatus; statusText: string }
}

export type SynthPlb = { code: string; reference: string | null; cents: number }

export type SynthTransaction = {
  control: string
  payer: string
  payerId: string
  payee: string
  payeeNpi: string
  trace: string
  method: "ACH" | "CHK" | "NON"
  paymentDate: string
  productionDate: string | null
  claims: SynthClaim[]
  plb: SynthPlb[]
}

export type SynthInterchange = {
  control: string
  element: string
  component: string
  repetition: string
  segment: string
  /** written after each terminator */
  after: string
  /** "fixed" writes 180.00, "trim" writes 180 and 9.2 */
  amounts: "fixed" | "trim"
  /** also write the segments a large payer adds that the capture does not use (REF*1L/CE, PER*CX, NM1*IL, REF*HPI) */
  verbose?: boolean
  transactions: SynthTransaction[]
}

// ---------- randomness ----------

export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]

const LAST = [
  "RIVERA",
  "NGUYEN",
  "OKAFOR",
  "KOWALSKI",
  "HASSAN",
  "LINDQVIST",
  "MORENO",
  "PATEL",
  "OBRIEN",
  "TANAKA",
  "BECKER",
  "DUBOIS"
]
const FIRST = [
  "ALEX",
  "JORDAN",
  "SAM",
  "TAYLOR",
  "MORGAN",
  "RILEY",
  "CASEY",
  "JAMIE",
  "AVERY",
  "QUINN",
  "DREW",
  "ROWAN"
]

const STATUS_TEXT: Record<string, string> = {
  "1": "Processed as primary",
  "2": "Processed as secondary",
  "4": "Denied",
  "19": "Processed as primary, forwarded to additional payer(s)",
  "22": "Reversal of previous payment"
}

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(iso + "T00:00:00Z") + days * 86400000).toISOString().slice(0, 10)

// ---------- behavioral-health claim scenarios ----------

type LineSpec = Omit<SynthLine, "dateQualifier" | "remarks" | "allowed" | "units" | "modifiers"> &
  Partial<Pick<SynthLine, "dateQualifier" | "remarks" | "allowed" | "units" | "modifiers">>

function line(spec: LineSpec): SynthLine {
  return { modifiers: [], units: 1, dateQualifier: "472", remarks: [], allowed: null, ...spec }
}

type ClaimSpec = Partial<SynthClaim> & Pick<SynthClaim, "pcn" | "patient" | "lines" | "expected">

function claim(spec: ClaimSpec): SynthClaim {
  const billed = spec.lines.reduce((s, l) => s + l.billed, 0)
  const paid = spec.lines.reduce((s, l) => s + l.paid, 0) - (spec.adjustments ?? []).reduce((s, a) => s + a[2], 0)
  const pr = [...(spec.adjustments ?? []), ...spec.lines.flatMap((l) => l.adjustments)]
    .filter((a) => a[0] === "PR")
    .reduce((s, a) => s + a[2], 0)
  return {
    clp02: "1",
    payerClaimNumber: null,
    filing: "CI",
    insuredId: null,
    billed,
    paid,
    patientResp: pr === 0 ? null : pr,
    allowed: null,
    statementFrom: null,
    statementTo: null,
    received: null,
    adjustments: [],
    moaRemarks: [],
    forwardedTo: null,
    corrects: null,
    ...spec
  }
}

type Who = { last: string; first: string; memberId: string | null }

/** A person and a claim number, deterministic per index. */
function who(r: () => number, i: number): Who {
  return {
    last: pick(r, LAST),
    first: pick(r, FIRST),
    memberId: `W${String(100000000 + Math.floor(r() * 899999999))}${i % 10}`
  }
}

/** The scenario catalogue: each returns one claim for a date of service. */
export const SCENARIOS = {
  /** 90837 by telehealth (95): contractual write-down and a $25 copay */
  telehealthCopay(p: Who, pcn: string, dos: string, n: number): SynthClaim {
    return claim({
      pcn,
      patient: p,
      payerClaimNumber: `26${n}0837`,
      allowed: 12000,
      received: addDays(dos, 3),
      lines: [
        line({
          code: "90837",
          modifiers: ["95"],
          date: dos,
          billed: 18000,
          paid: 9500,
          allowed: 12000,
          adjustments: [
            ["CO", "45", 6000],
            ["PR", "3", 2500]
          ]
        })
      ],
      expected: { status: "paid", statusText: STATUS_TEXT["1"] }
    })
  },
  /** 90834 with HO (master's-level clinician): coinsurance */
  coinsuranceHO(p: Who, pcn: string, dos: string, n: number): SynthClaim {
    return claim({
      pcn,
      patient: p,
      payerClaimNumber: `26${n}0834`,
      lines: [
        line({
          code: "90834",
          modifiers: ["HO"],
          date: dos,
          billed: 15000,
          paid: 8000,
          adjustments: [
            ["CO", "45", 5000],
            ["PR", "2", 2000]
          ]
        })
      ],
      expected: { status: "paid", statusText: STATUS_TEXT["1"] }
    })
  },
  /** 90791 intake, all of the allowed amount to the deductible: paid $0, the patient owes (not a denial) */
  deductibleOnly(p: Who, pcn: string, dos: string, n: number): SynthClaim {
    return claim({
      pcn,
      patient: p,
      payerClaimNumber: `26${n}0791`,
      allowed: 16000,
      lines: [
        line({
          code: "90791",
          date: dos,
          billed: 25000,
          paid: 0,
          adjustments: [
            ["CO", "45", 9000],
            ["PR", "1", 16000]
          ]
        })
      ],
      expected: { status: "paid", statusText: STATUS_TEXT["1"] }
    })
  },
  /** 90837 denied PR-204 (not covered under the patient's plan, patient liable) with N130 */
  pr204(p: Who, pcn: string, dos: string, n: number): SynthClaim {
    return claim({
      pcn,
      patient: p,
      payerClaimNumber: `26${n}0204`,
      lines: [
        line({
          code: "90837",
          date: dos,
          billed: 18000,
          paid: 0,
          adjustments: [["PR", "204", 18000]],
          remarks: ["N130"]
        })
      ],
      expected: { status: "denied", statusText: STATUS_TEXT["1"] }
    })
  },
  /** 90834 denied CO-197 (no authorization) with M62, claim-level CAS */
  co197(p: Who, pcn: string, dos: string, n: number): SynthClaim {
    return claim({
      pcn,
      patient: p,
      payerClaimNumber: `26${n}0197`,
      moaRemarks: ["M62"],
      adjustments: [["CO", "197", 15000]],
      lines: [line({ code: "90834", modifiers: ["95"], date: dos, billed: 15000, paid: 15000, adjustments: [] })],
      expected: { status: "denied", statusText: STATUS_TEXT["1"] }
    })
  },
  /** 90837 paid, the 90785 add-on denied CO-197: partially paid */
  partialAddOn(p: Who, pcn: string, dos: string, n: number): SynthClaim {
    return claim({
      pcn,
      patient: p,
      payerClaimNumber: `26${n}0785`,
      lines: [
        line({
          code: "90837",
          date: dos,
          billed: 18000,
          paid: 10000,
          adjustments: [
            ["CO", "45", 5500],
            ["PR", "3", 2500]
          ]
        }),
        line({ code: "90785", date: dos, billed: 2500, paid: 0, adjustments: [["CO", "197", 2500]], remarks: ["N54"] })
      ],
      expected: { status: "partially_paid", statusText: STATUS_TEXT["1"] }
    })
  },
  /** a month of weekly sessions (90834, the last one a 90837 by telehealth), lines dated by DTM*150/151, no statement
   * dates on the claim */
  monthlyWeekly(p: Who, pcn: string, dos: string, n: number): SynthClaim {
    const lines = [0, 7, 14, 21].map((d) =>
      d < 21
        ? line({
            code: "90834",
            date: addDays(dos, d),
            dateQualifier: "150",
            billed: 15000,
            paid: 9200,
            adjustments: [
              ["CO", "45", 3800],
              ["PR", "2", 2000]
            ]
          })
        : line({
            code: "90837",
            modifiers: ["95"],
            date: addDays(dos, d),
            dateQualifier: "150",
            billed: 18000,
            paid: 10300,
            adjustments: [
              ["CO", "45", 5700],
              ["PR", "2", 2000]
            ]
          })
    )
    return claim({
      pcn,
      patient: p,
      payerClaimNumber: `26${n}4WKS`,
      lines,
      expected: { status: "paid", statusText: STATUS_TEXT["1"] }
    })
  },
  /** Medicare-style: sequestration CO-253, coinsurance, MOA remark MA01, statement dates on the claim */
  medicareSequestration(p: Who, pcn: string, dos: string, n: number): SynthClaim {
    return claim({
      pcn,
      patient: p,
      payerClaimNumber: `26${n}MCR`,
      filing: "MB",
      moaRemarks: ["MA01"],
      statementFrom: dos,
      statementTo: dos,
      lines: [
        line({
          code: "90832",
          date: dos,
          billed: 9000,
          paid: 5425,
          adjustments: [
            ["CO", "45", 1928],
            ["CO", "253", 111],
            ["PR", "2", 1536]
          ]
        })
      ],
      expected: { status: "paid", statusText: STATUS_TEXT["1"] }
    })
  },
  /** denied as a whole (CLP02 4), timely filing CO-29 */
  timelyFiling(p: Who, pcn: string, dos: string, n: number): SynthClaim {
    return claim({
      pcn,
      patient: p,
      payerClaimNumber: `26${n}TF`,
      clp02: "4",
      lines: [line({ code: "90847", date: dos, billed: 16000, paid: 0, adjustments: [["CO", "29", 16000]] })],
      expected: { status: "denied", statusText: STATUS_TEXT["4"] }
    })
  },
  /** secondary payer: prior payer's adjudication (OA-23) and the rest paid, one CAS with two triples */
  secondary(p: Who, pcn: string, dos: string, n: number): SynthClaim {
    return claim({
      pcn,
      patient: p,
      payerClaimNumber: `26${n}SEC`,
      clp02: "2",
      lines: [
        line({
          code: "90834",
          date: dos,
          billed: 15000,
          paid: 1800,
          adjustments: [
            ["OA", "23", 11200],
            ["PR", "1", 1000],
            ["PR", "2", 1000]
          ]
        })
      ],
      expected: { status: "paid", statusText: STATUS_TEXT["2"] }
    })
  },
  /** processed as primary and forwarded to Medicaid (CLP02 19, NM1*TT, MOA MA18) */
  forwarded(p: Who, pcn: string, dos: string, n: number): SynthClaim {
    return claim({
      pcn,
      patient: p,
      payerClaimNumber: `26${n}FWD`,
      clp02: "19",
      forwardedTo: "STATE MEDICAID PLAN",
      moaRemarks: ["MA18"],
      lines: [
        line({
          code: "90837",
          modifiers: ["95", "HO"],
          date: dos,
          billed: 18000,
          paid: 8800,
          adjustments: [
            ["CO", "45", 7000],
            ["PR", "2", 2200]
          ]
        })
      ],
      expected: { status: "paid", statusText: STATUS_TEXT["19"] }
    })
  },
  /** the member ID only on the insured (NM1*IL), a lone DTM*233, and a $0.00 adjustment that denies nothing */
  insuredIdOnly(p: Who, pcn: string, dos: string, n: number): SynthClaim {
    return claim({
      pcn,
      patient: { ...p, memberId: null },
      insuredId: p.memberId,
      payerClaimNumber: `26${n}IL`,
      statementTo: dos,
      lines: [
        line({
          code: "90832",
          modifiers: ["95"],
          date: dos,
          billed: 9000,
          paid: 6000,
          adjustments: [
            ["CO", "45", 3000],
            ["CO", "97", 0]
          ]
        })
      ],
      expected: { status: "paid", statusText: STATUS_TEXT["1"] }
    })
  }
} satisfies Record<string, (p: Who, pcn: string, dos: string, n: number) => SynthClaim>

type ScenarioName = keyof typeof SCENARIOS

/** The reversal of a claim (CLP02 22): every amount negated, the original groups and reasons kept (X12 RFI 2442). */
export function reversalOf(original: SynthClaim): SynthClaim {
  const neg = (a: SynthAdjustment): SynthAdjustment => [a[0], a[1], -a[2]]
  return {
    ...original,
    clp02: "22",
    billed: -original.billed,
    paid: -original.paid,
    patientResp: original.patientResp === null ? null : -original.patientResp,
    allowed: original.allowed === null ? null : -original.allowed,
    adjustments: original.adjustments.map(neg),
    lines: original.lines.map((l) => ({
      ...l,
      billed: -l.billed,
      paid: -l.paid,
      units: -l.units,
      allowed: l.allowed === null ? null : -l.allowed,
      adjustments: l.adjustments.map(neg)
    })),
    expected: { status: "reversed", statusText: STATUS_TEXT["22"] }
  }
}

/** The corrected claim: a new payer claim number, REF*F8 pointing at the one it replaces, a higher allowed amount. */
export function correctionOf(original: SynthClaim, newNumber: string): SynthClaim {
  const l = original.lines[0]
  return claim({
    pcn: original.pcn,
    patient: original.patient,
    payerClaimNumber: newNumber,
    corrects: original.payerClaimNumber,
    lines: [
      line({
        ...l,
        paid: l.paid + 1000,
        allowed: l.allowed === null ? null : l.allowed + 1000,
        adjustments: l.adjustments.map((a) => (a[0] === "CO" ? [a[0], a[1], a[2] - 1000] : a) as SynthAdjustment)
      })
    ],
    expected: { status: "paid", statusText: STATUS_TEXT["1"] }
  })
}

// ---------- writing the 835 ----------

function money(cents: number, style: SynthInterchange["amounts"]): string {
  const sign = cents < 0 ? "-" : ""
  const abs = Math.abs(cents)
  const fixed = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`
  if (style === "fixed") return sign + fixed
  return sign + fixed.replace(/\.00$/, "").replace(/(\.\d)0$/, "$1")
}
const d8 = (iso: string) => iso.replaceAll("-", "")

export function claimsPaid(tx: SynthTransaction) {
  return tx.claims.reduce((s, c) => s + c.paid, 0)
}
export function paymentCents(tx: SynthTransaction) {
  return claimsPaid(tx) - tx.plb.reduce((s, p) => s + p.cents, 0)
}

function transactionSegments(tx: SynthTransaction, ic: SynthInterchange): string[][] {
  const $ = (c: number) => money(c, ic.amounts)
  const C = ic.component
  const pay = paymentCents(tx)
  const segs: string[][] = []
  const handling = pay === 0 ? "H" : "I"
  const method = pay === 0 ? "NON" : tx.method
  segs.push(
    method === "ACH"
      ? [
          "BPR",
          handling,
          $(Math.abs(pay)),
          pay < 0 ? "D" : "C",
          "ACH",
          "CCP",
          "01",
          "021000021",
          "DA",
          "1234567890",
          "1512345678",
          "",
          "01",
          "011000015",
          "DA",
          "9876543",
          d8(tx.paymentDate)
        ]
      : [
          "BPR",
          handling,
          $(Math.abs(pay)),
          pay < 0 ? "D" : "C",
          method,
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          d8(tx.paymentDate)
        ]
  )
  segs.push(["TRN", "1", tx.trace, `1${tx.payerId}`])
  if (tx.productionDate) segs.push(["DTM", "405", d8(tx.productionDate)])
  segs.push(
    ["N1", "PR", tx.payer],
    ["N3", "PO BOX 1000"],
    ["N4", "HARTFORD", "CT", "06101"],
    ["REF", "2U", tx.payerId],
    ["PER", "BL", "EDI SUPPORT", "TE", "8005550100"]
  )
  segs.push(["N1", "PE", tx.payee, "XX", tx.payeeNpi], ["REF", "TJ", "261234567"])
  segs.push(["LX", "1"])
  for (const c of tx.claims) {
    segs.push([
      "CLP",
      c.pcn,
      c.clp02,
      $(c.billed),
      $(c.paid),
      c.patientResp === null ? "" : $(c.patientResp),
      c.filing,
      c.payerClaimNumber ?? "",
      "11",
      "1"
    ])
    for (const cas of casSegments(c.adjustments, $)) segs.push(cas)
    segs.push(
      [
        "NM1",
        "QC",
        "1",
        c.patient.last,
        c.patient.first,
        "",
        "",
        "",
        c.patient.memberId ? "MI" : "",
        c.patient.memberId ?? ""
      ].slice(0, c.patient.memberId ? 10 : 5)
    )
    if (c.insuredId) segs.push(["NM1", "IL", "1", c.patient.last, c.patient.first, "", "", "", "MI", c.insuredId])
    if (c.forwardedTo) segs.push(["NM1", "TT", "2", c.forwardedTo, "", "", "", "", "PI", "77001"])
    if (ic.verbose && !c.insuredId && c.patient.memberId)
      segs.push(["NM1", "IL", "1", c.patient.last, c.patient.first, "", "", "", "MI", c.patient.memberId])
    segs.push(["NM1", "82", "1", "THERAPIST", "PAT", "", "", "", "XX", "1922334455"])
    if (ic.verbose)
      segs.push(
        ["REF", "1L", `GRP${c.pcn.slice(-5)}`],
        ["REF", "CE", "PPO BEHAVIORAL HEALTH OPEN ACCESS"],
        ["REF", "EA", `MRN${c.pcn.slice(-6)}`]
      )
    if (c.moaRemarks.length) segs.push(["MOA", "", "", ...c.moaRemarks])
    if (c.corrects) segs.push(["REF", "F8", c.corrects])
    if (c.statementFrom) segs.push(["DTM", "232", d8(c.statementFrom)])
    if (c.statementTo) segs.push(["DTM", "233", d8(c.statementTo)])
    if (c.received) segs.push(["DTM", "050", d8(c.received)])
    if (ic.verbose)
      segs.push(["PER", "CX", "CLAIMS CUSTOMER SERVICE", "TE", "8005550199", "EM", "PROVIDERSERVICES@PAYER.EXAMPLE"])
    if (c.allowed !== null) segs.push(["AMT", "AU", $(c.allowed)])
    c.lines.forEach((l, i) => {
      segs.push([
        "SVC",
        ["HC", l.code, ...l.modifiers].join(C),
        $(l.billed),
        $(l.paid),
        "",
        l.units === 1 ? "" : String(l.units)
      ])
      if (l.dateQualifier === "472") segs.push(["DTM", "472", d8(l.date)])
      else segs.push(["DTM", "150", d8(l.date)], ["DTM", "151", d8(l.date)])
      for (const cas of casSegments(l.adjustments, $)) segs.push(cas)
      segs.push(["REF", "6R", ic.verbose ? `${c.pcn}${d8(l.date)}${l.code}L${i + 1}` : `${c.pcn}L${i + 1}`])
      if (ic.verbose) segs.push(["REF", "LU", "11"], ["REF", "HPI", "1922334455"])
      const allowed =
        l.allowed ??
        (ic.verbose ? l.billed - l.adjustments.filter((a) => a[0] !== "PR").reduce((t, a) => t + a[2], 0) : null)
      if (allowed !== null) segs.push(["AMT", "B6", $(allowed)])
      for (const r of l.remarks) segs.push(["LQ", "HE", r])
    })
  }
  if (tx.plb.length) {
    const items = tx.plb.flatMap((p) => [p.reference ? `${p.code}${C}${p.reference}` : p.code, $(p.cents)])
    for (let k = 0; k < items.length; k += 12) segs.push(["PLB", tx.payeeNpi, "20261231", ...items.slice(k, k + 12)])
  }
  return segs
}

/** One CAS per group, at most six triples each (quantities left empty, as most payers do). */
function casSegments(adjustments: SynthAdjustment[], $: (c: number) => string): string[][] {
  const byGroup = new Map<Group, SynthAdjustment[]>()
  for (const a of adjustments) byGroup.set(a[0], [...(byGroup.get(a[0]) ?? []), a])
  const out: string[][] = []
  for (const [group, list] of byGroup)
    for (let k = 0; k < list.length; k += 6)
      out.push(["CAS", group, ...list.slice(k, k + 6).flatMap((a) => [a[1], $(a[2]), ""])])
  return out
}

/** X12 drops empty trailing elements: no segment ends with an element separator. */
function trimTrailing(el: string[]): string[] {
  let n = el.length
  while (n > 1 && el[n - 1] === "") n--
  return el.slice(0, n)
}

function isa(ic: SynthInterchange): string {
  const E = ic.element
  const pad = (s: string, n: number) => s.padEnd(n, " ")
  return [
    "ISA",
    "00",
    pad("", 10),
    "00",
    pad("", 10),
    "ZZ",
    pad("PAYERSYNTH", 15),
    "ZZ",
    pad("PRACTICE01", 15),
    "261105",
    "0930",
    ic.repetition,
    "00501",
    ic.control,
    "0",
    "T",
    ic.component
  ].join(E)
}

export function write835(interchanges: SynthInterchange[]): string {
  let out = ""
  for (const ic of interchanges) {
    const E = ic.element
    const seg = (el: string[]) => trimTrailing(el).join(E) + ic.segment + ic.after
    out += isa(ic) + ic.segment + ic.after
    out += seg([
      "GS",
      "HP",
      "PAYERSYNTH",
      "PRACTICE01",
      "20261105",
      "0930",
      ic.control.replace(/^0+/, ""),
      "X",
      "005010X221A1"
    ])
    for (const tx of ic.transactions) {
      const body = transactionSegments(tx, ic)
      out += seg(["ST", "835", tx.control, "005010X221A1"])
      for (const el of body) out += seg(el)
      out += seg(["SE", String(body.length + 2), tx.control])
    }
    out += seg(["GE", String(ic.transactions.length), ic.control.replace(/^0+/, "")])
    out += seg(["IEA", "1", ic.control])
  }
  return out
}

// ---------- the expected capture, from the model ----------

const adj = (a: SynthAdjustment): Adjustment => ({ group: a[0], reason: a[1], amountCents: a[2] })

function expectedClaim(c: SynthClaim, tx: SynthTransaction): Claim {
  const lines: ClaimLine[] = c.lines.map((l) => ({
    procedureCode: l.code,
    modifiers: l.modifiers,
    units: l.units,
    serviceDate: l.date,
    billedCents: l.billed,
    paidCents: l.paid,
    adjustments: l.adjustments.map(adj),
    remarkCodes: l.remarks
  }))
  const lineDates = c.lines.map((l) => l.date).sort()
  const statement = c.statementFrom ?? c.statementTo
  return {
    claimNumber: c.payerClaimNumber ?? c.pcn,
    payer: tx.payer,
    patient: {
      name: `${c.patient.last}, ${c.patient.first}`,
      memberId: c.patient.memberId ?? c.insuredId,
      dateOfBirth: null
    },
    serviceFrom: statement ? (c.statementFrom ?? c.statementTo) : lineDates[0],
    serviceTo: statement ? (c.statementTo ?? c.statementFrom) : lineDates[lineDates.length - 1],
    status: c.expected.status,
    statusText: c.expected.statusText,
    billedCents: c.billed,
    allowedCents: c.allowed,
    paidCents: c.paid,
    patientResponsibilityCents: c.patientResp,
    receivedDate: c.received,
    processedDate: tx.productionDate ?? tx.paymentDate,
    paymentDate: tx.paymentDate,
    checkNumber: tx.trace,
    adjustments: c.adjustments.map(adj),
    remarkCodes: c.moaRemarks,
    diagnosisCodes: [],
    lines
  }
}

const PLB_NAMES: Record<string, string> = {
  WO: "overpayment recovery",
  L6: "interest owed",
  FB: "forwarding balance",
  "72": "authorized return (refund received)"
}

function dollars(cents: number): string {
  const whole = Math.floor(cents / 100).toLocaleString("en-US")
  return `$${whole}.${String(cents % 100).padStart(2, "0")}`
}

function expectedWarning(p: SynthPlb, tx: SynthTransaction): string {
  const effect =
    p.cents < 0
      ? `${dollars(-p.cents)} added to the payment`
      : p.cents > 0
        ? `${dollars(p.cents)} taken from the payment`
        : "$0.00, no change to the payment"
  const ref = p.reference ? `, reference ${p.reference}` : ""
  return `Provider-level adjustment (PLB) on check/EFT ${tx.trace}, not a claim: ${p.code} ${PLB_NAMES[p.code]}${ref}: ${effect}`
}

export function expectedCapture(interchanges: SynthInterchange[], fileName: string): Capture {
  const txs = interchanges.flatMap((ic) => ic.transactions)
  return {
    version: 1,
    portal: "era",
    url: `file:${fileName}`,
    pageKind: "remittance",
    claims: txs.flatMap((tx) => tx.claims.map((c) => expectedClaim(c, tx))),
    authorizations: [],
    warnings: txs.flatMap((tx) => tx.plb.map((p) => expectedWarning(p, tx)))
  }
}

// ---------- the files ----------

const STAR: Omit<SynthInterchange, "control" | "transactions"> = {
  element: "*",
  component: ":",
  repetition: "^",
  segment: "~",
  after: "\r\n",
  amounts: "fixed"
}

function transaction(
  partial: Partial<SynthTransaction> & Pick<SynthTransaction, "claims" | "trace">
): SynthTransaction {
  return {
    control: "0001",
    payer: "HARBOR BEHAVIORAL HEALTH PLAN",
    payerId: "60054",
    payee: "CALM WATERS COUNSELING PLLC",
    payeeNpi: "1487654321",
    method: "ACH",
    paymentDate: "2026-11-06",
    productionDate: "2026-11-04",
    plb: [],
    ...partial
  }
}

/** Claims of the named scenarios, for seeded patients and dates. */
function scenarioClaims(r: () => number, names: ScenarioName[], first: number, dos0: string): SynthClaim[] {
  return names.map((name, k) => {
    const n = first + k
    return SCENARIOS[name](who(r, n), `PL${String(n).padStart(6, "0")}`, addDays(dos0, Math.floor(r() * 20)), n)
  })
}

export type SynthFile = { name: string; interchanges: SynthInterchange[] }

export function smallFiles(): SynthFile[] {
  const r = rng(20261105)
  const single: SynthFile = {
    name: "bh-single-transaction.835",
    interchanges: [
      {
        ...STAR,
        control: "000000101",
        transactions: [
          transaction({
            trace: "EFT2026110601",
            claims: scenarioClaims(
              r,
              [
                "telehealthCopay",
                "coinsuranceHO",
                "deductibleOnly",
                "pr204",
                "co197",
                "partialAddOn",
                "monthlyWeekly",
                "medicareSequestration",
                "timelyFiling",
                "secondary"
              ],
              1,
              "2026-09-01"
            ),
            plb: [{ code: "L6", reference: "PL000001", cents: -312 }]
          })
        ]
      }
    ]
  }

  const [orig, other, takeback, monthly] = scenarioClaims(
    r,
    ["telehealthCopay", "coinsuranceHO", "telehealthCopay", "monthlyWeekly"],
    20,
    "2026-08-03"
  )
  const reversals: SynthFile = {
    name: "bh-reversals-plb.835",
    interchanges: [
      {
        ...STAR,
        after: "\n",
        amounts: "trim",
        control: "000000102",
        transactions: [
          transaction({
            trace: "EFT2026111301",
            paymentDate: "2026-11-13",
            productionDate: null,
            payer: "NORTHEAST MENTAL HEALTH PARTNERS",
            // a reversal with its correction, a paid claim, a takeback (a reversal with no correction), a paid claim
            claims: [
              reversalOf(orig),
              correctionOf(orig, `${orig.payerClaimNumber}R1`),
              other,
              reversalOf(takeback),
              monthly
            ],
            plb: [
              { code: "WO", reference: "PL000777 20260715 2607770837", cents: 4000 },
              { code: "L6", reference: null, cents: -187 },
              { code: "72", reference: "REFUND 5512", cents: -2500 }
            ]
          })
        ]
      }
    ]
  }

  const multi: SynthFile = {
    name: "bh-multi-interchange.835",
    interchanges: [
      {
        ...STAR,
        component: ">",
        after: "",
        control: "000000201",
        transactions: [
          transaction({
            control: "1001",
            trace: "EFT2026112001",
            paymentDate: "2026-11-20",
            claims: scenarioClaims(r, ["forwarded", "insuredIdOnly", "deductibleOnly"], 40, "2026-10-05")
          }),
          transaction({
            control: "1002",
            trace: "CHK000445566",
            method: "CHK",
            paymentDate: "2026-11-21",
            productionDate: "2026-11-19",
            payer: "EVERGREEN EAP SERVICES",
            claims: scenarioClaims(r, ["telehealthCopay", "pr204"], 43, "2026-10-12")
          })
        ]
      },
      {
        element: "|",
        component: ":",
        repetition: "^",
        segment: "\n",
        after: "",
        amounts: "trim",
        control: "000000202",
        transactions: [
          transaction({
            control: "2001",
            trace: "NOPAY20261122",
            method: "NON",
            paymentDate: "2026-11-22",
            payer: "STATE MEDICAID PLAN",
            claims: scenarioClaims(r, ["co197", "timelyFiling"], 45, "2026-10-01")
          })
        ]
      }
    ]
  }
  return [single, reversals, multi]
}

const NAMES = Object.keys(SCENARIOS) as ScenarioName[]

/** `claims` claims in transactions of 250 (one check each), scenarios drawn at random. About 1 KB per claim. */
export function bigFile(claims: number, seed = 835): SynthFile {
  const r = rng(seed)
  const transactions: SynthTransaction[] = []
  for (let start = 0; start < claims; start += 250) {
    const count = Math.min(250, claims - start)
    // most of a practice's claims are a month of weekly sessions
    const names = Array.from({ length: count }, () => (r() < 0.85 ? "monthlyWeekly" : pick(r, NAMES)))
    const t = transactions.length
    transactions.push(
      transaction({
        control: String(t + 1).padStart(4, "0"),
        trace: `EFT${String(202611000000 + t)}`,
        payer: pick(r, ["HARBOR BEHAVIORAL HEALTH PLAN", "NORTHEAST MENTAL HEALTH PARTNERS", "EVERGREEN EAP SERVICES"]),
        claims: scenarioClaims(r, names, start + 1, "2026-07-01").map((c) => ({
          ...c,
          received: c.received ?? addDays(c.lines[0].date, 30)
        })),
        plb: t % 4 === 0 ? [{ code: "L6", reference: null, cents: -(100 + Math.floor(r() * 900)) }] : []
      })
    )
  }
  return {
    name: `era-${claims}-claims.835`,
    interchanges: [{ ...STAR, verbose: true, control: "000009999", transactions }]
  }
}

export function writeSynthFile(dir: string, file: SynthFile): { path: string; bytes: number } {
  mkdirSync(dir, { recursive: true })
  const text = write835(file.interchanges)
  const path = join(dir, file.name)
  writeFileSync(path, text)
  writeFileSync(
    path.replace(/\.835$/, ".json"),
    JSON.stringify(expectedCapture(file.interchanges, file.name), null, 2) + "\n"
  )
  return { path, bytes: Buffer.byteLength(text) }
}

export const SYNTHETIC_DIR = join(import.meta.dirname, "..", "fixtures", "era", "synthetic")

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const big = process.argv.indexOf("--big")
  if (big > 0) {
    const { path, bytes } = writeSynthFile(process.argv[big + 1] ?? ".", bigFile(5000))
    console.log(`${path}: ${(bytes / 1024 / 1024).toFixed(2)} MB`)
  } else for (const f of smallFiles()) console.log(writeSynthFile(SYNTHETIC_DIR, f).path)
}

/** A whole 835 around hand-written transaction segments (`*` elements, `:` components, `~` terminators), with the
 * counts right (SE01, GE01, IEA01) unless a test overrides them. For the unit tests' small cases. */
export function envelope835(
  body: string[],
  opts: { st01?: string; version?: string; gs01?: string; se01?: number; isaVersion?: string; control?: string } = {}
): string {
  const version = opts.version ?? "005010X221A1"
  const st01 = opts.st01 ?? "835"
  const control = opts.control ?? "0001"
  const isaLine = [
    "ISA",
    "00",
    " ".repeat(10),
    "00",
    " ".repeat(10),
    "ZZ",
    "SENDER".padEnd(15),
    "ZZ",
    "RECEIVER".padEnd(15),
    "261105",
    "0930",
    "^",
    opts.isaVersion ?? "00501",
    "000000001",
    "0",
    "T",
    ":"
  ].join("*")
  return (
    [
      isaLine,
      `GS*${opts.gs01 ?? "HP"}*SENDER*RECEIVER*20261105*0930*1*X*${version}`,
      `ST*${st01}*${control}*${version}`,
      ...body,
      `SE*${opts.se01 ?? body.length + 2}*${control}`,
      "GE*1*1",
      "IEA*1*000000001"
    ].join("~\n") + "~\n"
  )
}
