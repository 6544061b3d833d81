// The claim and authorization rows say "also seen on <host>" for a record unlisted sites showed, and nothing when
// none did. vitest here does not compile JSX (tsconfig keeps it for Plasmo), so the rows are bundled with esbuild,
// React included, and rendered to markup.
import { bundleViews } from "./bundle-views"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { createElement as CreateElement } from "react"
import type { renderToStaticMarkup as Render } from "react-dom/server"
import type { ClaimRow as ClaimRowView } from "../../src/ui/ClaimRow"
import type { AuthRow as AuthRowView } from "../../src/ui/AuthRow"
import type { FirstApiContext as ApiContext } from "../../src/ui/use-api"
import type { AuthorizationRow } from "../../src/messages/rows"
import type { StoredClaim } from "../../src/model/records"
import type { Capture } from "../../src/model/capture"
import { mergeAuthorization, mergeClaim } from "../../src/storage/merge"
import { listFixtures } from "../sandbox/pages"

type Views = {
  createElement: typeof CreateElement
  renderToStaticMarkup: typeof Render
  ClaimRow: typeof ClaimRowView
  AuthRow: typeof AuthRowView
  FirstApiContext: typeof ApiContext
}
let v: Views
let remove = () => {}
beforeAll(async () => {
  ;({ module: v, remove } = await bundleViews<Views>("also-seen", [
    'export { ClaimRow } from "./src/ui/ClaimRow.tsx"',
    'export { AuthRow } from "./src/ui/AuthRow.tsx"',
    'export { FirstApiContext } from "./src/ui/use-api.ts"',
    'export { createElement } from "react"',
    'export { renderToStaticMarkup } from "react-dom/server"'
  ]))
}, 60_000)
afterAll(() => remove())

const fixture = (portal: string, name: string) =>
  structuredClone(listFixtures().find((f) => f.portal === portal && f.name === name)!.expected) as Capture
const meta = (portal: string, sourceUrl: string, now: string) => ({ key: "k", portal, sourceUrl, now })
const UHC = "https://secure.uhcprovider.com/claims"

function render(node: ReturnType<Views["createElement"]>): string {
  // the rows' timeline button asks for the API only when pressed: any object stands in
  return v.renderToStaticMarkup(v.createElement(v.FirstApiContext.Provider, { value: {} as never }, node))
}
const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&")

describe("also seen on", () => {
  const claim = fixture("uhc", "01-claims-list").claims[0]
  const stored = mergeClaim(undefined, claim, meta("uhc", UHC, "2026-11-20T10:00:00.000Z")).record
  const seen = (c: StoredClaim) =>
    [
      ["https://claims-lookup.example", "2026-11-21T10:00:00.000Z"],
      ["http://localhost:8080", "2026-11-22T10:00:00.000Z"]
    ].reduce((r, [origin, at]) => mergeClaim(r, claim, meta("generic", `${origin}/x`, at)).record, c)

  it("a claim row names the hosts, newest first", () => {
    const html = render(v.createElement(v.ClaimRow, { claim: seen(stored), auths: [], actions: {} }))
    expect(text(html)).toContain("also seen on localhost:8080, claims-lookup.example")
    expect(html).toContain('data-testid="also-seen"')
  })

  it("a claim no unlisted site showed has no such line", () => {
    const html = render(v.createElement(v.ClaimRow, { claim: stored, auths: [], actions: {} }))
    expect(html).not.toContain("also seen on")
  })

  it("an authorization row names the host too", () => {
    const auth = fixture("uhc", "03-prior-auth-list").authorizations[0]
    const known = mergeAuthorization(undefined, auth, meta("uhc", UHC, "2026-11-20T10:00:00.000Z")).record
    const record = mergeAuthorization(
      known,
      auth,
      meta("generic", "https://auth-check.example/a", "2026-11-21T10:00:00.000Z")
    ).record
    const row: AuthorizationRow = {
      ...record,
      watch: { daysLeft: 30, remaining: 4, flags: [], needsAttention: false },
      runOut: null,
      usage: { portalUsed: record.unitsUsed, seen: 0, since: record.startDate, differs: false }
    }
    expect(text(render(v.createElement(v.AuthRow, { auth: row })))).toContain("also seen on auth-check.example")
    expect(render(v.createElement(v.AuthRow, { auth: { ...row, alsoSeenOn: undefined } }))).not.toContain(
      "also seen on"
    )
  })
})
