// What a copy of the profile shows (issue 14, "Attacks and faults"): after captures of the sandbox portal, every
// IndexedDB store and chrome.storage.local, dumped from inside the worker, hold no client name, member ID, claim or
// authorization number or date of birth in clear; the same after a capture made while locked (kept as one sealed
// row); after unlock that capture is merged and every record is whole again, read back through the messages.
import { expect, test } from "@playwright/test"
import { launchWithExtension, TEST_PASSPHRASE, type Harness } from "./harness"
import { dumpEverything, extensionPage, fixture, secretsIn, secretsOf, send } from "./protection-helpers"

let h: Harness
test.afterEach(async () => h?.close())
test.setTimeout(120_000)

const UNLOCKED = [fixture("availity", "01-claim-status-results"), fixture("availity", "03-auth-list")]
const LOCKED = fixture("uhc", "01-claims-list")

test("no client name, member ID, number or birth date in clear on disk: unlocked, locked, and after unlock", async () => {
  h = await launchWithExtension()
  const ext = await extensionPage(h.context, h.extensionId)
  const search = async (text: string) => (await send(ext, { type: "search/query", text })) as any

  const portal = await h.context.newPage()
  for (const { url, expected } of UNLOCKED) {
    await portal.goto(url)
    const first = expected.claims[0]?.claimNumber ?? expected.authorizations[0].authNumber
    await expect
      .poll(async () => (await search(first)).totals?.claims + (await search(first)).totals?.authorizations)
      .toBeGreaterThan(0)
  }
  const secrets = UNLOCKED.flatMap((f) => secretsOf(f.expected))
  expect(secrets.length).toBeGreaterThan(8)
  // the check finds them where they are in clear (the expected captures themselves)
  const clear = { stores: { x: { count: 1, text: JSON.stringify(UNLOCKED.map((f) => f.expected)) } }, local: "" }
  expect(secretsIn(clear, secrets)).toHaveLength(secrets.length)
  const unlocked = await dumpEverything(h.worker)
  expect(unlocked.stores.sealedClaims.count).toBe(UNLOCKED[0].expected.claims.length)
  expect(unlocked.stores.sealedAuthorizations.count).toBe(UNLOCKED[1].expected.authorizations.length)
  expect(secretsIn(unlocked, secrets)).toEqual([])

  // locked: a capture is kept sealed to the capture key, one row, and nothing of it shows
  expect(await send(ext, { type: "vault/lock" })).toEqual({ ok: true })
  expect((await send(ext, { type: "vault/status" })).state).toBe("locked")
  await portal.goto(LOCKED.url)
  await expect.poll(async () => (await dumpEverything(h.worker)).stores.lockedCaptures.count).toBe(1)
  const locked = await dumpEverything(h.worker)
  const lockedSecrets = [...secrets, ...secretsOf(LOCKED.expected)]
  expect(secretsIn(locked, lockedSecrets)).toEqual([])
  expect(locked.stores.sealedClaims.count).toBe(UNLOCKED[0].expected.claims.length) // merged only at unlock
  expect(await search("RIVERA")).toMatchObject({ ok: false, error: "PayerLens is locked. Unlock it to see your data." })

  // unlock: the held capture is merged, the row is gone, every record whole
  expect(await send(ext, { type: "vault/unlock", passphrase: TEST_PASSPHRASE })).toEqual({ ok: true })
  const after = await dumpEverything(h.worker)
  expect(after.stores.lockedCaptures.count).toBe(0)
  expect(after.stores.sealedClaims.count).toBe(UNLOCKED[0].expected.claims.length + LOCKED.expected.claims.length)
  expect(secretsIn(after, lockedSecrets)).toEqual([])
  for (const { expected } of [...UNLOCKED, LOCKED]) {
    for (const c of expected.claims) {
      const found = (await search(c.claimNumber)).claims.filter((s: any) => s.claimNumber === c.claimNumber)
      expect(found, c.claimNumber).toHaveLength(1)
      expect(found[0], c.claimNumber).toMatchObject({
        payer: c.payer,
        patient: c.patient,
        status: c.status,
        billedCents: c.billedCents,
        paidCents: c.paidCents,
        serviceFrom: c.serviceFrom
      })
    }
    for (const a of expected.authorizations) {
      const found = (await search(a.authNumber)).authorizations.filter((s: any) => s.authNumber === a.authNumber)
      expect(found, a.authNumber).toHaveLength(1)
      expect(found[0], a.authNumber).toMatchObject({ payer: a.payer, status: a.status })
    }
  }
  // the overview the popup shows counts every claim once
  const overview = await send(ext, { type: "overview/get", limit: 100 })
  expect(overview.ok, JSON.stringify(overview).slice(0, 200)).toBe(true)
})
