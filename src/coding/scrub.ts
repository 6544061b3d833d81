// The claim scrubber: likely denials found before a claim is sent (or while it is open), over the claims and
// authorizations PayerLens holds. Pure; the `scrub` command line and the views run it.
// Contract: ../shared/contracts/coding.md ("scrub"): the contract's rule ids keep their names and meaning; the
// ids after them are PayerLens's own.
import type { Capture } from "../model/capture"
import { payerKey } from "../model/payer"
import {
  coverClaims,
  lineDate,
  type CoverageAuth,
  type CoverageClaim,
  type LineCoverage
} from "./authorization-coverage"
import { checkDiagnosis, listCodes } from "./diagnosis"
import { SOURCES, type Source } from "./sources"
import {
  ADD_ON_CODES,
  CRISIS,
  EM_ADD_ONS,
  EVALUATION,
  INTERACTIVE_COMPLEXITY,
  STANDALONE_TIMED,
  addOnPartners,
  isEmCode,
  procedureCode
} from "./rules"

export const CONTRACT_RULES = [
  "addon-without-primary",
  "interactive-complexity-pairing",
  "diagnosis-not-billable",
  "diagnosis-unknown",
  "auth-missing",
  "auth-code-mismatch",
  "auth-units-exceeded"
] as const
export const OWN_RULES = [
  "addon-with-standalone-psychotherapy",
  "psychotherapy-with-crisis",
  "one-timed-psychotherapy-code",
  "evaluation-same-day",
  "crisis-once-a-day",
  "psychotherapy-units",
  "telehealth-modifier-conflict"
] as const
export const RULES = [...CONTRACT_RULES, ...OWN_RULES] as const
export type RuleId = (typeof RULES)[number]

/** The public source each rule rests on (sources.ts). */
export const RULE_SOURCES: Record<RuleId, Source[]> = {
  "addon-without-primary": [SOURCES.novitasAddOns, SOURCES.bcbsilPsychiatry, SOURCES.hcproInteractiveComplexity],
  "interactive-complexity-pairing": [SOURCES.aapcInteractiveComplexity, SOURCES.bcbsilPsychiatry],
  "diagnosis-not-billable": [SOURCES.icd10Headers],
  "diagnosis-unknown": [SOURCES.icd10Headers],
  "auth-missing": [SOURCES.authorizationDenials],
  "auth-code-mismatch": [SOURCES.carc284, SOURCES.authorizationDenials],
  "auth-units-exceeded": [SOURCES.authorizationDenials],
  "addon-with-standalone-psychotherapy": [SOURCES.bcbsilPsychiatry],
  "psychotherapy-with-crisis": [SOURCES.aapcCrisisCci, SOURCES.bcbsilPsychiatry],
  "one-timed-psychotherapy-code": [SOURCES.almaOneTimedCode],
  "evaluation-same-day": [SOURCES.lcdL34616, SOURCES.bcbsilPsychiatry],
  "crisis-once-a-day": [SOURCES.bcbsilPsychiatry],
  "psychotherapy-units": [SOURCES.novitasAddOns],
  "telehealth-modifier-conflict": [SOURCES.cmsTransmittal12671]
}

export type Finding = {
  claimNumber: string
  line: number | null
  rule: RuleId
  severity: "error" | "warning"
  message: string
}

/** A claim to scrub: capture-v1 plus the portal it came from (a stored claim fits; so does a draft from a form). */
export type ScrubClaim = CoverageClaim & { diagnosisCodes: string[] }

const TIMED_ALL = [...STANDALONE_TIMED, ...EM_ADD_ONS]
const EVALUATIONS: string[] = [EVALUATION.code, EVALUATION.withMedical]
const CRISIS_CODES: string[] = [CRISIS.code, CRISIS.addOn]

type Line = {
  index: number
  code: string
  units: number | null
  modifiers: string[]
}

/** Lines grouped by date of service: same-day rules look at one date of one claim. */
function byDate(claim: ScrubClaim): Line[][] {
  const days = new Map<string, Line[]>()
  claim.lines.forEach((l, index) => {
    const day = lineDate(claim, index) ?? ""
    const list = days.get(day) ?? []
    list.push({
      index,
      code: procedureCode(l.procedureCode),
      units: l.units,
      modifiers: l.modifiers.map((m) => m.trim().toUpperCase())
    })
    days.set(day, list)
  })
  return [...days.values()]
}

function sameDayFindings(claim: ScrubClaim): Finding[] {
  const out: Finding[] = []
  const add = (line: number | null, rule: RuleId, message: string, severity: Finding["severity"] = "error") =>
    out.push({ claimNumber: claim.claimNumber, line, rule, severity, message })
  for (const day of byDate(claim)) {
    const codes = day.map((l) => l.code)
    for (const l of day) {
      const never =
        l.code === INTERACTIVE_COMPLEXITY.code &&
        codes.find((c) => (INTERACTIVE_COMPLEXITY.never as readonly string[]).includes(c))
      if (never)
        add(
          l.index,
          "interactive-complexity-pairing",
          `Interactive complexity (90785) is billed with ${never}, which it may never go with (crisis and family psychotherapy already include it). Likely denied as not payable with that service (CO-97, N20). Fix: remove 90785 from this date and send a corrected claim.`
        )
      // 90785 beside a code it may never go with is that finding alone, not also "without a primary"
      else if (ADD_ON_CODES.includes(l.code)) {
        const partner = addOnPartners(l.code)
        if (partner && !codes.some((c) => c !== l.code && partner(c))) {
          const needs =
            l.code === INTERACTIVE_COMPLEXITY.code
              ? "a diagnostic evaluation (90791/90792), individual psychotherapy (90832–90838) or group psychotherapy (90853)"
              : l.code === CRISIS.addOn
                ? "90839 (the first 30–74 minutes of crisis psychotherapy)"
                : "an E/M code (99202–99255, 99304–99337, 99341–99350) listed first"
          add(
            l.index,
            "addon-without-primary",
            `${l.code} is an add-on code billed without ${needs} on the same date. Likely denied as an add-on without its primary (CO-4 or CO-16 with N122). Fix: add the primary code for that date, or bill the stand-alone code instead` +
              (EM_ADD_ONS.includes(l.code) ? " (90832/90834/90837 when no E/M service was billed)." : ".")
          )
        }
      }
      // without an E/M code "addon-without-primary" already says to bill the stand-alone code instead
      if (EM_ADD_ONS.includes(l.code) && codes.some(isEmCode)) {
        const standalone = codes.find((c) => STANDALONE_TIMED.includes(c))
        if (standalone)
          add(
            l.index,
            "addon-with-standalone-psychotherapy",
            `${l.code} (psychotherapy with an E/M service) is billed with ${standalone} (psychotherapy alone) on the same date: only one of them describes the session. Likely denied as bundled (CO-97). Fix: keep the add-on with the E/M code, or the stand-alone code without an E/M code.`
          )
      }
      if (TIMED_ALL.includes(l.code) && codes.some((c) => CRISIS_CODES.includes(c)))
        add(
          l.index,
          "psychotherapy-with-crisis",
          `${l.code} is billed with crisis psychotherapy (90839/90840) on the same date; NCCI bundles them with no modifier allowed. Likely denied (CO-97). Fix: bill the crisis codes for the crisis time and drop ${l.code}.`
        )
      if (EVALUATIONS.includes(l.code)) {
        const other = codes.find((c) => isEmCode(c) || CRISIS_CODES.includes(c))
        if (other)
          add(
            l.index,
            "evaluation-same-day",
            `${l.code} (diagnostic evaluation) is billed with ${other} on the same date; an evaluation is not reported with an E/M service or crisis psychotherapy by the same clinician that day. Likely denied (CO-97). Fix: bill the one service the note supports.`
          )
      }
      if (TIMED_ALL.includes(l.code) && l.units !== null && l.units > 1)
        add(
          l.index,
          "psychotherapy-units",
          `${l.code} is billed with ${l.units} units; timed psychotherapy is one unit per session whatever its length (partial hospitalization aside). Likely denied for units (N362). Fix: bill 1 unit, with the code that fits the minutes.`
        )
      if (l.code === CRISIS.code && ((l.units ?? 1) > 1 || codes.filter((c) => c === CRISIS.code).length > 1))
        add(
          l.index,
          "crisis-once-a-day",
          `90839 is billed more than once on one date; it is reported once a day, with 90840 for each further 30 minutes. Likely denied for units (N362). Fix: one 90839, and 90840 units for the time past 74 minutes.`
        )
      const mods = l.modifiers
      if (mods.includes("95") && (mods.includes("93") || mods.includes("FQ")))
        add(
          l.index,
          "telehealth-modifier-conflict",
          `${l.code} carries 95 (audio and video) and ${mods.includes("93") ? "93" : "FQ"} (audio only) together. Likely denied for the modifier (CO-4). Fix: keep the one that describes how the session was held.`,
          "warning"
        )
    }
    const timed = day.filter((l) => STANDALONE_TIMED.includes(l.code))
    for (const l of timed.slice(1))
      add(
        l.index,
        "one-timed-psychotherapy-code",
        `More than one timed psychotherapy code (${timed.map((t) => t.code).join(", ")}) on the same date: one code describes a session's total minutes. Likely denied for all but one. Fix: bill one code for the total face-to-face time.`
      )
  }
  return out
}

function diagnosisFindings(claim: ScrubClaim): Finding[] {
  const out: Finding[] = []
  for (const raw of claim.diagnosisCodes) {
    const check = checkDiagnosis(raw)
    if (check.status === "header")
      out.push({
        claimNumber: claim.claimNumber,
        line: null,
        rule: "diagnosis-not-billable",
        severity: "error",
        message:
          `${check.code} is an ICD-10-CM category or subcategory, not a billable code. Likely denied for lacking specificity (CO-16 with M81, or CO-11). ` +
          (check.billableUnder.length
            ? `Fix: report the billable code the record supports: ${listCodes(check.billableUnder)}.`
            : "Fix: report a more specific billable code.")
      })
    else if (check.status === "unknown")
      out.push({
        claimNumber: claim.claimNumber,
        line: null,
        rule: "diagnosis-unknown",
        severity: "error",
        message: `${check.code} looks like a chapter F (mental and behavioral) code but is not in the ICD-10-CM code set PayerLens holds. Likely rejected as invalid, or denied as inconsistent or not covered (CO-11, CO-167). Fix: check the code against the record and the code set for the date of service.`
      })
  }
  return out
}

function authFindings(claim: ScrubClaim, coverage: LineCoverage[]): Finding[] {
  const out: Finding[] = []
  coverage.forEach((c, index) => {
    const code = procedureCode(claim.lines[index].procedureCode)
    const date = lineDate(claim, index)
    const auth = c.authorization
    const add = (rule: RuleId, message: string) =>
      out.push({ claimNumber: claim.claimNumber, line: index, rule, severity: "error", message })
    if (c.verdict === "outside-dates") {
      const spans = c.candidates.map((a) => `${a.authNumber} (${a.startDate ?? "?"} to ${a.endDate ?? "?"})`).join(", ")
      add(
        "auth-missing",
        `No stored authorization covers ${date}: this client's authorizations with this payer are ${spans}. Likely denied as not authorized (CO-197) or beyond the authorized dates (CO-198). Fix: request an extension or a new authorization for the date (retro-authorization if the plan allows), then send the claim.`
      )
    } else if (c.verdict === "not-approved" && auth)
      add(
        "auth-missing",
        `The only authorization for ${date} (${auth.authNumber}) is ${auth.status.replace("_", " ")}, so none covers the date. Likely denied as not authorized (CO-197). Fix: wait for the approval, or ask the plan about its decision, before sending the claim.`
      )
    else if (c.verdict === "code-not-listed" && auth)
      add(
        "auth-code-mismatch",
        `Authorization ${auth.authNumber} covers ${date} but lists ${auth.serviceCodes.join(", ")}, not ${code}. Likely denied as not matching the authorization (CARC 284 or CO-197 with N54). Fix: bill the authorized code if it fits the session, or ask the plan to add ${code} to the authorization.` +
          (ADD_ON_CODES.includes(code)
            ? " (Some plans cover an add-on under its primary code's authorization: check the plan's policy.)"
            : "")
      )
    else if (c.verdict === "units-exceeded" && auth) {
      const kind = auth.unitType === "units" ? "units" : "visits"
      add(
        "auth-units-exceeded",
        `The claims PayerLens holds bill ${c.used} ${kind} under authorization ${auth.authNumber}, which approved ${c.capacity}. Likely denied as beyond the authorized visits or units (CO-198, N362). Fix: request more ${kind} before sending this line.`
      )
    }
  })
  return out
}

const ruleOrder = (r: RuleId) => RULES.indexOf(r)

/** Sort as the contract says: claim number, then line (whole-claim findings, line null, first), then rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.claimNumber < b.claimNumber ? -1 : a.claimNumber > b.claimNumber ? 1 : 0) ||
      (a.line ?? -1) - (b.line ?? -1) ||
      ruleOrder(a.rule) - ruleOrder(b.rule) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  )
}

/** Scrub claims against the stored authorizations. `context` holds the other stored claims whose units count. */
export function scrubClaims(
  claims: readonly ScrubClaim[],
  auths: readonly CoverageAuth[],
  context: readonly ScrubClaim[] = []
): Finding[] {
  const all = [...claims, ...context.filter((c) => !claims.includes(c))]
  const coverage = coverClaims(all, auths)
  const findings = claims.flatMap((claim, i) => [
    ...diagnosisFindings(claim),
    ...sameDayFindings(claim),
    ...authFindings(claim, coverage[i])
  ])
  return sortFindings(findings)
}

/** Scrub capture-v1 documents as stored: one claim per payer and claim number (the last read wins). */
export function scrubCaptures(captures: readonly Capture[]): Finding[] {
  const claims = new Map<string, ScrubClaim>()
  const auths = new Map<string, CoverageAuth>()
  for (const capture of captures) {
    for (const c of capture.claims) {
      const key = `${payerKey(c.payer, capture.portal)}|${c.claimNumber}`
      const earlier = claims.get(key)
      // a list page shows fewer lines than the claim's detail page: keep the fuller reading
      if (!earlier || c.lines.length >= earlier.lines.length) claims.set(key, { ...c, portal: capture.portal })
    }
    for (const a of capture.authorizations)
      auths.set(`${payerKey(a.payer, capture.portal)}|${a.authNumber}`, { ...a, portal: capture.portal })
  }
  return scrubClaims([...claims.values()], [...auths.values()])
}
