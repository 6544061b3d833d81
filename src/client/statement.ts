// "Explain to the client": one processed claim as the parts a client can follow — what was billed, the part the
// practice writes off, what the plan paid, what went to the deductible, coinsurance and copay — with the plan's
// codes in lay words, in English or Spanish. Plain strings only (no markup): React shows them as text, the PDF
// draws them, "Copy" joins them.
//
// The identity, always: billed = sum of the parts. The parts come from the claim's own adjustments (the X12
// balancing rule: billed − paid = the sum of the adjustments, claim and line level together). When the claim's
// figures do not balance, the difference is its own part, "not explained by the plan's figures", and the
// statement says so — it never puts the difference into a part it cannot show.
import type { Adjustment, Claim } from "../model/capture"
import { isContractual, isCostShare } from "../model/claim-status"
import { layCarc, layRarc } from "./lay-codes"
import { dateText, money, type Lang } from "./lang"

export const PART_KINDS = [
  "contractual",
  "planDenied",
  "otherAdjustment",
  "paid",
  "deductible",
  "coinsurance",
  "copay",
  "otherPatient",
  "patientUnspecified",
  "unexplained"
] as const
export type PartKind = (typeof PART_KINDS)[number]

/** The parts the client pays. */
export const CLIENT_PARTS: readonly PartKind[] = [
  "deductible",
  "coinsurance",
  "copay",
  "otherPatient",
  "patientUnspecified"
]

export type StatementPart = {
  kind: PartKind
  label: string
  cents: number
  /** Adjustment codes behind this part ("CO-45"). */
  codes: string[]
  sentence: string
}

export type StatementCode = {
  code: string
  meaning: string
  amount: string | null
}

export type ClientStatement = {
  lang: Lang
  title: string
  intro: string
  headings: {
    visit: string
    split: string
    owes: string
    codes: string
    notes: string
    questions: string
  }
  columns: { part: string; meaning: string; amount: string; code: string }
  billedLabel: string
  /** [label, value] pairs: client, date of service, plan, claim number, processed, practice. */
  visit: [string, string][]
  billedCents: number | null
  allowedCents: number | null
  allowedLabel: string
  /** true when the allowed amount is calculated (paid + the client's cost share), not shown by the plan. */
  allowedCalculated: boolean
  parts: StatementPart[]
  /** Sum of the parts; equals billedCents whenever billedCents is known. */
  totalLabel: string
  totalCents: number
  /** Did the claim's own figures balance (no "unexplained" part, nothing missing)? */
  reconciled: boolean
  owesCents: number
  owesSentence: string
  codes: StatementCode[]
  /** Honest remarks: figures missing, figures that disagree, a claim not processed yet. */
  notes: string[]
  questions: string
}

export type StatementOptions = {
  lang: Lang
  practice?: { name?: string; phone?: string }
  /** What the client already paid the practice for this claim (a copay at the visit); null/absent: not known. */
  alreadyPaidCents?: number | null
}

type Words = {
  title: string
  intro: string
  headings: ClientStatement["headings"]
  columns: ClientStatement["columns"]
  visit: {
    client: string
    date: string
    plan: string
    claim: string
    processed: string
    practice: string
    notShown: string
  }
  billed: string
  allowed: string
  allowedCalculated: string
  total: string
  totalParts: string
  labels: Record<PartKind, string>
  sentence: Record<PartKind, (amount: string, cents: number) => string>
  owes: (amount: string) => string
  owesAfterPaid: (owes: string, paid: string, now: string) => string
  owesNothing: string
  notes: {
    notProcessed: string
    rejected: string
    reversed: string
    noBilled: string
    noPaid: string
    unbalanced: (amount: string) => string
    prDiffers: (stated: string, parts: string) => string
    amountNotShown: (code: string) => string
    summaryRepeated: string
  }
  questions: (practice: string | null, phone: string | null) => string
}

const EN: Words = {
  title: "Your visit and your bill, explained",
  intro: "What your health plan decided about this visit, and what it means for what you pay.",
  headings: {
    visit: "About this visit",
    split: "How the amount billed was split",
    owes: "What you owe now",
    codes: "What the plan's codes mean",
    notes: "Please note",
    questions: "Questions"
  },
  columns: {
    part: "Part",
    meaning: "What it means",
    amount: "Amount",
    code: "Code"
  },
  visit: {
    client: "Client",
    date: "Date of service",
    plan: "Health plan",
    claim: "Claim number",
    processed: "Processed by the plan on",
    practice: "Practice",
    notShown: "not shown"
  },
  billed: "Amount billed by the practice",
  allowed: "Amount your plan allows",
  allowedCalculated: "Amount your plan allows (calculated: what the plan paid plus your share)",
  total: "Total (equals the amount billed)",
  totalParts: "Total of the parts shown",
  labels: {
    contractual: "Discount under the practice's agreement with your plan",
    planDenied: "Not paid by the plan, and not billed to you",
    otherAdjustment: "Other adjustments by the plan",
    paid: "Paid by your plan",
    deductible: "Your deductible",
    coinsurance: "Your coinsurance",
    copay: "Your copay",
    otherPatient: "Other amounts your plan says you owe",
    patientUnspecified: "Your share (the plan does not say which kind)",
    unexplained: "Not explained by the plan's figures"
  },
  sentence: {
    contractual: (a) =>
      `${a} is a discount the practice gives under its agreement with your plan. You never owe this part.`,
    planDenied: (a) =>
      `${a} was not paid by your plan. Under the practice's agreement with the plan, this part is generally not billed to you.`,
    otherAdjustment: (a) =>
      `${a} was adjusted by the plan for another reason (see the codes). By the plan's account, it is not yours to pay.`,
    paid: (a, c) => (c === 0 ? "Your plan paid nothing for this visit." : `Your plan paid the practice ${a}.`),
    deductible: (a) => `${a} went to your deductible: the amount you pay each year before your plan starts to pay.`,
    coinsurance: (a) => `${a} is your coinsurance: your percentage share of the amount the plan allows.`,
    copay: (a) => `${a} is your copay: the fixed amount your plan sets for each visit.`,
    otherPatient: (a) => `${a} more is yours to pay under your plan (see the codes).`,
    patientUnspecified: (a) =>
      `Your plan says ${a} is yours to pay, but it does not say whether it is deductible, coinsurance or copay.`,
    unexplained: (a, c) =>
      c > 0
        ? `${a} of the amount billed is not explained by the plan's figures. Ask the practice before you pay it.`
        : `The plan's figures add up to ${a} more than the amount billed. Ask the practice to check them.`
  },
  owes: (a) => `You owe ${a} for this visit.`,
  owesAfterPaid: (owes, paid, now) => `Your share is ${owes}. You already paid ${paid}, so you owe ${now} now.`,
  owesNothing: "You owe nothing for this visit.",
  notes: {
    notProcessed: "The plan has not finished processing this claim yet, so there is nothing to explain yet.",
    rejected:
      "The plan sent this claim back without processing it. The practice will correct it and send it again. You owe nothing on it yet.",
    reversed:
      "The plan reversed (took back) an earlier decision on this claim. Ask the practice what this means for you.",
    noBilled: "The claim does not show the amount billed, so the parts cannot be checked against it.",
    noPaid: "The claim does not show what the plan paid.",
    unbalanced: (a) =>
      `The plan's figures do not add up: ${a} is not accounted for. This statement shows it as its own line rather than guessing.`,
    prDiffers: (stated, parts) =>
      `The plan states your share as ${stated}, but its itemized amounts add up to ${parts}. Ask the practice which is right.`,
    amountNotShown: (code) => `The plan lists code ${code} without an amount.`,
    summaryRepeated:
      "The plan shows the same adjustments for the whole claim and for each service; they are counted once."
  },
  questions: (practice, phone) =>
    `Questions about this statement? Contact ${practice ?? "the practice"}${phone ? ` at ${phone}` : ""}. It was prepared from your plan's decision on this claim; it is not a bill from your plan.`
}

const ES: Words = {
  title: "Su visita y su factura, explicadas",
  intro: "Lo que su plan de salud decidió sobre esta visita, y lo que significa para lo que usted paga.",
  headings: {
    visit: "Sobre esta visita",
    split: "Cómo se dividió la cantidad facturada",
    owes: "Lo que usted debe ahora",
    codes: "Qué significan los códigos del plan",
    notes: "Tenga en cuenta",
    questions: "Preguntas"
  },
  columns: {
    part: "Parte",
    meaning: "Qué significa",
    amount: "Cantidad",
    code: "Código"
  },
  visit: {
    client: "Cliente",
    date: "Fecha del servicio",
    plan: "Plan de salud",
    claim: "Número de reclamación",
    processed: "Procesada por el plan el",
    practice: "Consulta",
    notShown: "no consta"
  },
  billed: "Cantidad facturada por la consulta",
  allowed: "Cantidad que su plan permite",
  allowedCalculated: "Cantidad que su plan permite (calculada: lo que pagó el plan más su parte)",
  total: "Total (igual a la cantidad facturada)",
  totalParts: "Total de las partes mostradas",
  labels: {
    contractual: "Descuento por el acuerdo de la consulta con su plan",
    planDenied: "No pagado por el plan, y no se le factura a usted",
    otherAdjustment: "Otros ajustes del plan",
    paid: "Pagado por su plan",
    deductible: "Su deducible",
    coinsurance: "Su coaseguro",
    copay: "Su copago",
    otherPatient: "Otras cantidades que su plan dice que usted debe",
    patientUnspecified: "Su parte (el plan no dice de qué tipo)",
    unexplained: "No explicado por las cifras del plan"
  },
  sentence: {
    contractual: (a) =>
      `${a} es un descuento que la consulta da por su acuerdo con su plan. Usted nunca debe esta parte.`,
    planDenied: (a) =>
      `${a} no lo pagó su plan. Por el acuerdo de la consulta con el plan, en general esta parte no se le factura a usted.`,
    otherAdjustment: (a) =>
      `${a} lo ajustó el plan por otro motivo (vea los códigos). Según el plan, no le corresponde pagarlo a usted.`,
    paid: (a, c) => (c === 0 ? "Su plan no pagó nada por esta visita." : `Su plan pagó ${a} a la consulta.`),
    deductible: (a) =>
      `${a} se aplicó a su deducible: la cantidad que usted paga cada año antes de que su plan empiece a pagar.`,
    coinsurance: (a) => `${a} es su coaseguro: su parte, en porcentaje, de la cantidad que el plan permite.`,
    copay: (a) => `${a} es su copago: la cantidad fija que su plan fija para cada visita.`,
    otherPatient: (a) => `Otros ${a} le corresponde pagarlos a usted según su plan (vea los códigos).`,
    patientUnspecified: (a) =>
      `Su plan dice que a usted le corresponde pagar ${a}, pero no dice si es deducible, coaseguro o copago.`,
    unexplained: (a, c) =>
      c > 0
        ? `${a} de la cantidad facturada no se explica con las cifras del plan. Pregunte a la consulta antes de pagarlo.`
        : `Las cifras del plan suman ${a} más que la cantidad facturada. Pida a la consulta que las revise.`
  },
  owes: (a) => `Usted debe ${a} por esta visita.`,
  owesAfterPaid: (owes, paid, now) => `Su parte es ${owes}. Usted ya pagó ${paid}, así que ahora debe ${now}.`,
  owesNothing: "Usted no debe nada por esta visita.",
  notes: {
    notProcessed: "El plan todavía no ha terminado de procesar esta reclamación, así que aún no hay nada que explicar.",
    rejected:
      "El plan devolvió esta reclamación sin procesarla. La consulta la corregirá y la enviará de nuevo. Por ahora usted no debe nada por ella.",
    reversed:
      "El plan anuló (retiró) una decisión anterior sobre esta reclamación. Pregunte a la consulta qué significa para usted.",
    noBilled: "La reclamación no muestra la cantidad facturada, así que las partes no se pueden comprobar con ella.",
    noPaid: "La reclamación no muestra lo que pagó el plan.",
    unbalanced: (a) =>
      `Las cifras del plan no cuadran: faltan por explicar ${a}. Este resumen lo muestra en su propia línea en lugar de adivinar.`,
    prDiffers: (stated, parts) =>
      `El plan indica que su parte es ${stated}, pero sus cantidades detalladas suman ${parts}. Pregunte a la consulta cuál es la correcta.`,
    amountNotShown: (code) => `El plan indica el código ${code} sin una cantidad.`,
    summaryRepeated:
      "El plan muestra los mismos ajustes para toda la reclamación y para cada servicio; se cuentan una sola vez."
  },
  questions: (practice, phone) =>
    `¿Preguntas sobre este resumen? Comuníquese con ${practice ?? "la consulta"}${phone ? ` al ${phone}` : ""}. Se preparó a partir de la decisión de su plan sobre esta reclamación; no es una factura de su plan.`
}

export const STATEMENT_WORDS: Record<Lang, Words> = { en: EN, es: ES }

const key = (a: Pick<Adjustment, "group" | "reason">) => `${a.group}-${a.reason.toUpperCase()}`
const sum = (xs: { amountCents: number | null }[]) => xs.reduce((n, a) => n + (a.amountCents ?? 0), 0)

function totalsByCode(xs: Adjustment[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const a of xs) if (a.amountCents !== null) m.set(key(a), (m.get(key(a)) ?? 0) + a.amountCents)
  return m
}

const sameTotals = (a: Map<string, number>, b: Map<string, number>) =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v)

/**
 * The adjustments to count, once. A remittance keeps claim-level and line-level adjustments apart (they add up);
 * a portal page may show the lines' adjustments again as a claim summary (they would count twice). Claim-level
 * totals equal to the lines' totals code by code are a repeated summary: the lines count. Otherwise the first
 * reading that balances (both, lines only, claim only) wins; none balancing: both, as a remittance means them.
 */
export function adjustmentsToCount(claim: Claim): {
  adjustments: Adjustment[]
  summaryRepeated: boolean
} {
  const claimLevel = claim.adjustments
  const lineLevel = claim.lines.flatMap((l) => l.adjustments)
  if (!claimLevel.length || !lineLevel.length)
    return {
      adjustments: [...claimLevel, ...lineLevel],
      summaryRepeated: false
    }
  if (sameTotals(totalsByCode(claimLevel), totalsByCode(lineLevel)))
    return { adjustments: lineLevel, summaryRepeated: true }
  const { billedCents: billed, paidCents: paid } = claim
  if (billed !== null && paid !== null) {
    const candidates: [Adjustment[], boolean][] = [
      [[...claimLevel, ...lineLevel], false],
      [lineLevel, true],
      [claimLevel, true]
    ]
    for (const [adjustments, summaryRepeated] of candidates)
      if (billed - paid === sum(adjustments)) return { adjustments, summaryRepeated }
  }
  return { adjustments: [...claimLevel, ...lineLevel], summaryRepeated: false }
}

/** Which part an adjustment belongs to (X12 group codes; cost share and contractual reasons per the contract). */
export function partOf(a: Pick<Adjustment, "group" | "reason">): PartKind {
  if (a.group === "PR") {
    const r = a.reason.toUpperCase()
    return r === "1" ? "deductible" : r === "2" ? "coinsurance" : r === "3" ? "copay" : "otherPatient"
  }
  if (isContractual(a)) return "contractual"
  return a.group === "CO" ? "planDenied" : "otherAdjustment"
}

const NOT_PROCESSED = new Set(["received", "pending"])

export function explainClaim(claim: Claim, options: StatementOptions): ClientStatement {
  const w = STATEMENT_WORDS[options.lang]
  const notes: string[] = []
  const { adjustments, summaryRepeated } = adjustmentsToCount(claim)
  if (summaryRepeated) notes.push(w.notes.summaryRepeated)

  const cents = new Map<PartKind, number>()
  const codes = new Map<PartKind, string[]>()
  for (const a of adjustments) {
    if (a.amountCents === null) continue
    const kind = partOf(a)
    cents.set(kind, (cents.get(kind) ?? 0) + a.amountCents)
    const list = codes.get(kind) ?? []
    if (!list.includes(key(a))) list.push(key(a))
    codes.set(kind, list)
  }
  if (claim.paidCents !== null) cents.set("paid", claim.paidCents)
  else notes.push(w.notes.noPaid)

  const prParts = adjustments.filter((a) => a.group === "PR" && a.amountCents !== null)
  const prSum = sum(prParts)
  const stated = claim.patientResponsibilityCents
  if (!prParts.length && stated !== null && stated !== 0) cents.set("patientUnspecified", stated)
  else if (prParts.length && stated !== null && stated !== prSum)
    notes.push(w.notes.prDiffers(money(stated), money(prSum)))

  const known = [...cents.values()].reduce((n, c) => n + c, 0)
  let reconciled = claim.billedCents !== null && claim.paidCents !== null
  if (claim.billedCents === null) notes.push(w.notes.noBilled)
  else if (claim.billedCents !== known) {
    cents.set("unexplained", claim.billedCents - known)
    notes.push(w.notes.unbalanced(money(Math.abs(claim.billedCents - known))))
    reconciled = false
  }

  if (NOT_PROCESSED.has(claim.status) && !adjustments.length && !claim.paidCents) notes.unshift(w.notes.notProcessed)
  if (claim.status === "rejected") notes.unshift(w.notes.rejected)
  if (claim.status === "reversed") notes.unshift(w.notes.reversed)

  const parts: StatementPart[] = PART_KINDS.filter((k) => cents.has(k) && (cents.get(k) !== 0 || k === "paid")).map(
    (kind) => {
      const c = cents.get(kind) ?? 0
      const shown = kind === "unexplained" ? Math.abs(c) : c
      return {
        kind,
        label: w.labels[kind],
        cents: c,
        codes: codes.get(kind) ?? [],
        sentence: w.sentence[kind](money(shown), c)
      }
    }
  )
  const totalCents = parts.reduce((n, p) => n + p.cents, 0)

  // allowed = paid + the client's cost share (deductible, coinsurance, copay and the other cost-share reasons)
  const costShare = prParts.filter(isCostShare)
  const allowedShown = claim.allowedCents
  const shareForAllowed = costShare.length ? sum(costShare) : !prParts.length ? stated : null
  const allowedCalc = claim.paidCents !== null && shareForAllowed !== null ? claim.paidCents + shareForAllowed : null
  const allowedCents = allowedShown ?? allowedCalc
  const allowedCalculated = allowedShown === null && allowedCalc !== null

  // the parts shown decide what is owed; a plan total that disagrees with them is a note, not a second answer
  const share = prParts.length ? prSum : (stated ?? 0)
  const already = options.alreadyPaidCents ?? null
  const owesCents = already === null ? share : share - already
  const owesSentence =
    already !== null && already !== 0
      ? w.owesAfterPaid(money(share), money(already), money(owesCents))
      : owesCents === 0
        ? w.owesNothing
        : w.owes(money(owesCents))

  const statementCodes: StatementCode[] = []
  const seen = new Set<string>()
  for (const a of [...claim.adjustments, ...claim.lines.flatMap((l) => l.adjustments)]) {
    const k = key(a)
    if (seen.has(k)) continue
    seen.add(k)
    const total = adjustments.filter((b) => key(b) === k && b.amountCents !== null)
    if (a.amountCents === null && !total.length) notes.push(w.notes.amountNotShown(k))
    statementCodes.push({
      code: k,
      meaning: layCarc(a.group, a.reason, options.lang),
      amount: total.length ? money(sum(total)) : null
    })
  }
  for (const r of [...claim.remarkCodes, ...claim.lines.flatMap((l) => l.remarkCodes)]) {
    const k = r.toUpperCase()
    if (seen.has(k)) continue
    seen.add(k)
    statementCodes.push({
      code: k,
      meaning: layRarc(k, options.lang),
      amount: null
    })
  }

  const serviceDate =
    claim.serviceFrom && claim.serviceTo && claim.serviceTo !== claim.serviceFrom
      ? `${dateText(claim.serviceFrom)} – ${dateText(claim.serviceTo)}`
      : dateText(claim.serviceFrom ?? claim.serviceTo, w.visit.notShown)
  const practiceName = options.practice?.name?.trim() || null
  const visit: [string, string][] = [
    [w.visit.client, claim.patient.name ?? w.visit.notShown],
    [w.visit.date, serviceDate],
    [w.visit.plan, claim.payer ?? w.visit.notShown],
    [w.visit.claim, claim.claimNumber],
    [w.visit.processed, dateText(claim.processedDate ?? claim.paymentDate, w.visit.notShown)]
  ]
  if (practiceName) visit.push([w.visit.practice, practiceName])

  return {
    lang: options.lang,
    title: w.title,
    intro: w.intro,
    headings: w.headings,
    columns: w.columns,
    billedLabel: w.billed,
    visit,
    billedCents: claim.billedCents,
    allowedCents,
    allowedLabel: allowedCalculated ? w.allowedCalculated : w.allowed,
    allowedCalculated,
    parts,
    totalLabel: claim.billedCents === null ? w.totalParts : w.total,
    totalCents,
    reconciled,
    owesCents,
    owesSentence,
    codes: statementCodes,
    notes,
    questions: w.questions(practiceName, options.practice?.phone?.trim() || null)
  }
}

/** The statement as plain text, for "Copy". */
export function statementText(s: ClientStatement): string {
  const lines = [
    s.title,
    "",
    s.intro,
    "",
    s.headings.visit,
    ...s.visit.map(([k, v]) => `${k}: ${v}`),
    "",
    s.headings.split
  ]
  if (s.billedCents !== null) lines.push(`${s.billedLabel}: ${money(s.billedCents)}`)
  if (s.allowedCents !== null) lines.push(`${s.allowedLabel}: ${money(s.allowedCents)}`)
  for (const p of s.parts)
    lines.push(`${p.label}: ${money(p.cents)}${p.codes.length ? ` (${p.codes.join(", ")})` : ""}`, `  ${p.sentence}`)
  lines.push(`${s.totalLabel}: ${money(s.totalCents)}`, "", s.headings.owes, s.owesSentence)
  if (s.codes.length)
    lines.push(
      "",
      s.headings.codes,
      ...s.codes.map((c) => `${c.code}${c.amount ? ` (${c.amount})` : ""}: ${c.meaning}`)
    )
  if (s.notes.length) lines.push("", s.headings.notes, ...s.notes.map((n) => `- ${n}`))
  lines.push("", s.headings.questions, s.questions)
  return lines.join("\n")
}
