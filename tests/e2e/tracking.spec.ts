// A capture with 2 visits left: the badge at once, then the reminder tick (an alarm 30 s later, so it runs
// in whatever worker the alarm wakes) fires one notification, and later ticks never fire it again.
// Stopping the worker between capture and tick is worker-restart.spec.ts (Playwright keeps workers alive).
import { expect, test, type Worker } from "@playwright/test"
import { launchWithExtension, type Harness } from "./harness"

let h: Harness
test.beforeEach(async () => {
  h = await launchWithExtension()
})
test.afterEach(async () => h.close())
test.setTimeout(150_000)

// On disk the reminder names its authorization by blind id (src/storage/reminder-states.ts), never by number;
// the notification's id is opaque too: its group and count (src/tracking/tick.ts noticesFor).
const REMINDER = /^auth-low:[0-9a-f]{64}:2$/
const NOTICE = "authorizations:1"
const firedIn = (w: Worker) =>
  w.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open("payerlens")
        open.onsuccess = () => {
          const q = open.result.transaction("reminders").objectStore("reminders").getAll()
          q.onsuccess = () =>
            resolve(q.result.filter((s: { firedAt: string | null }) => s.firedAt).map((s: { id: string }) => s.id))
        }
      })
  )

test("a capture with 2 visits left sets the badge, then fires one notification and never again", async () => {
  const page = await h.context.newPage()
  await page.goto("https://apps.availity.com/public/apps/authorizations/current")
  await expect.poll(() => h.worker.evaluate("chrome.action.getBadgeText({})")).toBe("1")
  expect(await h.worker.evaluate("chrome.alarms.get('payerlens-tick-soon').then((a) => !!a)")).toBe(true)
  expect(await firedIn(h.worker)).toEqual([]) // the tick has not run yet

  // the alarm fires the reminder from what IndexedDB holds, and shows one notification
  const state = async () => [
    await firedIn(h.worker),
    Object.keys((await h.worker.evaluate("chrome.notifications.getAll()")) as object)
  ]
  await expect.poll(state, { timeout: 60_000, intervals: [250] }).toEqual([[expect.stringMatching(REMINDER)], [NOTICE]])
  const [fired] = await firedIn(h.worker)
  const woken = h.worker

  // opening the popup reconciles again: nothing fires twice
  const popup = await h.openPopup()
  await expect(popup.getByTestId("reminder-row")).toHaveCount(1)
  await expect(popup.getByTestId("reminder-row")).toContainText("G.O. · Anthem Blue Cross Blue Shield · 2 visits left")
  expect(await firedIn(woken)).toEqual([fired])

  // dismiss takes it off the list
  await popup.getByRole("button", { name: "Dismiss" }).click()
  await expect(popup.getByTestId("reminder-row")).toHaveCount(0)
})
