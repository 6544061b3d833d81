// The options page: edit a threshold and the practice details, save, read them back; erase all data.
import { expect, test } from "@playwright/test"
import { launchWithExtension, storedClaimNumbers, type Harness } from "./harness"

let h: Harness
test.beforeEach(async () => {
  h = await launchWithExtension()
})
test.afterEach(async () => h.close())

test("settings are saved, bad values are refused, and Erase all data empties the store", async () => {
  const portal = await h.context.newPage()
  await portal.goto("https://apps.availity.com/public/apps/claim-status/results")
  await expect.poll(() => storedClaimNumbers(h.worker)).toHaveLength(4)

  const options = await h.context.newPage()
  await options.goto(`chrome-extension://${h.extensionId}/options.html`)
  await options.getByLabel("Warn when this many visits are left").fill("5")
  await options.getByLabel("NPI").fill("123")
  await options.getByRole("button", { name: "Save" }).click()
  await expect(options.getByTestId("options-message")).toContainText("NPI is 10 digits")
  await options.getByLabel("NPI").fill("1558473920")
  await options.getByRole("button", { name: "Save" }).click()
  await expect(options.getByTestId("options-message")).toHaveText("Saved.")
  await options.reload()
  await expect(options.getByLabel("Warn when this many visits are left")).toHaveValue("5")
  await expect(options.getByLabel("NPI")).toHaveValue("1558473920")

  await options.getByRole("button", { name: "Erase all data" }).click()
  await expect(options.getByTestId("options-message")).toHaveText("Type DELETE to confirm.")
  expect(await storedClaimNumbers(h.worker)).toHaveLength(4)
  await options.getByLabel("Type DELETE to confirm").fill("DELETE")
  await options.getByRole("button", { name: "Erase all data" }).click()
  await expect(options.getByTestId("options-message")).toContainText("were deleted")
  expect(await storedClaimNumbers(h.worker)).toEqual([])
})

test("a backup exported here restores everything; a bad file changes nothing", async () => {
  const portal = await h.context.newPage()
  await portal.goto("https://apps.availity.com/public/apps/claim-status/results")
  await expect.poll(() => storedClaimNumbers(h.worker)).toHaveLength(4)
  const options = await h.context.newPage()
  await options.goto(`chrome-extension://${h.extensionId}/options.html`)
  const downloads: string[] = []
  options.on("download", async (d) => downloads.push(`${d.suggestedFilename()}:${await d.path()}`))
  await options.getByRole("button", { name: "Export backup and CSV" }).click()
  await expect.poll(() => downloads.length).toBe(3)
  const backupPath = downloads
    .find((d) => d.startsWith("payerlens-backup.json:"))!
    .split(":")
    .slice(1)
    .join(":")

  await options.getByLabel("Type DELETE to confirm").fill("DELETE")
  await options.getByRole("button", { name: "Erase all data" }).click()
  await expect(options.getByTestId("options-message")).toContainText("were deleted")
  expect(await storedClaimNumbers(h.worker)).toEqual([])

  await options.getByTestId("restore-file").setInputFiles(backupPath)
  await expect(options.getByTestId("options-message")).toHaveText(
    /^Restored 4 claims, 0 authorizations and \d+ history entries from the backup\.$/
  )
  const restored = await storedClaimNumbers(h.worker)
  expect(restored).toHaveLength(4)

  const bad: [string, string, RegExp][] = [
    ["notes.json", "not json at all", /^Nothing was changed: that file is not JSON/],
    [
      "other.json",
      JSON.stringify({ app: "Other", claims: [] }),
      /^Nothing was changed: the file is not a valid PayerLens backup \(backup\.app: not a PayerLens backup/
    ]
  ]
  for (const [name, text, message] of bad) {
    await options
      .getByTestId("restore-file")
      .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) })
    await expect(options.getByTestId("options-message")).toHaveText(message)
    expect(await storedClaimNumbers(h.worker)).toEqual(restored)
  }
})
