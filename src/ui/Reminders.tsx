import type { ReminderView } from "../messages/protocol"
import { usDate } from "./format"

type Props = {
  reminders: ReminderView[]
  onUpdate: (id: string, action: "snooze-day" | "snooze-week" | "dismiss") => void
  onExport: () => void
}

export function Reminders({ reminders, onUpdate, onExport }: Props) {
  return (
    <>
      {reminders.length === 0 ? (
        <p className="empty">Nothing due. PayerLens reminds you before visits or dates run out and before filing limits pass.</p>
      ) : (
        <ul className="rows" aria-label="Reminders">
          {reminders.map((r) => (
            <li key={r.id} className="row attention" data-testid="reminder-row">
              <div className="line1">
                <strong>{r.title}</strong>
                {r.eventDate && <span className="line2">{usDate(r.eventDate)}</span>}
              </div>
              <div className="line2">{r.body}</div>
              <div className="actions">
                <button type="button" className="secondary" onClick={() => onUpdate(r.id, "snooze-day")}>
                  Snooze 1 day
                </button>
                <button type="button" className="secondary" onClick={() => onUpdate(r.id, "snooze-week")}>
                  Snooze 1 week
                </button>
                <button type="button" className="secondary" onClick={() => onUpdate(r.id, "dismiss")}>
                  Dismiss
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={onExport}>
          Export upcoming dates (.ics)
        </button>
      </div>
    </>
  )
}
