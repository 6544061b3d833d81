// Good-faith estimates for uninsured and self-pay clients (No Surprises Act, PHS Act § 2799B-6; 45 CFR 149.610),
// English and Spanish: the expected services with codes, sessions and fees, the period, the practice and the
// provider, the total, and the notice's required elements in our own words.
//
// What 45 CFR 149.610(c)(1) requires in the estimate, and where each element is here (GFE_REQUIRED_ELEMENTS):
// sources — the regulation text as published, 86 FR 55980 (Oct 7, 2021), § 149.610(c)(1)(i)–(xi), e.g.
// https://www.dateas.com/es/docs/federal-register/2021/10/07?page=459 ((viii)–(x)); CMS's model notice
// "Good Faith Estimate for Health Care Items and Services" (CMS-10791, Appendix 2, OMB 0938-1433),
// https://omb.report/icr/202303-0938-013/doc/130555401 (disclaimers incl. "not a contract", the 120-day window,
// www.cms.gov/nosurprises and 1-800-985-3059); CMS's data-elements appendix,
// https://omb.report/icr/202204-0938-013/doc/120865700; the APA's summary of the elements,
// https://wasabiwell.com/good-faith-estimate/. "Substantially in excess" = at least $400 more than the total
// expected charges for that provider: 45 CFR 149.620(a)(2)(ii), https://dev.compliancecosmos.org/print/pdf/node/518836.
// One estimate may cover recurring services for up to 12 months (CMS guidance, Dec 2021, as summarised at
// https://essentialhospitals.org/guidance-patient-provider-dispute-resolution-process). Rules change: check
// www.cms.gov/nosurprises before relying on this wording.
import { z, type Infer } from "../model/zod"
import { normaliseIcd10 } from "../icd10"
import { addDays } from "../dates/business-days"
import { dateText, money, type Bilingual, type Lang } from "./lang"
import {
  isoDate,
  optionalText,
  PracticeOnPaper,
  practiceRows,
  ProviderOnPaper,
  providerRows,
  SERVICE_CODE,
  diagnosisDescription,
  issueLine,
  text,
  type Parsed
} from "./superbill"

export type RequiredElement = { id: string; rule: string; where: string }

/** Each element of 45 CFR 149.610(c)(1), and which part of our estimate carries it. */
export const GFE_REQUIRED_ELEMENTS: RequiredElement[] = [
  { id: "c1i", rule: "Patient name and date of birth", where: "client" },
  {
    id: "c1ii",
    rule: "Description of the primary item or service in clear language, and the scheduled date if any",
    where: "primary"
  },
  {
    id: "c1iii",
    rule: "Itemized list of items or services reasonably expected, grouped by provider",
    where: "services"
  },
  {
    id: "c1iv",
    rule: "Applicable diagnosis codes, expected service codes and expected charges for each item",
    where: "services+diagnoses"
  },
  {
    id: "c1v",
    rule: "Name, NPI and TIN of each provider; state(s) and office location(s) where furnished",
    where: "providers+locations"
  },
  {
    id: "c1vi",
    rule: "Items or services to be scheduled separately, before or after the period of care",
    where: "separately"
  },
  {
    id: "c1vii",
    rule: "For those: separate estimates on scheduling or request, and how to get them",
    where: "separately"
  },
  {
    id: "c1viii",
    rule: "Disclaimer: further items may be recommended, scheduled separately, not in this estimate",
    where: "disclaimers.additional"
  },
  {
    id: "c1ix",
    rule: "Disclaimer: only an estimate; actual items, services or charges may differ",
    where: "disclaimers.estimate"
  },
  {
    id: "c1x",
    rule: "Disclaimer: right to patient-provider dispute resolution if billed substantially more; where to find how; no effect on care",
    where: "disclaimers.dispute"
  },
  {
    id: "c1xi",
    rule: "Disclaimer: not a contract; no obligation to obtain the items or services",
    where: "disclaimers.contract"
  }
]

/** At least $400 more than the estimate's total for the provider makes a bill disputable (45 CFR 149.620(a)(2)(ii)). */
export const DISPUTE_THRESHOLD_CENTS = 40_000
/** The dispute must be started within 120 calendar days of the date on the initial bill (CMS model notice). */
export const DISPUTE_WINDOW_DAYS = 120
/** One estimate covers recurring services for at most 12 months (CMS guidance). */
export const MAX_PERIOD_MONTHS = 12

// Our own short descriptions of common behavioral-health codes (CPT descriptors are the AMA's; time rules from
// ../shared/domain/billing-facts.md). A service may always carry its own description instead.
const SERVICE_WORDS: Record<string, Bilingual> = {
  "90791": {
    en: "Diagnostic evaluation (first assessment)",
    es: "Evaluación diagnóstica (primera evaluación)"
  },
  "90792": {
    en: "Diagnostic evaluation with medical services",
    es: "Evaluación diagnóstica con servicios médicos"
  },
  "90832": {
    en: "Individual psychotherapy, about 30 minutes (16–37)",
    es: "Psicoterapia individual, unos 30 minutos (16–37)"
  },
  "90834": {
    en: "Individual psychotherapy, about 45 minutes (38–52)",
    es: "Psicoterapia individual, unos 45 minutos (38–52)"
  },
  "90837": {
    en: "Individual psychotherapy, 60 minutes (53 or more)",
    es: "Psicoterapia individual, 60 minutos (53 o más)"
  },
  "90839": {
    en: "Crisis psychotherapy, first 30–74 minutes",
    es: "Psicoterapia de crisis, primeros 30–74 minutos"
  },
  "90840": {
    en: "Crisis psychotherapy, each additional 30 minutes",
    es: "Psicoterapia de crisis, cada 30 minutos adicionales"
  },
  "90846": {
    en: "Family psychotherapy without the client present",
    es: "Psicoterapia familiar sin el cliente presente"
  },
  "90847": {
    en: "Family psychotherapy with the client present",
    es: "Psicoterapia familiar con el cliente presente"
  },
  "90853": { en: "Group psychotherapy", es: "Psicoterapia de grupo" },
  "90785": {
    en: "Interactive complexity (added to a session)",
    es: "Complejidad interactiva (se añade a una sesión)"
  },
  "96127": {
    en: "Brief standardized questionnaire, per instrument",
    es: "Cuestionario estandarizado breve, por instrumento"
  }
}

export const serviceDescription = (code: string, lang: Lang): string | null => SERVICE_WORDS[code]?.[lang] ?? null

const diagnosis = z
  .string()
  .refine((c) => normaliseIcd10(c) !== null, "not an ICD-10-CM code (e.g. F41.1)")
  .transform((c) => normaliseIcd10(c) as string)

export const EstimateService = z.strictObject({
  code: z
    .string()
    .trim()
    .min(1, "required")
    .transform((c) => c.toUpperCase())
    .refine((c) => SERVICE_CODE.test(c), "not a CPT or HCPCS code (5 characters, e.g. 90837)"),
  description: optionalText(200),
  modifiers: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[0-9A-Z]{2}$/, "a modifier is 2 letters or digits")
    )
    .max(4)
    .nullable()
    .optional(),
  sessions: z.number().int("sessions are whole numbers").min(1, "at least 1").max(400, "at most 400"),
  feeCents: z.number().int("money must be whole cents").min(0, "must not be negative"),
  diagnoses: z.array(diagnosis).max(12).nullable().optional()
})
export type EstimateService = Infer<typeof EstimateService>

export const EstimateInput = z
  .strictObject({
    practice: PracticeOnPaper,
    provider: ProviderOnPaper,
    client: z.strictObject({ name: text(200), dateOfBirth: isoDate }),
    /** The primary service in plain words ("Weekly individual therapy"). */
    primaryService: text(300),
    /** The first scheduled session, when one is scheduled. */
    scheduledDate: isoDate.nullable().optional(),
    period: z.strictObject({ from: isoDate, to: isoDate }),
    /** Where the services are furnished: office addresses or "video, client at home", each with its state. */
    locations: z
      .array(
        z.strictObject({
          place: text(300),
          state: z
            .string()
            .trim()
            .toUpperCase()
            .regex(/^[A-Z]{2}$/, "state is 2 letters (e.g. OR)")
        })
      )
      .min(1, "at least one location"),
    diagnoses: z.array(diagnosis).max(12).nullable().optional(),
    services: z.array(EstimateService).min(1, "at least one service").max(50),
    /** Items the practice expects to schedule separately, before or after this period (each gets its own estimate). */
    separatelyScheduled: z.array(text(300)).max(20).nullable().optional()
  })
  .refine((e) => e.period.from <= e.period.to, {
    message: "the period ends before it starts",
    path: ["period", "to"]
  })
  .refine((e) => e.period.to < addMonths(e.period.from, MAX_PERIOD_MONTHS), {
    message: "one estimate covers at most 12 months: issue a new one for the next period",
    path: ["period", "to"]
  })
export type EstimateInput = Infer<typeof EstimateInput>

/** The same day n months later (clamped to the month's end): 2026-01-31 + 1 → 2026-02-28. */
export function addMonths(iso: string, n: number): string {
  const [y, m, d] = iso.split("-").map(Number)
  const months = y * 12 + (m - 1) + n
  const ny = Math.floor(months / 12)
  const nm = (months % 12) + 1
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate()
  return `${ny}-${String(nm).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`
}

export function parseEstimateInput(data: unknown): Parsed<EstimateInput> {
  const r = EstimateInput.safeParse(data)
  return r.success ? { ok: true, value: r.data } : { ok: false, error: issueLine(r.error.issues[0]) }
}

export type EstimateWords = {
  title: string
  intro: string
  headings: {
    client: string
    primary: string
    providers: string
    locations: string
    services: string
    diagnoses: string
    total: string
    separately: string
    disclaimers: string
    rights: string
  }
  name: string
  dateOfBirth: string
  primary: string
  scheduled: string
  period: string
  issued: string
  practice: string
  provider: string
  address: string
  phone: string
  npi: string
  taxId: string
  credentials: string
  license: string
  columns: {
    code: string
    service: string
    diagnoses: string
    sessions: string
    fee: string
    total: string
  }
  diagnosisColumns: { code: string; description: string }
  noDescription: string
  totalLine: string
  none: string
  disclaimers: {
    additional: string
    estimate: string
    contract: string
    separately: string
  }
  dispute: (threshold: string) => string[]
  keepCopy: string
  page: (n: number, of: number) => string
}

export const ESTIMATE_WORDS: Record<Lang, EstimateWords> = {
  en: {
    title: "Good Faith Estimate",
    intro:
      "You are getting this estimate because you do not have health insurance or are not using it for these services. It lists the services we expect to provide and what we expect to charge for them.",
    headings: {
      client: "For",
      primary: "The care this estimate covers",
      providers: "Who provides the care",
      locations: "Where the care is provided",
      services: "Expected services and charges",
      diagnoses: "Diagnosis codes",
      total: "Total estimate",
      separately: "Services scheduled separately",
      disclaimers: "What this estimate is and is not",
      rights: "Your right to dispute a bill"
    },
    name: "Name",
    dateOfBirth: "Date of birth",
    primary: "Primary service",
    scheduled: "First scheduled session",
    period: "Period covered",
    issued: "Date of this estimate",
    practice: "Practice",
    provider: "Provider",
    address: "Address",
    phone: "Phone",
    npi: "NPI",
    taxId: "Tax ID (TIN)",
    credentials: "Credentials",
    license: "License",
    columns: {
      code: "Code",
      service: "Service",
      diagnoses: "Diagnosis",
      sessions: "Sessions",
      fee: "Fee each",
      total: "Expected charge"
    },
    diagnosisColumns: { code: "Code", description: "Description" },
    noDescription: "(description not held)",
    totalLine: "Total expected charges",
    none: "None expected.",
    disclaimers: {
      separately:
        "Any service listed here as scheduled separately is not in this estimate's total. You will get a separate Good Faith Estimate when it is scheduled, or sooner if you ask us for one.",
      additional:
        "Your provider may recommend other services as part of your care. Those must be scheduled or requested separately and are not in this estimate.",
      estimate:
        "This is only an estimate, based on the services we reasonably expect to provide as of the date of this estimate. The actual services, items or charges may differ.",
      contract:
        "This estimate is not a contract. It does not require you to get these services from us or from any provider listed here."
    },
    dispute: (threshold) => [
      `If you are billed at least $400 more than this estimate (for this provider, a bill of ${threshold} or more), you have the right to dispute the bill through the federal patient-provider dispute resolution process.`,
      "You can first contact us to ask that the bill be updated to match this estimate, to negotiate it, or to ask about financial help.",
      `To use the federal process you must start it within ${DISPUTE_WINDOW_DAYS} calendar days (about 4 months) of the date on the original bill. Learn how at www.cms.gov/nosurprises, or call 1-800-985-3059.`,
      "Starting a dispute will not affect the quality of the care you receive from us."
    ],
    keepCopy: "Keep a copy or a picture of this estimate and of any bill you receive.",
    page: (n, of) => `Page ${n} of ${of}`
  },
  es: {
    title: "Estimación de buena fe",
    intro:
      "Recibe esta estimación porque no tiene seguro médico o no lo está usando para estos servicios. En ella se indican los servicios que esperamos prestarle y lo que esperamos cobrar por ellos.",
    headings: {
      client: "Para",
      primary: "La atención que cubre esta estimación",
      providers: "Quién presta la atención",
      locations: "Dónde se presta la atención",
      services: "Servicios y cargos previstos",
      diagnoses: "Códigos de diagnóstico",
      total: "Estimación total",
      separately: "Servicios que se programan por separado",
      disclaimers: "Qué es y qué no es esta estimación",
      rights: "Su derecho a disputar una factura"
    },
    name: "Nombre",
    dateOfBirth: "Fecha de nacimiento",
    primary: "Servicio principal",
    scheduled: "Primera sesión programada",
    period: "Periodo que cubre",
    issued: "Fecha de esta estimación",
    practice: "Consulta",
    provider: "Proveedor",
    address: "Dirección",
    phone: "Teléfono",
    npi: "NPI",
    taxId: "Número de identificación fiscal (TIN)",
    credentials: "Títulos",
    license: "Licencia",
    columns: {
      code: "Código",
      service: "Servicio",
      diagnoses: "Diagnóstico",
      sessions: "Sesiones",
      fee: "Tarifa por sesión",
      total: "Cargo previsto"
    },
    diagnosisColumns: { code: "Código", description: "Descripción" },
    noDescription: "(sin descripción disponible)",
    totalLine: "Total de cargos previstos",
    none: "No se prevé ninguno.",
    disclaimers: {
      separately:
        "Los servicios indicados aquí como programados por separado no están en el total de esta estimación. Recibirá una estimación de buena fe aparte cuando se programen, o antes si nos la pide.",
      additional:
        "Su proveedor puede recomendarle otros servicios como parte de su atención. Esos deben programarse o pedirse por separado y no están en esta estimación.",
      estimate:
        "Esto es solo una estimación, basada en los servicios que razonablemente esperamos prestar a la fecha de esta estimación. Los servicios, artículos o cargos reales pueden ser distintos.",
      contract:
        "Esta estimación no es un contrato. No le obliga a recibir estos servicios de nosotros ni de ningún proveedor indicado aquí."
    },
    dispute: (threshold) => [
      `Si le facturan al menos $400 más que esta estimación (para este proveedor, una factura de ${threshold} o más), tiene derecho a disputar la factura mediante el proceso federal de resolución de disputas entre pacientes y proveedores.`,
      "Primero puede comunicarse con nosotros para pedir que la factura se ajuste a esta estimación, negociarla o preguntar por ayuda financiera.",
      `Para usar el proceso federal debe iniciarlo dentro de los ${DISPUTE_WINDOW_DAYS} días naturales (unos 4 meses) siguientes a la fecha de la factura original. Infórmese en www.cms.gov/nosurprises o llame al 1-800-985-3059.`,
      "Iniciar una disputa no afectará la calidad de la atención que recibe de nosotros."
    ],
    keepCopy: "Guarde una copia o una foto de esta estimación y de cualquier factura que reciba.",
    page: (n, of) => `Página ${n} de ${of}`
  }
}

export type EstimateLine = {
  code: string
  service: string
  diagnoses: string
  sessions: number
  feeCents: number
  totalCents: number
}

export type Estimate = {
  lang: Lang
  words: EstimateWords
  client: [string, string][]
  primary: [string, string][]
  providers: [string, string][][]
  locations: string[]
  lines: EstimateLine[]
  diagnoses: { code: string; description: string | null }[]
  totalCents: number
  /** The bill from which a dispute is possible: total + $400. */
  disputeFromCents: number
  separately: string[]
  disclaimers: string[]
  dispute: string[]
}

export function buildEstimate(input: EstimateInput, options: { lang: Lang; issued: string }): Estimate {
  const w = ESTIMATE_WORDS[options.lang]
  const lines = input.services.map((s) => {
    const modifiers = s.modifiers?.length ? `-${s.modifiers.join("-")}` : ""
    return {
      code: `${s.code}${modifiers}`,
      service: s.description?.trim() || serviceDescription(s.code, options.lang) || s.code,
      diagnoses: (s.diagnoses ?? input.diagnoses ?? []).join(", "),
      sessions: s.sessions,
      feeCents: s.feeCents,
      totalCents: s.sessions * s.feeCents
    }
  })
  const totalCents = lines.reduce((n, l) => n + l.totalCents, 0)
  const codes = [...new Set([...(input.diagnoses ?? []), ...input.services.flatMap((s) => s.diagnoses ?? [])])]
  const practice = practiceRows(input.practice, w, w.practice)
  const provider = providerRows(input.provider, w, w.provider)
  const separately = input.separatelyScheduled ?? []
  return {
    lang: options.lang,
    words: w,
    client: [
      [w.name, input.client.name],
      [w.dateOfBirth, dateText(input.client.dateOfBirth)],
      [w.issued, dateText(options.issued)]
    ],
    primary: [
      [w.primary, input.primaryService],
      ...(input.scheduledDate ? [[w.scheduled, dateText(input.scheduledDate)] as [string, string]] : []),
      [w.period, `${dateText(input.period.from)} – ${dateText(input.period.to)}`]
    ],
    providers: provider.length ? [practice, provider] : [practice],
    locations: input.locations.map((l) => `${l.place} (${l.state})`),
    lines,
    diagnoses: codes.map((code) => ({
      code,
      description: diagnosisDescription(code)
    })),
    totalCents,
    disputeFromCents: totalCents + DISPUTE_THRESHOLD_CENTS,
    separately,
    disclaimers: [w.disclaimers.separately, w.disclaimers.additional, w.disclaimers.estimate, w.disclaimers.contract],
    dispute: w.dispute(money(totalCents + DISPUTE_THRESHOLD_CENTS))
  }
}

/** Sessions between two dates at a weekly, every-other-week or monthly pace (for the form's first guess). */
export function sessionsInPeriod(from: string, to: string, everyDays: number): number {
  if (to < from || everyDays < 1) return 0
  let n = 0
  for (let d = from; d <= to; d = addDays(d, everyDays)) n++
  return n
}
