// A record's timeline: what changed, and when PayerLens saw it.
import type { HistoryRow } from "../model/records"
import { remittanceNote } from "./remittance-note"
import { money, usDate } from "./format"

const LABELS: Record<string, string> = {
  status: "Status",
  billedCents: "Billed",
  allowedCents: "Allowed",
  paidCents: "Paid",
  patientResponsibilityCents: "Patient owes",
  processedDate: "Processed",
  paymentDate: "Paid on",
  checkNumber: "Check/EFT",
  adjustments: "Adjustment codes",
  remarkCodes: "Remark codes",
  startDate: "Starts",
  endDate: "Ends",
  unitsApproved: "Approved",
  unitsUsed: "Used",
  unitsRemaining: "Remaining",
  serviceCodes: "Codes",
  resolution: "Marked resolved"
}

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return "—"
  if (field.endsWith("Cents")) return money(value as number)
  if (field.endsWith("Date")) return usDate(value as string)
  if (field === "adjustments")
    return (value as { group: string; reason: string }[]).map((a) => `${a.group}-${a.reason}`).join(", ")
  if (Array.isArray(value)) return value.join(", ")
  return String(value).replace("_", " ")
}

export function Timeline({ history }: { history: HistoryRow[] }) {
  if (history.length === 0) return <p className="line2">No changes seen yet.</p>
  return (
    <ol className="timeline" aria-label="Timeline">
      {history.map((row) => (
        <li key={row.id ?? row.at}>
          <span className="line2">{new Date(row.at).toLocaleDateString("en-US")}</span>{" "}
          {row.changes
            .map((c) => `${LABELS[c.field] ?? c.field}: ${show(c.field, c.from)} → ${show(c.field, c.to)}`)
            .join("; ")}
          {row.source && (
            <span className="line2">
              {row.changes.length ? " — " : "Updated "}
              {remittanceNote(row.source)}
            </span>
          )}
        </li>
      ))}
    </ol>
  )
}
