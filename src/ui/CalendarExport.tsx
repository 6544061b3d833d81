// "Export upcoming dates (.ics)": offered once the user opted in (options → Reminders). A calendar file leaves
// PayerLens's protection (calendar servers, phones), so its events say what is due and when, never who; still,
// exporting is the user's choice, not a default. The setting is asked after the first view is painted.
import { useEffect, useState } from "react"
import { useApi } from "./use-api"
import { firstViewDone } from "./first-paint"

export const CALENDAR_OFF_TEXT =
  "Calendar export is off: a calendar file leaves PayerLens’s protection. Turn on “Export upcoming dates to a calendar” in PayerLens options first."

export function CalendarExport({ onExport }: { onExport: () => void }) {
  const api = useApi()
  const [optedIn, setOptedIn] = useState<boolean | null>(null)
  useEffect(() => {
    let live = true
    void firstViewDone
      .then(() => api.settings())
      .then(
        (reply) => live && setOptedIn(reply.ok && reply.tracking.calendarOptIn),
        () => live && setOptedIn(false)
      )
    return () => void (live = false)
  }, [api])
  return (
    <div className="actions">
      <button
        type="button"
        className="secondary"
        onClick={onExport}
        disabled={!optedIn}
        aria-describedby={optedIn === false ? "calendar-off" : undefined}
      >
        Export upcoming dates (.ics)
      </button>
      {optedIn === false && (
        <p id="calendar-off" className="line2" data-testid="calendar-off">
          {CALENDAR_OFF_TEXT}
        </p>
      )}
    </div>
  )
}
