// Superbills (../shared/contracts/superbill.md): the input's shape, checked with zod, and the superbill as
// structured rows — the PDF (superbill-pdf.ts), the command line (src/cli/superbill.ts) and the form share it.
// Diagnosis descriptions: ICD-10-CM chapter F from src/icd10; other chapters are printed as given, without one.
import { z, type Infer } from "../model/zod"
import type { Claim } from "../model/capture"
import { lookupIcd10, normaliseIcd10 } from "../icd10"
import { dateText, isCalendarDate, money, type Lang } from "./lang"

export const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `at most ${max} characters`)
export const optionalText = (max: number) =>
  z.string().trim().max(max, `at most ${max} characters`).nullable().optional()
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date must be YYYY-MM-DD")
  .refine(isCalendarDate, "not a calendar date")
// NPI: 10 digits (the check digit is not tested: a test or demo NPI must still print)
export const npi = z
  .string()
  .trim()
  .regex(/^\d{10}$/, "NPI is 10 digits")
const cents = z.number().int("money must be whole cents").min(0, "must not be negative")
/** CPT (5 digits, or 4 digits + F/T/U) or HCPCS Level II (a letter and 4 digits). */
export const SERVICE_CODE = /^(\d{4}[0-9FTU]|[A-Z]\d{4})$/
const serviceCode = z
  .string()
  .trim()
  .min(1, "required")
  .transform((c) => c.toUpperCase())
  .refine((c) => SERVICE_CODE.test(c), "not a CPT or HCPCS code (5 characters, e.g. 90837)")
const diagnosis = z
  .string()
  .refine((c) => normaliseIcd10(c) !== null, "not an ICD-10-CM code (e.g. F41.1)")
  .transform((c) => normaliseIcd10(c) as string)

export const SuperbillSession = z.strictObject({
  date: isoDate,
  code: serviceCode,
  modifiers: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[0-9A-Z]{2}$/, "a modifier is 2 letters or digits")
    )
    .max(4, "at most 4 modifiers")
    .nullable()
    .optional(),
  units: z.number().int("units are whole numbers").min(1, "at least 1").max(999).nullable().optional(),
  placeOfService: z
    .string()
    .trim()
    .regex(/^\d{2}$/, "place of service is 2 digits (e.g. 11, 10, 02)")
    .nullable()
    .optional(),
  diagnoses: z.array(diagnosis).max(12, "at most 12 diagnoses a session"),
  feeCents: cents,
  paidCents: cents
})
export type SuperbillSession = Infer<typeof SuperbillSession>

/** The practice and the rendering provider, as the superbill and the good-faith estimate print them. */
export const PracticeOnPaper = z.strictObject({
  name: text(200),
  address: text(500),
  phone: text(40),
  npi,
  taxId: z
    .string()
    .trim()
    .regex(/^\d{2}-?\d{7}$/, "tax ID is 9 digits (12-3456789)")
})
export const ProviderOnPaper = z
  .strictObject({
    name: text(200),
    credentials: optionalText(60),
    npi: npi.nullable().optional(),
    license: optionalText(60)
  })
  .nullable()
  .optional()

type RowWords = {
  name: string
  address: string
  phone: string
  npi: string
  taxId: string
  credentials: string
  license: string
}

/** The practice as label/value rows on paper (`nameLabel`: the heading word for its name). */
export function practiceRows(p: Infer<typeof PracticeOnPaper>, w: RowWords, nameLabel = w.name): [string, string][] {
  return [
    [nameLabel, p.name],
    [w.address, p.address],
    [w.phone, p.phone],
    [w.npi, p.npi],
    [w.taxId, p.taxId]
  ]
}

/** The rendering provider as rows, leaving out what was not given. */
export function providerRows(v: Infer<typeof ProviderOnPaper>, w: RowWords, nameLabel = w.name): [string, string][] {
  if (!v) return []
  const rows: [string, string][] = [
    [nameLabel, v.name],
    [w.credentials, v.credentials ?? ""],
    [w.npi, v.npi ?? ""],
    [w.license, v.license ?? ""]
  ]
  return rows.filter(([, value]) => value)
}

export const SuperbillInput = z.strictObject({
  practice: PracticeOnPaper,
  provider: ProviderOnPaper,
  client: z.strictObject({
    name: text(200),
    dateOfBirth: isoDate,
    address: optionalText(500),
    insurer: optionalText(200),
    memberId: optionalText(60)
  }),
  sessions: z.array(SuperbillSession).min(1, "at least one session").max(500, "at most 500 sessions")
})
export type SuperbillInput = Infer<typeof SuperbillInput>

type Issue = {
  path: PropertyKey[]
  message: string
  code?: string
  keys?: string[]
}

/** "sessions[0].date" from zod's path. */
export function fieldPath(path: PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === "number" ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), "")
}

/** One line naming the field: "sessions[0].date: required". */
export function issueLine(issue: Issue): string {
  if (issue.code === "unrecognized_keys" && issue.keys?.length)
    return `${fieldPath([...issue.path, issue.keys[0]])}: unknown field`
  const field = fieldPath(issue.path) || "input"
  const message = /received undefined/.test(issue.message) ? "required" : issue.message.replace(/^Invalid input: /, "")
  return `${field}: ${message}`
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

export function parseSuperbillInput(data: unknown): Parsed<SuperbillInput> {
  const r = SuperbillInput.safeParse(data)
  return r.success ? { ok: true, value: r.data } : { ok: false, error: issueLine(r.error.issues[0]) }
}

export type SuperbillDiagnosis = {
  letter: string
  code: string
  description: string | null
}
export type SuperbillRow = {
  date: string
  code: string
  modifiers: string
  units: string
  placeOfService: string
  pointers: string
  fee: string
  paid: string
}
export type Superbill = {
  lang: Lang
  words: SuperbillWords
  practice: [string, string][]
  provider: [string, string][]
  client: [string, string][]
  rows: SuperbillRow[]
  diagnoses: SuperbillDiagnosis[]
  totals: { feesCents: number; paidCents: number; balanceCents: number }
  totalsText: [string, string][]
  issued: string
}

export type SuperbillWords = {
  title: string
  subtitle: string
  practice: string
  provider: string
  client: string
  services: string
  diagnoses: string
  totals: string
  name: string
  address: string
  phone: string
  npi: string
  taxId: string
  credentials: string
  license: string
  dateOfBirth: string
  insurer: string
  memberId: string
  columns: {
    date: string
    code: string
    modifiers: string
    units: string
    pos: string
    pointers: string
    fee: string
    paid: string
  }
  diagnosisColumns: { pointer: string; code: string; description: string }
  totalFees: string
  totalPaid: string
  balance: string
  issued: string
  signature: string
  signatureDate: string
  noDescription: string
  page: (n: number, of: number) => string
}

export const SUPERBILL_WORDS: Record<Lang, SuperbillWords> = {
  en: {
    title: "Superbill",
    subtitle: "Itemized statement of services for insurance reimbursement",
    practice: "Practice",
    provider: "Rendering provider",
    client: "Client",
    services: "Services",
    diagnoses: "Diagnoses (ICD-10-CM)",
    totals: "Totals",
    name: "Name",
    address: "Address",
    phone: "Phone",
    npi: "NPI",
    taxId: "Tax ID",
    credentials: "Credentials",
    license: "License",
    dateOfBirth: "Date of birth",
    insurer: "Insurer",
    memberId: "Member ID",
    columns: {
      date: "Date",
      code: "Code",
      modifiers: "Modifiers",
      units: "Units",
      pos: "POS",
      pointers: "Dx pointer",
      fee: "Fee",
      paid: "Paid"
    },
    diagnosisColumns: {
      pointer: "Pointer",
      code: "Code",
      description: "Description"
    },
    totalFees: "Total fees",
    totalPaid: "Total paid",
    balance: "Balance",
    issued: "Date issued",
    signature: "Provider signature",
    signatureDate: "Date",
    noDescription: "(description not held)",
    page: (n, of) => `Page ${n} of ${of}`
  },
  es: {
    title: "Factura detallada (superbill)",
    subtitle: "Resumen detallado de servicios para el reembolso del seguro",
    practice: "Consulta",
    provider: "Proveedor que prestó el servicio",
    client: "Cliente",
    services: "Servicios",
    diagnoses: "Diagnósticos (ICD-10-CM)",
    totals: "Totales",
    name: "Nombre",
    address: "Dirección",
    phone: "Teléfono",
    npi: "NPI",
    taxId: "Número de identificación fiscal",
    credentials: "Títulos",
    license: "Licencia",
    dateOfBirth: "Fecha de nacimiento",
    insurer: "Aseguradora",
    memberId: "Número de miembro",
    columns: {
      date: "Fecha",
      code: "Código",
      modifiers: "Modificadores",
      units: "Unidades",
      pos: "Lugar",
      pointers: "Diagnóstico",
      fee: "Tarifa",
      paid: "Pagado"
    },
    diagnosisColumns: {
      pointer: "Letra",
      code: "Código",
      description: "Descripción"
    },
    totalFees: "Total de tarifas",
    totalPaid: "Total pagado",
    balance: "Saldo",
    issued: "Fecha de emisión",
    signature: "Firma del proveedor",
    signatureDate: "Fecha",
    noDescription: "(sin descripción disponible)",
    page: (n, of) => `Página ${n} de ${of}`
  }
}

/** A, B, … Z, AA, AB … */
export function pointerLetter(i: number): string {
  let s = ""
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

/** Chapter F description from the ICD-10-CM table; none for other chapters or codes we do not hold. */
export function diagnosisDescription(code: string): string | null {
  const row = lookupIcd10(code)
  return row?.description ? row.description : null
}

export function buildSuperbill(input: SuperbillInput, options: { lang: Lang; issued: string }): Superbill {
  const w = SUPERBILL_WORDS[options.lang]
  const letters = new Map<string, string>()
  for (const s of input.sessions)
    for (const d of s.diagnoses) if (!letters.has(d)) letters.set(d, pointerLetter(letters.size))
  const diagnoses = [...letters].map(([code, letter]) => ({
    letter,
    code,
    description: diagnosisDescription(code)
  }))
  const rows = input.sessions.map((s) => ({
    date: dateText(s.date),
    code: s.code,
    modifiers: (s.modifiers ?? []).join(", "),
    units: String(s.units ?? 1),
    placeOfService: s.placeOfService ?? "",
    pointers: s.diagnoses.map((d) => letters.get(d)).join(", "),
    fee: money(s.feeCents),
    paid: money(s.paidCents)
  }))
  const feesCents = input.sessions.reduce((n, s) => n + s.feeCents, 0)
  const paidCents = input.sessions.reduce((n, s) => n + s.paidCents, 0)
  const practice = practiceRows(input.practice, w)
  const provider = providerRows(input.provider, w)
  const c = input.client
  const client = (
    [
      [w.name, c.name],
      [w.dateOfBirth, dateText(c.dateOfBirth)],
      [w.address, c.address ?? ""],
      [w.insurer, c.insurer ?? ""],
      [w.memberId, c.memberId ?? ""]
    ] as [string, string][]
  ).filter(([, value]) => value)
  const totals = { feesCents, paidCents, balanceCents: feesCents - paidCents }
  return {
    lang: options.lang,
    words: w,
    practice,
    provider,
    client,
    rows,
    diagnoses,
    totals,
    totalsText: [
      [w.totalFees, money(totals.feesCents)],
      [w.totalPaid, money(totals.paidCents)],
      [w.balance, money(totals.balanceCents)]
    ],
    issued: dateText(options.issued)
  }
}

/**
 * Sessions from captured claims, one per service line, for the form to start from. The fee is the line's billed
 * amount; "paid" on a superbill is what the client paid the practice, which a claim does not show: 0 until the
 * user types it. Diagnoses the capture holds in a shape the superbill does not accept are left out.
 */
export function sessionsFromClaims(claims: Claim[]): SuperbillSession[] {
  const out: SuperbillSession[] = []
  for (const claim of claims) {
    const diagnoses = claim.diagnosisCodes.map((d) => normaliseIcd10(d)).filter((d): d is string => d !== null)
    for (const line of claim.lines) {
      const date = line.serviceDate ?? claim.serviceFrom
      const code = line.procedureCode.trim().toUpperCase()
      if (!date || !SERVICE_CODE.test(code)) continue
      out.push({
        date,
        code,
        modifiers: line.modifiers
          .map((m) => m.toUpperCase())
          .filter((m) => /^[0-9A-Z]{2}$/.test(m))
          .slice(0, 4),
        units: line.units !== null && Number.isInteger(line.units) && line.units >= 1 ? line.units : 1,
        placeOfService: null,
        diagnoses: diagnoses.slice(0, 12),
        feeCents: line.billedCents !== null && line.billedCents >= 0 ? line.billedCents : 0,
        paidCents: 0
      })
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}
