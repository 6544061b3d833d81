// Options → Reminders: the calendar export's opt-in (off by default). A calendar file leaves PayerLens's protection
// (it syncs to calendar servers and phones), so its events say what is due and when, never who.
export function CalendarOptIn({ value, onChange }: { value: boolean; onChange: (value: boolean) => void }) {
  return (
    <div className="calendar-opt-in">
      <label>
        <input type="checkbox" checked={value} onChange={(e) => onChange(e.target.checked)} /> Export upcoming dates to
        a calendar
      </label>
      <p className="line2">
        The popup then offers a calendar file (.ics) of authorization ends, re-authorization requests and filing and
        appeal deadlines. Its events say what is due and when, never which client; the file is outside PayerLens’s
        encryption once saved. Erasing all data turns this off again.
      </p>
    </div>
  )
}
