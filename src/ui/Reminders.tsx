import type { ReminderView } from "../messages/replies"
import { usDate } from "./format"
import { VirtualList } from "./VirtualList"
import { CalendarExport } from "./CalendarExport"

type Props = {
  reminders: ReminderView[]
  onUpdate: (id: string, action: "snooze-day" | "snooze-week" | "dismiss") => void
  onExport: () => void
  /** rows in the first paint (VirtualList) */
  firstRows?: number
}

export function Reminders({ reminders, onUpdate, onExport, firstRows }: Props) {
  return (
    <>
      {reminders.length === 0 ? (
        <p className="empty">
          Nothing due. PayerLens reminds you before visits or dates run out and before filing limits pass.
        </p>
      ) : (
        <VirtualList items={reminders} keyOf={(r) => r.id} label="Reminders" estimate={92} firstRows={firstRows}>
          {(r) => (
            <article className="row attention" data-testid="reminder-row" aria-label={r.title}>
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
            </article>
          )}
        </VirtualList>
      )}
      <CalendarExport onExport={onExport} />
    </>
  )
}
