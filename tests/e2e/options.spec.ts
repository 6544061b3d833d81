// The options page: edit a threshold and the practice details, save, read them back; erase all data; an encrypted
// backup and the CSV files exported, the backup restored, bad files and a wrong passphrase refused.
import { readFileSync } from "node:fs"
import { expect, test } from "@playwright/test"
import { launchWithExtension, storedClaimNumbers, storedRows, TEST_PASSPHRASE, type Harness } from "./harness"

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
  const numbers = await storedClaimNumbers(h.worker)
  const byKey = (rows: Record<string, any>[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key))
  const before = byKey(await storedRows(h.worker, "claims"))
  const options = await h.context.newPage()
  await options.goto(`chrome-extension://${h.extensionId}/options.html`)
  const downloads: { name: string; path: string }[] = []
  options.on("download", async (d) => downloads.push({ name: d.suggestedFilename(), path: await d.path() }))

  // the backup: one file, sealed with the passphrase typed for the export
  await options.getByLabel("Passphrase for the export").fill(TEST_PASSPHRASE)
  await options.getByRole("button", { name: "Export encrypted backup" }).click()
  await expect.poll(() => downloads.length).toBe(1)
  expect(downloads[0].name).toMatch(/^payerlens-backup-\d{4}-\d{2}-\d{2}\.plbackup$/)
  const backupPath = downloads[0].path
  const backup = readFileSync(backupPath)
  expect(backup.subarray(0, 27).toString("utf8")).toBe("PayerLens encrypted backup\n")
  for (const n of numbers) expect(backup.includes(n)).toBe(false)

  // the CSV files hold PHI in clear: they come only after a warning
  await options.getByLabel("Passphrase for the export").fill(TEST_PASSPHRASE)
  await options.getByRole("button", { name: "Export CSV files…" }).click()
  await expect(options.getByTestId("csv-warning")).toContainText("in plain text")
  expect(downloads).toHaveLength(1)
  await options.getByRole("button", { name: "Download CSV files" }).click()
  await expect.poll(() => downloads.length).toBe(3)
  expect(downloads.slice(1).map((d) => d.name)).toEqual(["payerlens-claims.csv", "payerlens-authorizations.csv"])
  const claimsCsv = readFileSync(downloads[1].path, "utf8")
  for (const n of numbers) expect(claimsCsv).toContain(n)

  await options.getByLabel("Type DELETE to confirm").fill("DELETE")
  await options.getByRole("button", { name: "Erase all data" }).click()
  await expect(options.getByTestId("options-message")).toContainText("were deleted")
  expect(await storedClaimNumbers(h.worker)).toEqual([])

  const restore = async (file: string | { name: string; mimeType: string; buffer: Buffer }, passphrase: string) => {
    await options.getByTestId("restore-file").setInputFiles(file)
    await options.getByLabel("Passphrase of the backup file").fill(passphrase)
    await options.getByRole("button", { name: "Restore" }).click()
  }
  await restore(backupPath, TEST_PASSPHRASE)
  await expect(options.getByTestId("options-message")).toHaveText(
    /^Restored 4 claims, 0 authorizations and \d+ history entries from the backup\.$/
  )
  const restored = byKey(await storedRows(h.worker, "claims"))
  expect(restored).toEqual(before)

  // truncated, tampered and too-new files: protection-backup.spec.ts
  const file = (name: string, buffer: Buffer) => ({ name, mimeType: "application/octet-stream", buffer })
  const bad: [ReturnType<typeof file> | string, string, RegExp][] = [
    [
      file("notes.plbackup", Buffer.from("not a backup at all")),
      TEST_PASSPHRASE,
      /^Nothing was changed: this file is not a PayerLens backup\.$/
    ],
    [
      file("old.json", Buffer.from(JSON.stringify({ app: "PayerLens", claims: [] }))),
      TEST_PASSPHRASE,
      /^Nothing was changed: this is an unencrypted backup, not an encrypted PayerLens backup\.$/
    ],
    [
      backupPath,
      "not the passphrase it was saved with",
      /^Nothing was changed: That passphrase does not open this backup/
    ]
  ]
  for (const [chosen, passphrase, message] of bad) {
    await restore(chosen, passphrase)
    await expect(options.getByTestId("options-message")).toHaveText(message)
    expect(byKey(await storedRows(h.worker, "claims"))).toEqual(restored)
  }
})
