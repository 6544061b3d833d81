// The sandbox portal's pages: every fixture page at the address its expected capture names, plus the
// portal shells (Availity frames its applications) and a page on a host no adapter lists.
import { readdirSync, readFileSync, existsSync } from "node:fs"
import { join } from "node:path"
import type { Capture } from "../../src/model/capture"

export const FIXTURES = join(import.meta.dirname, "..", "fixtures", "pages")
export const SHELLS = join(import.meta.dirname, "shells")

export type Fixture = { portal: string; name: string; htmlPath: string; url: string; expected: unknown }

/** Pages written after the reader, with expected captures written by hand before it first read them. */
export const HELD_OUT = join(import.meta.dirname, "..", "fixtures", "heldout")

export function listFixtures(root = FIXTURES): Fixture[] {
  const out: Fixture[] = []
  for (const portal of readdirSync(root).sort()) {
    for (const file of readdirSync(join(root, portal)).sort()) {
      if (!file.endsWith(".html")) continue
      const name = file.slice(0, -5)
      const jsonPath = join(root, portal, `${name}.json`)
      const expected = existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, "utf8")) : null
      out.push({ portal, name, htmlPath: join(root, portal, file), url: expected?.url ?? "", expected })
    }
  }
  return out
}

/** host + path → file. Shell pages live under shells/<host>/<path>.html. */
export function sandboxRoutes(): Map<string, string> {
  const routes = new Map<string, string>()
  // the held-out pages too: the e2e browse some of them as a biller would (their addresses differ from the corpus')
  for (const f of [...listFixtures(), ...listFixtures(HELD_OUT)]) {
    if (!f.url) continue
    const u = new URL(f.url)
    if (!routes.has(`${u.hostname}${u.pathname}`)) routes.set(`${u.hostname}${u.pathname}`, f.htmlPath)
  }
  if (existsSync(SHELLS))
    for (const host of readdirSync(SHELLS))
      for (const file of readdirSync(join(SHELLS, host)))
        routes.set(`${host}/${file.replace(/\.html$/, "").replace(/__/g, "/")}`, join(SHELLS, host, file))
  return routes
}

export const SANDBOX_HOSTS = (): string[] => [...new Set([...sandboxRoutes().keys()].map((k) => k.split("/")[0]))]

/** Strings of a capture that name a client or identify a claim or authorization: what must never be on disk in
 * clear (the protection tests look for each). */
export function secretsOf(capture: Capture): string[] {
  const out = new Set<string>()
  for (const r of [...capture.claims, ...capture.authorizations]) {
    if (r.patient.name) out.add(r.patient.name)
    if (r.patient.memberId) out.add(r.patient.memberId)
    if (r.patient.dateOfBirth) out.add(r.patient.dateOfBirth)
    out.add("claimNumber" in r ? r.claimNumber : r.authNumber)
  }
  return [...out].filter((s) => s.length >= 6)
}
