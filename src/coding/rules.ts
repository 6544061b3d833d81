// The behavioral-health coding rules PayerLens checks, each with the public source it rests on (sources.ts).
// Pure data and small functions: the session coder and the scrubber both read them.
import { SOURCES, type Source } from "./sources"

export type TimeBand = { code: string; addOn: string; from: number; to: number | null; source: Source }

/** Timed individual psychotherapy: the stand-alone code and its E/M add-on form share one band (CPT midpoint rule). */
export const PSYCHOTHERAPY_BANDS: TimeBand[] = [
  { code: "90832", addOn: "90833", from: 16, to: 37, source: SOURCES.novitasTimes },
  { code: "90834", addOn: "90836", from: 38, to: 52, source: SOURCES.novitasTimes },
  { code: "90837", addOn: "90838", from: 53, to: null, source: SOURCES.novitasTimes }
]
export const PSYCHOTHERAPY_MINIMUM = { minutes: 16, source: SOURCES.novitasTimes }

/** The band for a number of face-to-face minutes, or null under 16 minutes (not reported as psychotherapy). */
export function psychotherapyBand(minutes: number): TimeBand | null {
  // bands are reached, not rounded: 37.5 minutes has not reached 38, so it stays 90832
  for (let i = PSYCHOTHERAPY_BANDS.length - 1; i >= 0; i--)
    if (minutes >= PSYCHOTHERAPY_BANDS[i].from) return PSYCHOTHERAPY_BANDS[i]
  return null
}

/**
 * Crisis psychotherapy: 90839 for the first 30–74 minutes (once a day); 90840 for each further block of up to 30
 * minutes once the 75th minute is reached: 75–104 → 1, 105–134 → 2, 135–164 → 3 … Under 30 minutes it is coded as
 * ordinary timed psychotherapy (16–29 minutes → 90832).
 * Sources differ at the lower edge: BCBSIL and Headway say 30–74 minutes, one AAPC answer says 31–74; 30 is used.
 */
export const CRISIS = {
  code: "90839",
  addOn: "90840",
  from: 30,
  addOnFrom: 75,
  block: 30,
  sources: [
    SOURCES.bcbsilPsychiatry,
    SOURCES.headwayCrisis,
    SOURCES.aapcCrisisCci,
    SOURCES.aapcTimeBlocks,
    SOURCES.aapcCrisisShort
  ]
} as const

/** Units of 90840 for a crisis session of `minutes` (0 below 75). */
export function crisisAddOnUnits(minutes: number): number {
  return minutes < CRISIS.addOnFrom ? 0 : Math.floor((minutes - CRISIS.addOnFrom) / CRISIS.block) + 1
}

/** Family psychotherapy: 90846 without the patient, 90847 with; 26 minutes or more (25 is not enough). */
export const FAMILY = {
  withoutPatient: "90846",
  withPatient: "90847",
  minimum: 26,
  sources: [SOURCES.familyMinimum, SOURCES.medscapeFamily]
} as const

export const GROUP = {
  code: "90853",
  sources: [SOURCES.bcbsilPsychiatry]
} as const
export const EVALUATION = {
  code: "90791",
  withMedical: "90792",
  sources: [SOURCES.lcdL34616, SOURCES.bcbsilPsychiatry]
} as const

/** Interactive complexity (+90785): the codes it may go with, and those it never may. */
export const INTERACTIVE_COMPLEXITY = {
  code: "90785",
  partners: ["90791", "90792", "90832", "90833", "90834", "90836", "90837", "90838", "90853"],
  never: ["90839", "90840", "90846", "90847"],
  sources: [SOURCES.bcbsilPsychiatry, SOURCES.aapcInteractiveComplexity, SOURCES.hcproInteractiveComplexity]
} as const

export const STANDALONE_TIMED = PSYCHOTHERAPY_BANDS.map((b) => b.code)
export const EM_ADD_ONS = PSYCHOTHERAPY_BANDS.map((b) => b.addOn)
export const ADD_ON_CODES = [INTERACTIVE_COMPLEXITY.code, ...EM_ADD_ONS, CRISIS.addOn]

/**
 * E/M codes the psychotherapy add-ons may follow, as the Novitas article lists them (99202–99255, 99304–99337,
 * 99341–99350). Other E/M families (e.g. emergency department) are not on that list: check the plan's policy.
 */
export const EM_RANGES: [number, number][] = [
  [99202, 99255],
  [99304, 99337],
  [99341, 99350]
]
export function isEmCode(code: string): boolean {
  if (!/^\d{5}$/.test(code)) return false
  const n = Number(code)
  return EM_RANGES.some(([from, to]) => n >= from && n <= to)
}

/** The primary codes an add-on may go with on the same date; `isEmCode` stands for "an E/M code". */
export function addOnPartners(addOn: string): ((code: string) => boolean) | null {
  if (addOn === INTERACTIVE_COMPLEXITY.code)
    return (c) => (INTERACTIVE_COMPLEXITY.partners as readonly string[]).includes(c)
  if (EM_ADD_ONS.includes(addOn)) return isEmCode
  if (addOn === CRISIS.addOn) return (c) => c === CRISIS.code
  return null
}

/** The five-character procedure code of a claim line ("90834-95" or " 90834 " → "90834"). */
export function procedureCode(raw: string): string {
  return raw.trim().toUpperCase().slice(0, 5)
}

export type PayerKind = "medicare" | "medicaid" | "commercial"
export type Telehealth = "video" | "audio"

export const PLAN_POLICY = "check the plan's policy"

/** Place of service for telehealth by where the client was: 10 at home, 02 anywhere else (CMS POS code set). */
export const TELEHEALTH_POS = {
  home: "10",
  other: "02",
  source: SOURCES.cmsPosCodes
} as const

export type TelehealthRule = {
  modifiers: string[]
  warnings: string[]
  sources: Source[]
}

/**
 * Telehealth modifiers per payer kind. Medicare fee-for-service: POS 02/10 carries the telehealth, 95 only for
 * hospital-based clinicians (NGS), 93 for audio-only (CMS/CodingIntel). Sources disagree on 95: CMS Transmittal
 * 12671 (as quoted) pairs POS 02/10 with 95 for audio-video, NGS says 95 only in the hospital case; we follow NGS
 * and warn. Medicaid: state by state. Commercial: plan
 * by plan (UHC treats 95/GT as informational; Aetna does not pay 93; Horizon wants 93/95).
 */
export function telehealthRule(payer: PayerKind, mode: Telehealth, atHome: boolean): TelehealthRule {
  if (payer === "medicare") {
    const inPerson = atHome
      ? [
          "Medicare mental-health telehealth at home wants an in-person visit within 6 months before and then every 12 months (the date it applies from has moved several times): check the current rule"
        ]
      : []
    if (mode === "video")
      return {
        modifiers: [],
        warnings: [
          "Medicare: the place of service (02 or 10) marks the telehealth; add modifier 95 only if the clinician bills from a hospital with the client at home",
          ...inPerson
        ],
        sources: [SOURCES.ngsModifier95, SOURCES.cmsPosCodes, SOURCES.codingIntelBehavioral]
      }
    return {
      modifiers: ["93"],
      warnings: [
        "Medicare audio-only: only when the clinician could use video but the client cannot or does not agree to; document that. RHCs and FQHCs used FQ before 2023; check which one your MAC wants",
        ...inPerson
      ],
      sources: [SOURCES.cmsTransmittal12671, SOURCES.codingIntelAudio, SOURCES.codingIntelBehavioral]
    }
  }
  if (payer === "medicaid")
    return {
      modifiers: [mode === "video" ? "95" : "93"],
      warnings: [
        mode === "video"
          ? `Medicaid telehealth modifiers and place of service differ by state (95, GT, or none): ${PLAN_POLICY}`
          : `Medicaid pays audio-only in some states only, with 93 or a state modifier: ${PLAN_POLICY}`
      ],
      sources: [SOURCES.cchpMedicaid]
    }
  return {
    modifiers: [mode === "video" ? "95" : "93"],
    warnings: [
      mode === "video"
        ? `Commercial plans differ on telehealth modifiers: ${PLAN_POLICY}`
        : `Commercial plans differ on audio-only sessions (some do not pay them at all): ${PLAN_POLICY}`
    ],
    sources: [SOURCES.cchpCommercial, SOURCES.claimpowerPayers, SOURCES.gtModifier]
  }
}
