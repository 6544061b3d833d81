// What a column header or a label means, decided from its words. Each key is a meaning the reader knows;
// the words are the labels portals print for it. Adapters add their own words on top.

export type FieldKey =
  | "claimNumber"
  | "authNumber"
  | "payer"
  | "patientName"
  | "patientFirstName"
  | "patientLastName"
  | "memberId"
  | "dateOfBirth"
  | "serviceDates"
  | "serviceFrom"
  | "serviceTo"
  | "status"
  | "billed"
  | "allowed"
  | "paid"
  | "patientResp"
  | "receivedDate"
  | "processedDate"
  | "paymentDate"
  | "checkNumber"
  | "adjustmentCodes"
  | "remarkCodes"
  | "diagnosisCodes"
  | "procedure"
  | "modifiers"
  | "units"
  | "startDate"
  | "endDate"
  | "authPeriod"
  | "unitsApproved"
  | "unitsUsed"
  | "unitsRemaining"
  | "unitType"
  | "revenueCode"
  | "unitsRequested"
  | "subjectLine"
  | "ignore"

export type Vocabulary = Partial<Record<FieldKey, string[]>>

export const BASE_VOCABULARY: Vocabulary = {
  claimNumber: [
    "=claim",
    "claim #",
    "claim number",
    "claim no",
    "claim id",
    "clm #",
    "clm no",
    "payer claim control #",
    "payer claim control number",
    "claim control number",
    "claim control #",
    "icn",
    "dcn",
    "tcn",
    "internal control number",
    "document control number",
    "transaction control number",
    "claim reference number",
    "payer claim number",
    "payer claim #",
    "claim ref #"
  ],
  authNumber: [
    "auth #",
    "auth number",
    "authorization #",
    "authorization number",
    "authorization id",
    "auth id",
    "reference #",
    "reference number",
    "ref #",
    "cert #",
    "cert number",
    "certification number",
    "certification #",
    "case #",
    "case number",
    "prior auth #",
    "prior authorization number",
    "pa number",
    "pa #",
    "tracking number",
    "request id",
    "authorization reference number",
    "service authorization number",
    "prior approval number"
  ],
  payer: ["payer", "payer name", "health plan", "insurance", "insurer", "plan", "carrier", "payor"],
  patientName: [
    "patient",
    "patient name",
    "member",
    "member name",
    "subscriber name",
    "client",
    "client name",
    "recipient name",
    "patient/member",
    "name",
    "enrollee",
    "beneficiary"
  ],
  patientFirstName: ["patient first name", "member first name", "first name"],
  patientLastName: ["patient last name", "member last name", "last name"],
  memberId: [
    "member id",
    "member #",
    "member number",
    "subscriber id",
    "patient id",
    "member id number",
    "recipient id",
    "medicaid id",
    "cin",
    "insured id",
    "id number",
    "policy number",
    "patient account number",
    "subscriber #",
    "medicare id",
    "mbi",
    "=id",
    "member/subscriber id",
    "subscriber/member id",
    "mbr id"
  ],
  dateOfBirth: ["dob", "date of birth", "birth date", "patient dob", "member dob", "birthdate"],
  serviceDates: [
    "dos",
    "date of service",
    "dates of service",
    "date(s) of service",
    "service date",
    "service dates",
    "service period",
    "from/thru",
    "from - to",
    "from/to",
    "from thru",
    "service date(s)",
    "svc date",
    "claim service date",
    "date(s)",
    "dates"
  ],
  serviceFrom: ["from date", "service from", "dos from", "from dos", "begin date of service", "first date of service"],
  serviceTo: ["to date", "thru date", "through date", "service to", "dos to", "service thru", "last date of service"],
  status: [
    "status",
    "claim status",
    "auth status",
    "authorization status",
    "request status",
    "current status",
    "decision",
    "review status",
    "determination",
    "status category",
    "claim status category",
    "line status"
  ],
  billed: [
    "billed",
    "billed amount",
    "billed amt",
    "charges",
    "charge",
    "chg",
    "total charges",
    "total charge",
    "total billed",
    "charge amount",
    "total claim charge amount",
    "submitted amount",
    "submitted charges",
    "amount billed",
    "claim amount",
    "line charge",
    "charged",
    "total charged",
    "amount charged"
  ],
  allowed: [
    "allowed",
    "allowed amount",
    "allowed amt",
    "allowable",
    "approved amount",
    "eligible amount",
    "total allowed"
  ],
  paid: [
    "paid",
    "paid amount",
    "paid amt",
    "payment amount",
    "amount paid",
    "plan paid",
    "total paid",
    "claim payment amount",
    "net paid",
    "payer paid",
    "net payment",
    "paid to provider",
    "reimbursement"
  ],
  patientResp: [
    "patient resp",
    "patient responsibility",
    "member responsibility",
    "member resp",
    "patient owes",
    "member owes",
    "patient liability",
    "amount you can bill the patient",
    "pt resp",
    "patient portion",
    "patient responsibility amount"
  ],
  receivedDate: ["received", "received date", "date received", "receipt date", "claim received date", "recd date"],
  processedDate: [
    "processed",
    "processed date",
    "date processed",
    "adjudication date",
    "adjudicated date",
    "finalized date",
    "process date",
    "processed on",
    "decision date"
  ],
  paymentDate: [
    "payment date",
    "check date",
    "eft date",
    "remittance date",
    "date paid",
    "issue date",
    "check issue date",
    "paid date",
    "check/eft date",
    "paid on",
    "payment issued",
    "issued",
    "check issued",
    "payment sent"
  ],
  checkNumber: [
    "check #",
    "check number",
    "check/eft #",
    "check/eft number",
    "eft #",
    "eft number",
    "eft trace number",
    "trace number",
    "payment number",
    "check/eft trace number",
    "payment trace #",
    "eft trace",
    "check trace",
    "trace #",
    "eft/check #",
    "eft/check number",
    "check/eft no",
    "eft no"
  ],
  adjustmentCodes: [
    "adjustment reason",
    "adjustment reason code",
    "adjustment codes",
    "reason code",
    "reason codes",
    "carc",
    "claim adjustment reason code",
    "denial reason",
    "denial code",
    "adj code",
    "adjustment",
    "adj",
    "group/reason",
    "group code/reason",
    "adjustments",
    "explanation code",
    "denial reason code",
    "reason",
    "denial reasons",
    "reason/remark",
    "adjustment group/reason"
  ],
  remarkCodes: [
    "remark",
    "remark code",
    "remark codes",
    "rarc",
    "remarks",
    "remittance advice remark code",
    "remark/rarc"
  ],
  diagnosisCodes: [
    "diagnosis",
    "diagnosis code",
    "diagnosis codes",
    "dx",
    "dx code",
    "dx codes",
    "icd-10",
    "icd 10 code",
    "icd-10 code",
    "icd code",
    "primary diagnosis",
    "diagnoses",
    "icd-10-cm"
  ],
  procedure: [
    "procedure",
    "procedure code",
    "proc code",
    "cpt",
    "cpt code",
    "cpt/hcpcs",
    "hcpcs",
    "service code",
    "billing code",
    "code",
    "cpt/modifier",
    "procedure/modifier",
    "service",
    "procedure codes",
    "cpt codes",
    "service codes",
    "requested service",
    "services",
    "cpt/hcpcs codes",
    "hcpcs code",
    "hcpcs codes",
    "codes",
    "authorized service",
    "authorized services",
    "approved service",
    "approved services",
    "services approved",
    "services authorized",
    "authorized procedure",
    "authorized procedures",
    "approved procedure",
    "approved procedures",
    "procedures approved",
    "approved codes",
    "authorized codes",
    "codes approved",
    "codes authorized",
    "procedures",
    "service line",
    "service lines",
    "procedure code(s)",
    "cpt code(s)",
    "service code(s)"
  ],
  // what was asked for: never stored, but its unit ("8 Visits", "Days Requested") says the authorization's unit type
  unitsRequested: [
    "units requested",
    "visits requested",
    "requested units",
    "requested visits",
    "sessions requested",
    "days requested",
    "requested days",
    "requested sessions",
    "requested quantity",
    "quantity requested",
    "=requested",
    "# requested"
  ],
  revenueCode: [
    "revenue code",
    "revenue codes",
    "rev code",
    "rev codes",
    "rev cd",
    "revenue cd",
    "rev code(s)",
    "revenue code(s)"
  ],
  // a letter's "RE:" line: the member's name, or the letter's subject ("RE: Notice of Approved Authorization")
  subjectLine: ["=re", "=regarding", "=subject"],
  unitType: [
    "unit type",
    "units type",
    "type of unit",
    "type of units",
    "unit of measure",
    "units of measure",
    "uom",
    "unit measure"
  ],
  modifiers: ["modifier", "modifiers", "mod", "mods"],
  units: ["units", "unit", "qty", "quantity", "days/units", "svc units", "units billed"],
  startDate: [
    "start date",
    "effective date",
    "auth start",
    "begin date",
    "from",
    "valid from",
    "auth from",
    "approved from",
    "effective from",
    "authorization start date",
    "start",
    "effective"
  ],
  endDate: [
    "end date",
    "expiration date",
    "expires",
    "auth end",
    "valid through",
    "valid thru",
    "thru",
    "to",
    "through",
    "approved through",
    "auth to",
    "expiration",
    "termination date",
    "authorization end date",
    "end"
  ],
  authPeriod: [
    "authorization period",
    "auth period",
    "dates approved",
    "approved dates",
    "certification period",
    "effective dates",
    "authorized dates",
    "date span",
    "approved date range",
    "valid dates",
    "auth dates",
    "authorized period",
    "approved period",
    "approval period",
    "certified period",
    "authorization dates",
    "coverage period",
    "valid period",
    "period",
    "authorized date range",
    "approved dates of service",
    "authorized dates of service",
    "effective period",
    "dates authorized",
    "dates certified",
    "period of authorization"
  ],
  unitsApproved: [
    "visits approved",
    "approved visits",
    "units approved",
    "approved units",
    "units authorized",
    "authorized units",
    "visits authorized",
    "authorized visits",
    "sessions approved",
    "approved sessions",
    "total visits",
    "total units",
    "approved",
    "authorized",
    "# approved",
    "number of visits approved",
    "approved quantity",
    "authorized quantity",
    "visits",
    "sessions authorized",
    "certified units",
    "certified visits",
    "visits authorized",
    "units authorized",
    "days approved",
    "approved days",
    "days authorized",
    "authorized days",
    "certified days",
    "days certified",
    "sessions",
    "# visits",
    "# units",
    "# sessions",
    "# days",
    "units/visits",
    "visits/units",
    "total sessions",
    "total approved",
    "approved amount of units",
    "number of units approved",
    "number of sessions approved",
    "units certified",
    "visits certified",
    "quantity approved"
  ],
  unitsUsed: [
    "used",
    "units used",
    "visits used",
    "sessions used",
    "visits utilized",
    "units utilized",
    "utilized",
    "consumed",
    "visits billed",
    "units billed to date",
    "used units",
    "used visits",
    "days used",
    "used days",
    "sessions utilized",
    "units consumed",
    "visits consumed",
    "used to date",
    "utilized to date"
  ],
  unitsRemaining: [
    "remaining",
    "units remaining",
    "visits remaining",
    "remaining visits",
    "remaining units",
    "sessions remaining",
    "balance",
    "units left",
    "visits left",
    "available units",
    "available visits",
    "sessions left",
    "remaining sessions",
    "units available",
    "visits available",
    "sessions available"
  ],
  ignore: [
    "status date",
    "claim status date",
    "last updated",
    "last login",
    "actions",
    "action",
    "view",
    "details",
    "select",
    "provider",
    "provider name",
    "rendering provider",
    "billing provider",
    "npi",
    "tax id",
    "tin",
    "place of service",
    "pos",
    "type of bill",
    "patient control number",
    "pcn",
    "payee",
    "last name first name",
    "requested dates",
    "request date",
    "date requested",
    "last logon",
    "last log in",
    "last sign in",
    "last signed in",
    "logged in as",
    "signed in as",
    "welcome",
    "organization",
    "showing",
    "displaying",
    "results",
    "page",
    "days remaining",
    "days left",
    "days until expiration",
    "description",
    "service description",
    "procedure description",
    "code description",
    "note",
    "notes",
    "comment",
    "comments"
  ]
}

// Abbreviations portals print in narrow columns, read as the words they stand for.
const ABBREVIATIONS: Record<string, string> = {
  amt: "amount",
  mbr: "member",
  svc: "service",
  svcs: "services",
  eff: "effective",
  exp: "expiration",
  pt: "patient",
  pat: "patient",
  proc: "procedure",
  recv: "received",
  recd: "received",
  rcvd: "received",
  pd: "paid",
  chk: "check",
  resp: "responsibility",
  approv: "approved",
  appr: "approved",
  auth: "auth",
  authd: "authorized",
  dt: "date",
  dob: "dob",
  qty: "quantity",
  rem: "remaining",
  mod: "modifier",
  chrg: "charges",
  chgs: "charges",
  elig: "eligible",
  tot: "total",
  ref: "reference",
  dos: "dos",
  id: "id"
}

export function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/#/g, " no ")
    .replace(/\b(?:number|num|nbr|no)\b\.?/g, " no ")
    .replace(/'/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(" ")
}

/** Phrases by their normalised words; the first vocabulary to name a phrase owns it (adapters come first). */
export type CompiledVocabulary = {
  byWords: Map<string, { key: FieldKey; order: number; exactOnly: boolean }>
  /** meanings already worked out (labels repeat on every row and every page read) */
  seen: Map<string, FieldKey | null>
  /** labels known exactly, worked out (a loose "Label value" text tries several) */
  known: Map<string, boolean>
  /** the first word of every phrase: a text whose first word is none of these starts with no label */
  firstWords: Set<string>
}

export function compileVocabulary(...vocabularies: Vocabulary[]): CompiledVocabulary {
  const byWords = new Map<string, { key: FieldKey; order: number; exactOnly: boolean }>()
  for (const vocabulary of vocabularies)
    for (const [key, labels] of Object.entries(vocabulary) as [FieldKey, string[]][])
      for (const label of labels) {
        // "=claim": only the whole label "Claim" means this ("Claim Date", "Claim Type" must not)
        const exactOnly = label.startsWith("=")
        const words = normaliseLabel(exactOnly ? label.slice(1) : label)
        if (words && !byWords.has(words)) byWords.set(words, { key, order: byWords.size, exactOnly })
      }
  return {
    byWords,
    seen: new Map(),
    known: new Map(),
    firstWords: new Set([...byWords.keys()].map((w) => w.split(" ")[0]))
  }
}

export const BASE = compileVocabulary(BASE_VOCABULARY)

export function isKnownLabel(label: string, vocabulary: CompiledVocabulary = BASE): boolean {
  let known = vocabulary.known.get(label)
  if (known === undefined) {
    if (vocabulary.known.size > 20_000) vocabulary.known.clear()
    vocabulary.known.set(label, (known = vocabulary.byWords.has(normaliseLabel(label))))
  }
  return known
}

/** Could a known label start this text? (a cheap test on its first word before trying its prefixes) */
export function mayStartWithLabel(text: string, vocabulary: CompiledVocabulary = BASE): boolean {
  const first = normaliseLabel(text.slice(0, 40)).split(" ")[0]
  return first !== "" && vocabulary.firstWords.has(first)
}

/**
 * The meaning of a label, or null. An exact match wins; otherwise the longest known phrase found inside
 * the label (the most specific: "Total Claim Charge Amount" is the billed amount, not a claim number). Very long texts are not labels.
 */
export function meaningOf(label: string, vocabulary: CompiledVocabulary = BASE): FieldKey | null {
  let meaning = vocabulary.seen.get(label)
  if (meaning === undefined) {
    if (vocabulary.seen.size > 20_000) vocabulary.seen.clear() // a page of unique cell texts must not grow it forever
    vocabulary.seen.set(label, (meaning = workOutMeaning(label, vocabulary)))
  }
  return meaning
}

function workOutMeaning(label: string, vocabulary: CompiledVocabulary): FieldKey | null {
  const n = normaliseLabel(label)
  if (!n || n.length > 60) return null
  const exact = vocabulary.byWords.get(n)
  if (exact) return exact.key
  const words = n.split(" ")
  let best: { key: FieldKey; length: number; order: number } | null = null
  for (let i = 0; i < words.length; i++) {
    let phrase = ""
    for (let j = i; j < words.length; j++) {
      phrase = j === i ? words[i] : `${phrase} ${words[j]}`
      if (phrase.length < 3) continue
      const hit = vocabulary.byWords.get(phrase)
      if (
        hit &&
        !hit.exactOnly &&
        (!best || phrase.length > best.length || (phrase.length === best.length && hit.order < best.order))
      )
        best = { key: hit.key, length: phrase.length, order: hit.order }
    }
  }
  if (best && COUNT_KEYS.has(best.key) && !words.some((w) => COUNT_NOUNS.has(w))) {
    // "Approved Services", "Authorized Procedure": the codes approved, not how many; "Approved Through": a date
    if (words.some((w) => CODE_NOUNS.has(w))) return "procedure"
    if (words.some((w) => DATE_NOUNS.has(w))) return null
  }
  return best?.key ?? null
}

const COUNT_KEYS = new Set<FieldKey>(["unitsApproved", "unitsUsed", "unitsRemaining"])
const CODE_NOUNS = new Set(["service", "services", "procedure", "procedures", "code", "codes", "cpt", "hcpcs", "cpts"])
const DATE_NOUNS = new Set([
  "date",
  "dates",
  "period",
  "from",
  "through",
  "thru",
  "to",
  "until",
  "start",
  "end",
  "expiration",
  "effective"
])
const COUNT_NOUNS = new Set([
  "visits",
  "visit",
  "units",
  "unit",
  "sessions",
  "session",
  "days",
  "day",
  "quantity",
  "no",
  "count",
  "total"
])
