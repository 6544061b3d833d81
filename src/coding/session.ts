// The session coder: minutes, kind of session and setting → the codes to bill, with units, modifiers, the place of
// service, one reason per code and what to check. Pure; the `code` command line and the popup view both run it.
// Contract: ../shared/contracts/coding.md ("code").
import { z, type Infer } from "../model/zod"
import {
  CRISIS,
  EVALUATION,
  FAMILY,
  GROUP,
  INTERACTIVE_COMPLEXITY,
  PSYCHOTHERAPY_MINIMUM,
  TELEHEALTH_POS,
  crisisAddOnUnits,
  psychotherapyBand,
  telehealthRule
} from "./rules"

export const SERVICES = [
  "psychotherapy",
  "intake",
  "intake-medical",
  "crisis",
  "family-without-patient",
  "family-with-patient",
  "group"
] as const
export type Service = (typeof SERVICES)[number]
export const PAYER_KINDS = ["medicare", "medicaid", "commercial"] as const

/** Services coded by face-to-face minutes: they need `minutes`. */
export const TIMED_SERVICES: readonly Service[] = [
  "psychotherapy",
  "crisis",
  "family-without-patient",
  "family-with-patient"
]
/** Only individual psychotherapy has an add-on form for a same-day E/M service. */
export const SERVICES_WITH_EM_FORM: readonly Service[] = ["psychotherapy"]

export const SessionInput = z
  .strictObject({
    minutes: z.number().min(0, "minutes must be 0 or more").nullable(),
    service: z.enum(SERVICES),
    withEm: z.boolean(),
    interactiveComplexity: z.boolean(),
    telehealth: z.enum(["video", "audio"]).nullable(),
    clientLocation: z.enum(["home", "other"]).nullable(),
    payer: z.enum(PAYER_KINDS)
  })
  .superRefine((s, ctx) => {
    if (s.minutes === null && TIMED_SERVICES.includes(s.service))
      ctx.addIssue({ code: "custom", path: ["minutes"], message: `minutes are required for ${s.service}` })
    if (s.withEm && !SERVICES_WITH_EM_FORM.includes(s.service))
      ctx.addIssue({
        code: "custom",
        path: ["withEm"],
        message: `${s.service} has no add-on form to report with an E/M service`
      })
  })
export type SessionInput = Infer<typeof SessionInput>

export type BilledCode = { code: string; units: number; modifiers: string[] }
export type SessionCoding = {
  codes: BilledCode[]
  placeOfService: string | null
  reasons: string[]
  warnings: string[]
}

export const DEFAULT_SESSION: SessionInput = {
  minutes: null,
  service: "psychotherapy",
  withEm: false,
  interactiveComplexity: false,
  telehealth: null,
  clientLocation: null,
  payer: "commercial"
}

type Line = { code: string; units: number; reason: string }

const mins = (m: number) => `${m} minute${m === 1 ? "" : "s"}`

function psychotherapyLines(minutes: number, withEm: boolean, warnings: string[]): Line[] {
  const band = psychotherapyBand(minutes)
  if (!band) {
    warnings.push(
      `${mins(minutes)} of psychotherapy is under the ${PSYCHOTHERAPY_MINIMUM.minutes}-minute minimum: no psychotherapy code can be billed` +
        (withEm ? " (bill the E/M service alone)" : "")
    )
    return []
  }
  const range = band.to === null ? `${band.from} minutes or more` : `${band.from} to ${band.to} minutes`
  return withEm
    ? [
        {
          code: band.addOn,
          units: 1,
          reason: `${range} of psychotherapy with an E/M service the same day: add-on ${band.addOn}`
        }
      ]
    : [{ code: band.code, units: 1, reason: `${range} of psychotherapy: ${band.code}` }]
}

function serviceLines(s: SessionInput, warnings: string[]): Line[] {
  const m = s.minutes ?? 0
  switch (s.service) {
    case "psychotherapy":
      return psychotherapyLines(m, s.withEm, warnings)
    case "crisis": {
      if (m < CRISIS.from) {
        const band = psychotherapyBand(m)
        if (!band) {
          warnings.push(
            `${mins(m)} of crisis psychotherapy is too short to bill: ${CRISIS.code} needs ${CRISIS.from} minutes and timed psychotherapy ${PSYCHOTHERAPY_MINIMUM.minutes}`
          )
          return []
        }
        warnings.push(
          `Crisis psychotherapy under ${CRISIS.from} minutes is not ${CRISIS.code}: it is billed as timed psychotherapy`
        )
        return [
          {
            code: band.code,
            units: 1,
            reason: `${mins(m)} of crisis psychotherapy (under ${CRISIS.from}) is billed by time, ${band.from} to ${band.to} minutes: ${band.code}`
          }
        ]
      }
      const lines: Line[] = [
        {
          code: CRISIS.code,
          units: 1,
          reason: `${m < CRISIS.addOnFrom ? "30 to 74 minutes of crisis psychotherapy" : "Crisis psychotherapy"}: ${CRISIS.code} covers the first 30 to 74 minutes (once a day)`
        }
      ]
      const extra = crisisAddOnUnits(m)
      if (extra > 0)
        lines.push({
          code: CRISIS.addOn,
          units: extra,
          reason: `${mins(m)} of crisis psychotherapy: ${extra} unit${extra === 1 ? "" : "s"} of add-on ${CRISIS.addOn}, one for each further block of up to 30 minutes from the 75th minute`
        })
      warnings.push(
        "Crisis codes need an urgent assessment of a client in crisis documented; psychotherapy codes may not be billed the same day"
      )
      return lines
    }
    case "family-without-patient":
    case "family-with-patient": {
      const code = s.service === "family-with-patient" ? FAMILY.withPatient : FAMILY.withoutPatient
      const who = s.service === "family-with-patient" ? "with the client present" : "without the client"
      if (m < FAMILY.minimum) {
        warnings.push(
          `${mins(m)} of family psychotherapy is under the ${FAMILY.minimum}-minute minimum: ${code} cannot be billed`
        )
        return []
      }
      return [{ code, units: 1, reason: `${FAMILY.minimum} minutes or more of family psychotherapy ${who}: ${code}` }]
    }
    case "group":
      return [
        { code: GROUP.code, units: 1, reason: `Group psychotherapy (one unit per session, not timed): ${GROUP.code}` }
      ]
    case "intake":
      warnings.push(
        "A diagnostic evaluation is not billed with an E/M service by the same clinician the same day, nor with crisis psychotherapy"
      )
      return [
        {
          code: EVALUATION.code,
          units: 1,
          reason: `Psychiatric diagnostic evaluation without medical services: ${EVALUATION.code}`
        }
      ]
    case "intake-medical":
      warnings.push(
        "A diagnostic evaluation is not billed with an E/M service by the same clinician the same day, nor with crisis psychotherapy"
      )
      return [
        {
          code: EVALUATION.withMedical,
          units: 1,
          reason: `Psychiatric diagnostic evaluation with medical services: ${EVALUATION.withMedical}`
        }
      ]
  }
}

/** Code one session. The input must have passed `SessionInput` (use `parseSession` for anything from outside). */
export function codeSession(s: SessionInput): SessionCoding {
  const warnings: string[] = []
  const lines = serviceLines(s, warnings)
  if (s.withEm && lines.length)
    warnings.push(
      "List the E/M code (its level chosen by its own rules) first on the claim; the psychotherapy add-on follows it"
    )

  if (s.interactiveComplexity) {
    const primary = lines.find((l) => (INTERACTIVE_COMPLEXITY.partners as readonly string[]).includes(l.code))
    const refused = lines.find((l) => (INTERACTIVE_COMPLEXITY.never as readonly string[]).includes(l.code))
    if (refused)
      warnings.push(
        `Interactive complexity (${INTERACTIVE_COMPLEXITY.code}) may not be billed with ${refused.code}: left off`
      )
    else if (!primary)
      warnings.push(`Interactive complexity (${INTERACTIVE_COMPLEXITY.code}) needs a billable primary code: left off`)
    else
      lines.push({
        code: INTERACTIVE_COMPLEXITY.code,
        units: 1,
        reason: `Interactive complexity with ${primary.code}: add-on ${INTERACTIVE_COMPLEXITY.code} (document what made communication difficult)`
      })
  }

  let placeOfService: string | null = null
  let modifiers: string[] = []
  if (s.telehealth) {
    if (!s.clientLocation)
      warnings.push(
        "Where the client was is not given: the client's home is assumed (POS 10); use 02 if they were elsewhere"
      )
    placeOfService = s.clientLocation === "other" ? TELEHEALTH_POS.other : TELEHEALTH_POS.home
    const rule = telehealthRule(s.payer, s.telehealth, placeOfService === TELEHEALTH_POS.home)
    modifiers = rule.modifiers
    if (lines.length) warnings.push(...rule.warnings)
  }

  return {
    codes: lines.map((l) => ({ code: l.code, units: l.units, modifiers: [...modifiers] })),
    placeOfService,
    reasons: lines.map((l) => l.reason),
    warnings
  }
}

/** Validate anything from outside (a form, argv) into a SessionInput, or say in one line what is wrong. */
export function parseSession(raw: unknown): { ok: true; input: SessionInput } | { ok: false; error: string } {
  const parsed = SessionInput.safeParse(raw)
  if (parsed.success) return { ok: true, input: parsed.data }
  const issue = parsed.error.issues[0]
  const field = issue.path.join(".")
  return { ok: false, error: field && !issue.message.includes(field) ? `${field}: ${issue.message}` : issue.message }
}
