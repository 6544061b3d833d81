// Issue 14 part 4, provenance: a capture's portal and address come from the sender the browser names, not from the
// page; a page on a site no adapter lists never rewrites a record read on a listed portal (it is noted beside it,
// "also seen on"); a single-payer portal fixes the payer; captures are capped and rate-limited per tab.
import { afterEach, describe, expect, it } from "vitest"
import { handleMessage } from "../../src/worker/dispatch"
import { listFixtures } from "../sandbox/pages"
import { EXT_ID, ok, snapshotDb, workerDeps } from "./helpers"
import type { Capture, Claim } from "../../src/model/capture"
import { GENERIC, PORTALS, isListedPortalId } from "../../src/portals/registry"
import { provenanceOf, withProvenance } from "../../src/worker/provenance"
import { ALSO_SEEN_CAP, addSighting, mergeAuthorization, mergeClaim, type Meta } from "../../src/storage/merge"
import { MAX_RECORDS_PER_CAPTURE, RATE_LIMITED } from "../../src/messages/capture-submit"
import { CAPTURE_RATE } from "../../src/worker/rate-limit"

const fixture = (portal: string, name: string) =>
  structuredClone(listFixtures().find((f) => f.portal === portal && f.name === name)!.expected) as Capture

const UHC_URL = "https://secure.uhcprovider.com/claims/search/results"
const ROGUE = "https://claims-lookup.example"
const ROGUE_URL = `${ROGUE}/status?member=UHC998877`
const sender = (url: string, tab = 4) => ({ id: EXT_ID, url, tab: { id: tab } })

let cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(cleanup.map((c) => c()))
  cleanup = []
})
/** The worker, with the rogue site granted (as "Always read this site" would) and a clock the test can move. */
async function worker(clock = { ms: Date.parse("2026-11-27T15:00:00Z") }, granted: string[] = []) {
  const made = await workerDeps({
    grants: async () => ({ matches: [`${ROGUE}/*`, ...granted], tabs: {} }),
    now: () => new Date(clock.ms)
  })
  cleanup.push(() => made.db.delete())
  return { ...made, clock }
}
const submit = (d: Awaited<ReturnType<typeof worker>>["d"], capture: Capture, url: string, tab = 4) =>
  handleMessage({ type: "capture/submit", capture }, sender(url, tab), d)
const storedClaims = async (d: Awaited<ReturnType<typeof worker>>["d"]) => (await d.store.records()).claims

/** The UHC claims page, then the same claim as a page on an unlisted site prints it: other amounts and status. */
function hostileCopy(of: Claim): Capture {
  const base = fixture("uhc", "01-claims-list")
  return {
    ...base,
    portal: "uhc", // the page says it is UnitedHealthcare's
    url: ROGUE_URL,
    claims: [
      {
        ...of,
        status: "paid",
        statusText: "Paid in full",
        paidCents: 999_999,
        billedCents: 999_999,
        patient: { name: "Someone Else", memberId: "X0000000", dateOfBirth: "1950-01-01" },
        checkNumber: "EFT-ROGUE-1",
        adjustments: [],
        remarkCodes: []
      }
    ],
    authorizations: [],
    warnings: []
  }
}

describe("the portal registry, by address alone", () => {
  it("every listed adapter declares its payer: a name for a single-payer portal, null for a multi-payer one", () => {
    for (const p of PORTALS) {
      expect(
        p.payer === null || (typeof p.payer === "string" && p.payer.trim() === p.payer && p.payer.length > 0),
        p.id
      ).toBe(true)
      expect(isListedPortalId(p.id), p.id).toBe(true)
    }
    expect(Object.fromEntries(PORTALS.map((p) => [p.id, p.payer]))).toEqual({
      availity: null,
      uhc: "UnitedHealthcare",
      "optum-bh": "Optum Behavioral Health",
      cigna: "Cigna",
      carelon: "Carelon Behavioral Health",
      epaces: "NY Medicaid"
    })
    expect(GENERIC.payer).toBeNull()
    for (const id of ["generic", "", "UHC", "uhc ", "evil"]) expect(isListedPortalId(id), id).toBe(false)
  })

  it("each single-payer portal's pages name that payer on every record (the declared payer is the real one)", () => {
    for (const p of PORTALS.filter((p) => p.payer)) {
      const pages = listFixtures().filter((f) => f.portal === p.id && f.expected)
      expect(pages.length, p.id).toBeGreaterThan(0)
      for (const f of pages) {
        const c = f.expected as Capture
        for (const r of [...c.claims, ...c.authorizations]) expect(r.payer, `${p.id}/${f.name}`).toBe(p.payer)
      }
    }
  })

  it("a listed host gives its portal; any other host is an unlisted site with its origin; no address, nothing", () => {
    expect(provenanceOf(UHC_URL)).toMatchObject({
      portal: "uhc",
      listed: true,
      origin: "https://secure.uhcprovider.com",
      payer: "UnitedHealthcare"
    })
    expect(provenanceOf("https://apps.availity.com/public/apps/claim-status/results")).toMatchObject({
      portal: "availity",
      listed: true,
      payer: null
    })
    // a look-alike host is not the portal
    for (const url of [
      ROGUE_URL,
      "https://secure.uhcprovider.com.evil.example/claims",
      "http://secure.uhcprovider.com/x"
    ])
      expect(provenanceOf(url), url).toMatchObject({ portal: "generic", listed: false, payer: null })
    expect(provenanceOf(ROGUE_URL)?.origin).toBe(ROGUE)
    expect(provenanceOf(undefined)).toBeNull()
    expect(provenanceOf("not an address")).toBeNull()
    expect(provenanceOf("data:text/html,<p>claims</p>")).toBeNull()
  })
})

describe("withProvenance", () => {
  it("a capture claiming a portal from another site is kept as that site's, with a warning free of PHI", () => {
    // the page names UHC's portal and address; the browser says it came from the rogue site
    const page = { ...hostileCopy(fixture("uhc", "01-claims-list").claims[0]), url: UHC_URL }
    const kept = withProvenance(page, provenanceOf(`${ROGUE}/status`)!)
    expect(kept.portal).toBe("generic")
    expect(kept.url).toBe(`${ROGUE}/status`) // the sender's address, not the page's
    expect(kept.claims[0].payer).toBe(page.claims[0].payer) // an unlisted site fixes no payer
    expect(kept.warnings).toEqual([
      "The page was read as UnitedHealthcare Provider Portal on claims-lookup.example, which is not a listed portal: kept as a record of claims-lookup.example."
    ])
    const c = page.claims[0]
    for (const phi of [c.claimNumber, c.patient.name!, c.patient.memberId!, "UHC998877"])
      expect(kept.warnings.join(" ")).not.toContain(phi)
  })

  it("keeps the page's own address when it is on the sender's origin (a single-page app's path)", () => {
    const page = { ...fixture("uhc", "01-claims-list"), url: `${ROGUE}/app#/claims/1` }
    expect(withProvenance(page, provenanceOf(`${ROGUE}/app`)!).url).toBe(`${ROGUE}/app#/claims/1`)
  })

  it("a single-payer portal fixes the payer of every record, whatever the page printed", () => {
    const page = fixture("uhc", "01-claims-list")
    page.claims[0].payer = "Aetna"
    page.claims[1].payer = null
    const kept = withProvenance(page, provenanceOf(UHC_URL)!)
    expect(kept.claims.map((c) => c.payer)).toEqual(page.claims.map(() => "UnitedHealthcare"))
    expect(kept.warnings.at(-1)).toBe(
      "2 records named no payer or another one; UnitedHealthcare Provider Portal serves UnitedHealthcare only, so they are kept under UnitedHealthcare."
    )
    // a page that names its payer right gets no warning
    expect(withProvenance(fixture("uhc", "01-claims-list"), provenanceOf(UHC_URL)!).warnings).toEqual(
      fixture("uhc", "01-claims-list").warnings
    )
  })
})

describe("merge: a listed portal's record and an unlisted site", () => {
  const listed = fixture("uhc", "01-claims-list")
  const at = "2026-11-27T15:00:00.000Z"
  const meta = (portal: string, sourceUrl: string, now = at): Meta => ({ key: "k", portal, sourceUrl, now })
  const stored = mergeClaim(undefined, listed.claims[0], meta("uhc", `${UHC_URL}`)).record

  it("leaves every field as it was and notes the site, with no history", () => {
    const m = mergeClaim(stored, hostileCopy(listed.claims[0]).claims[0], meta("generic", `${ROGUE}/status`))
    const { alsoSeenOn, ...fields } = m.record
    expect(JSON.stringify(fields)).toBe(JSON.stringify(stored))
    expect(alsoSeenOn).toEqual([{ origin: ROGUE, at }])
    expect(m.changes).toEqual([])
    expect(m.changed).toBe(true)
    // the same site again at the same time changes nothing
    expect(mergeClaim(m.record, listed.claims[0], meta("generic", `${ROGUE}/other`)).changed).toBe(false)
  })

  it("does the same for authorizations", () => {
    const auth = fixture("uhc", "03-prior-auth-list").authorizations[0]
    const known = mergeAuthorization(undefined, auth, meta("uhc", UHC_URL)).record
    const m = mergeAuthorization(known, { ...auth, unitsUsed: 0, status: "denied" }, meta("generic", ROGUE_URL))
    expect({ ...m.record, alsoSeenOn: undefined }).toEqual({ ...known, alsoSeenOn: undefined })
    expect(m.record.alsoSeenOn).toEqual([{ origin: ROGUE, at }])
  })

  it("a record an unlisted site read first is the listed portal's once the portal reads it", () => {
    const first = mergeClaim(undefined, hostileCopy(listed.claims[0]).claims[0], meta("generic", ROGUE_URL)).record
    const m = mergeClaim(first, listed.claims[0], meta("uhc", UHC_URL, "2026-11-28T09:00:00.000Z"))
    expect(m.record.portal).toBe("uhc")
    expect(m.record.paidCents).toBe(listed.claims[0].paidCents)
    expect(m.record.sourceUrl).toBe(UHC_URL)
    // and from then on the unlisted site only gets noted
    const again = mergeClaim(m.record, first, meta("generic", ROGUE_URL, "2026-11-29T09:00:00.000Z"))
    expect({ ...again.record, alsoSeenOn: undefined }).toEqual({ ...m.record, alsoSeenOn: undefined })
  })

  it("two listed portals, or two unlisted sites, merge as before", () => {
    const paid = { ...listed.claims[0], status: "paid" as const, paidCents: 12_345 }
    expect(mergeClaim(stored, paid, meta("availity", "https://apps.availity.com/x")).record.paidCents).toBe(12_345)
    const onSite = mergeClaim(undefined, listed.claims[0], meta("generic", ROGUE_URL)).record
    expect(mergeClaim(onSite, paid, meta("generic", "https://other.example/x")).record.paidCents).toBe(12_345)
  })

  it("also seen on: one entry per origin with its latest time, newest first, at most 10", () => {
    let seen = addSighting(undefined, "https://a.example", "2026-11-01T00:00:00.000Z")
    seen = addSighting(seen, "https://b.example", "2026-11-03T00:00:00.000Z")
    seen = addSighting(seen, "https://a.example", "2026-11-05T00:00:00.000Z")
    seen = addSighting(seen, "https://b.example", "2026-11-02T00:00:00.000Z") // older than what is kept
    expect(seen).toEqual([
      { origin: "https://a.example", at: "2026-11-05T00:00:00.000Z" },
      { origin: "https://b.example", at: "2026-11-03T00:00:00.000Z" }
    ])
    for (let i = 0; i < 30; i++)
      seen = addSighting(seen, `https://s${i}.example`, `2026-12-${String(i + 1).padStart(2, "0")}`)
    expect(seen).toHaveLength(ALSO_SEEN_CAP)
    expect(seen[0].origin).toBe("https://s29.example")
    expect(seen.at(-1)!.origin).toBe("https://s20.example")
  })
})

describe("capture/submit: provenance through the worker", () => {
  it("a capture claiming UnitedHealthcare sent from an unlisted site is stored as that site's", async () => {
    const { d } = await worker()
    const page = { ...fixture("uhc", "05-claims-grid-expandable"), url: `${ROGUE}/claims` }
    ok(await submit(d, page, `${ROGUE}/claims?session=1`))
    const claims = await storedClaims(d)
    expect(claims).toHaveLength(page.claims.length)
    for (const c of claims) {
      expect(c.portal).toBe("generic")
      expect(c.sourceUrl).toBe(`${ROGUE}/claims`)
      expect(c.alsoSeenOn).toBeUndefined()
    }
  })

  it("a hostile page on an unlisted site printing a UHC claim's payer and number leaves the record byte-for-byte", async () => {
    const { d } = await worker()
    const real = fixture("uhc", "01-claims-list")
    ok(await submit(d, real, UHC_URL))
    const before = (await storedClaims(d)).find((c) => c.claimNumber === real.claims[0].claimNumber)!
    const historyBefore = await d.store.history(before.key)
    const reply = ok(await submit(d, hostileCopy(real.claims[0]), ROGUE_URL, 9))
    expect(reply.stored).toEqual({ claimsNew: 0, claimsChanged: 1, authorizationsNew: 0, authorizationsChanged: 0 })
    const after = (await storedClaims(d)).find((c) => c.key === before.key)!
    const { alsoSeenOn, ...fields } = after
    expect(JSON.stringify(fields)).toBe(JSON.stringify(before))
    expect(alsoSeenOn).toEqual([{ origin: ROGUE, at: "2026-11-27T15:00:00.000Z" }])
    expect(await d.store.history(before.key)).toEqual(historyBefore)
    // no second record of the same claim was made either
    expect((await storedClaims(d)).filter((c) => c.claimNumber === before.claimNumber)).toHaveLength(1)
  })

  it("a capture from a UHC page naming another payer is kept under UnitedHealthcare", async () => {
    const { d } = await worker()
    const page = fixture("uhc", "02-claim-detail")
    page.claims[0].payer = "Aetna Better Health"
    ok(await submit(d, page, UHC_URL))
    const [claim] = await storedClaims(d)
    expect(claim.payer).toBe("UnitedHealthcare")
    expect(claim.portal).toBe("uhc")
    expect(claim.key.startsWith("unitedhealthcare|")).toBe(true)
  })
})

describe("capture/submit: caps and the per-tab rate", () => {
  it(`refuses more than ${CAPTURE_RATE.max} captures from one tab in ${CAPTURE_RATE.windowMs / 1000} s, other tabs go on`, async () => {
    const { d, clock } = await worker()
    const page = fixture("uhc", "02-claim-detail")
    for (let i = 0; i < CAPTURE_RATE.max; i++) expect((await submit(d, page, UHC_URL, 5)).ok, `capture ${i}`).toBe(true)
    const before = await storedClaims(d)
    const changed = { ...page, claims: [{ ...page.claims[0], paidCents: 1 }] }
    expect(await submit(d, changed, UHC_URL, 5)).toEqual({ ok: false, error: RATE_LIMITED })
    expect(await storedClaims(d)).toEqual(before)
    expect((await submit(d, page, UHC_URL, 6)).ok).toBe(true)
    clock.ms += CAPTURE_RATE.windowMs
    expect((await submit(d, changed, UHC_URL, 5)).ok).toBe(true)
    expect((await storedClaims(d))[0].paidCents).toBe(1)
  })

  it("refuses a capture with too many records before reading them, and the store is unchanged", async () => {
    const { d, db } = await worker()
    ok(await submit(d, fixture("uhc", "01-claims-list"), UHC_URL))
    const before = await snapshotDb(db)
    // empty objects: had the items been read, the errors would name their missing fields
    const junk = {
      ...fixture("uhc", "01-claims-list"),
      claims: Array.from({ length: MAX_RECORDS_PER_CAPTURE + 1 }, () => ({}))
    }
    const reply = await handleMessage({ type: "capture/submit", capture: junk }, sender(UHC_URL), d)
    expect(reply).toEqual({
      ok: false,
      error: "refused capture/submit: capture.claims: a capture holds at most 5,000 records"
    })
    // claims and authorizations together
    const claim = fixture("uhc", "02-claim-detail").claims[0]
    const auth = fixture("uhc", "04-auth-detail").authorizations[0]
    const both = {
      ...fixture("uhc", "01-claims-list"),
      claims: Array.from({ length: 2500 }, (_, i) => ({ ...claim, claimNumber: `C${i}` })),
      authorizations: Array.from({ length: 2501 }, (_, i) => ({ ...auth, authNumber: `A${i}` }))
    }
    expect(await submit(d, both, UHC_URL)).toEqual({
      ok: false,
      error:
        "refused capture/submit: capture.claims: a capture holds at most 5,000 records (claims and authorizations together)"
    })
    expect(await snapshotDb(db)).toEqual(before)
  })

  it("refuses over-long strings and lists with a reason naming the field, and keeps nothing of them", async () => {
    const { d, db } = await worker()
    const before = await snapshotDb(db)
    const page = () => fixture("uhc", "02-claim-detail")
    const cases: [string, (c: Capture) => void, string][] = [
      [
        "claim number",
        (c) => (c.claims[0].claimNumber = "9".repeat(81)),
        "capture.claims.0.claimNumber: an identifier is at most 80 characters"
      ],
      [
        "member ID",
        (c) => (c.claims[0].patient.memberId = "M".repeat(81)),
        "capture.claims.0.patient.memberId: an identifier is at most 80 characters"
      ],
      [
        "name",
        (c) => (c.claims[0].patient.name = "A".repeat(201)),
        "capture.claims.0.patient.name: a name is at most 200 characters"
      ],
      [
        "status text",
        (c) => (c.claims[0].statusText = "x".repeat(2001)),
        "capture.claims.0.statusText: a status text is at most 2,000 characters"
      ],
      [
        "procedure code",
        (c) => (c.claims[0].lines[0].procedureCode = "9".repeat(21)),
        "capture.claims.0.lines.0.procedureCode: a code is at most 20 characters"
      ],
      [
        "diagnosis codes",
        (c) => (c.claims[0].diagnosisCodes = Array(101).fill("F41.1")),
        "capture.claims.0.diagnosisCodes: at most 100 codes"
      ],
      [
        "warnings",
        (c) => (c.warnings = ["w".repeat(1001)]),
        "capture.warnings.0: a warning is at most 1,000 characters"
      ],
      [
        "address",
        (c) => (c.url = `${UHC_URL}?q=${"a".repeat(8192)}`),
        "capture.url: a page address is at most 8,192 characters"
      ]
    ]
    for (const [what, spoil, error] of cases) {
      const c = page()
      spoil(c)
      expect(await submit(d, c, UHC_URL), what).toEqual({ ok: false, error: `refused capture/submit: ${error}` })
    }
    expect(await snapshotDb(db)).toEqual(before)
  })

  it("takes the largest real page's values with room to spare (the caps refuse no fixture page)", async () => {
    const pages = listFixtures().filter((f) => f.expected)
    const { d } = await worker(undefined, [...new Set(pages.map((f) => `${new URL(f.url).origin}/*`))])
    for (const f of pages) {
      const c = structuredClone(f.expected) as Capture
      // one tab per page: the rate is not what this checks
      const reply = await submit(d, c, c.url, 100 + pages.indexOf(f))
      expect(reply.ok, `${f.portal}/${f.name}: ${JSON.stringify(reply).slice(0, 200)}`).toBe(true)
    }
  })
})
