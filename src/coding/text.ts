// The session coder's and the diagnosis search's answers as plain text, for "Copy as text".
import type { Icd10Row } from "../icd10"
import type { SessionCoding, SessionInput } from "./session"

const SERVICE_NAMES: Record<SessionInput["service"], string> = {
  psychotherapy: "individual psychotherapy",
  intake: "diagnostic evaluation",
  "intake-medical": "diagnostic evaluation with medical services",
  crisis: "crisis psychotherapy",
  "family-without-patient": "family psychotherapy without the client",
  "family-with-patient": "family psychotherapy with the client",
  group: "group psychotherapy"
}
export const serviceName = (s: SessionInput["service"]) => SERVICE_NAMES[s]

/** One code as a claim line reads: "90837 × 1, modifier 95". */
export function codeLine(c: SessionCoding["codes"][number]): string {
  const mods = c.modifiers.length ? `, modifier ${c.modifiers.join(" ")}` : ""
  return `${c.code} × ${c.units}${mods}`
}

export function sessionText(input: SessionInput, result: SessionCoding): string {
  const setting = input.telehealth
    ? `${input.telehealth === "audio" ? "audio-only" : "video"} telehealth, client ${input.clientLocation === "other" ? "away from home" : "at home"}`
    : "in person"
  const what = [
    input.minutes === null ? null : `${input.minutes} minutes`,
    serviceName(input.service),
    input.withEm ? "with an E/M service the same day" : null,
    input.interactiveComplexity ? "interactive complexity" : null,
    setting,
    `${input.payer} plan`
  ].filter(Boolean)
  const lines = [`Session: ${what.join(", ")}`]
  if (result.codes.length) lines.push("Codes:", ...result.codes.map((c) => `  ${codeLine(c)}`))
  else lines.push("Codes: none billable")
  lines.push(`Place of service: ${result.placeOfService ?? "the practice's own (in person)"}`)
  if (result.reasons.length) lines.push("Why:", ...result.reasons.map((r) => `  - ${r}`))
  if (result.warnings.length) lines.push("Check:", ...result.warnings.map((w) => `  - ${w}`))
  return lines.join("\n")
}

/** A diagnosis row as text; a header lists the billable codes under it. */
export function diagnosisText(rows: { row: Icd10Row; under: Icd10Row[] }[]): string {
  return rows
    .map(({ row, under }) =>
      row.billable
        ? `${row.code} ${row.description} (billable)`
        : [`${row.code} category, not billable: use one of`, ...under.map((u) => `  ${u.code} ${u.description}`)].join(
            "\n"
          )
    )
    .join("\n")
}
