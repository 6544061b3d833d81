// CSV that opens cleanly in Excel: UTF-8 with a byte-order mark, CRLF line ends, every field quoted, and
// cells that start like a formula (= + - @) prefixed with ' so a spreadsheet never runs them (plain
// negative numbers such as reversals stay numbers).
import type { StoredAuthorization, StoredClaim } from "../model/records"

function cell(value: unknown): string {
  let text = value === null || value === undefined ? "" : String(value)
  if (/^[=+\-@\t\r]/.test(text) && !/^-\d+(?:\.\d+)?$/.test(text)) text = `'${text}`
  return `"${text.replace(/"/g, '""')}"`
}

const dollars = (cents: number | null) => (cents === null ? "" : (cents / 100).toFixed(2))

export function toCsv(header: string[], rows: unknown[][]): string {
  return "\ufeff" + [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n"
}

export function claimsCsv(claims: StoredClaim[]): string {
  return toCsv(
    [
      "Payer",
      "Claim number",
      "Patient",
      "Member ID",
      "Service from",
      "Service to",
      "Status",
      "Status (as shown)",
      "Billed",
      "Allowed",
      "Paid",
      "Patient responsibility",
      "Adjustments",
      "Remark codes",
      "Diagnoses",
      "Procedures",
      "Resolved"
    ],
    claims.map((c) => [
      c.payer,
      c.claimNumber,
      c.patient.name,
      c.patient.memberId,
      c.serviceFrom,
      c.serviceTo,
      c.status,
      c.statusText,
      dollars(c.billedCents),
      dollars(c.allowedCents),
      dollars(c.paidCents),
      dollars(c.patientResponsibilityCents),
      [...c.adjustments, ...c.lines.flatMap((l) => l.adjustments)].map((a) => `${a.group}-${a.reason}`).join(" "),
      [...c.remarkCodes, ...c.lines.flatMap((l) => l.remarkCodes)].join(" "),
      c.diagnosisCodes.join(" "),
      c.lines.map((l) => [l.procedureCode, ...l.modifiers].join("-")).join(" "),
      c.resolution?.reason ?? ""
    ])
  )
}

export function authorizationsCsv(auths: StoredAuthorization[]): string {
  return toCsv(
    [
      "Payer",
      "Authorization number",
      "Patient",
      "Member ID",
      "Status",
      "Status (as shown)",
      "Codes",
      "Start",
      "End",
      "Approved",
      "Used",
      "Remaining",
      "Unit"
    ],
    auths.map((a) => [
      a.payer,
      a.authNumber,
      a.patient.name,
      a.patient.memberId,
      a.status,
      a.statusText,
      a.serviceCodes.join(" "),
      a.startDate,
      a.endDate,
      a.unitsApproved,
      a.unitsUsed,
      a.unitsRemaining,
      a.unitType
    ])
  )
}
