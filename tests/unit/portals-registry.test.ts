// Meta-test: every adapter file is registered, has test pages, and the content script matches every host.
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { GENERIC, PORTALS, PORTAL_MATCHES, adapterFor } from "../../src/portals/registry"
import { FIXTURES } from "../sandbox/pages"

const ROOT = join(import.meta.dirname, "..", "..")
const adapterFiles = readdirSync(join(ROOT, "src", "portals")).filter((f) => !["types.ts", "registry.ts"].includes(f))

describe("portal registry", () => {
  it("registers every adapter file", () => {
    const ids = [...PORTALS, GENERIC].map((p) => p.id)
    for (const file of adapterFiles) {
      const source = readFileSync(join(ROOT, "src", "portals", file), "utf8")
      const id = /\bid:\s*"([^"]+)"/.exec(source)?.[1]
      expect(id, `${file} declares an id`).toBeTruthy()
      expect(ids, `${file} is imported by the registry`).toContain(id)
    }
  })

  it("every adapter has a header and its own test pages", () => {
    for (const p of [...PORTALS, GENERIC]) {
      expect(p.label).toBeTruthy()
      expect(p.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      const dir = join(FIXTURES, p.id)
      expect(
        existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(".html")),
        `tests/fixtures/pages/${p.id}/`
      ).toBe(true)
    }
  })

  it("the content script matches exactly the registry's hosts", () => {
    const source = readFileSync(join(ROOT, "contents", "portal-reader.ts"), "utf8")
    const block = /matches:\s*\[([^\]]*)\]/.exec(source)![1]
    const listed = [...block.matchAll(/"([^"]+)"/g)].map((m) => m[1])
    expect(listed.sort()).toEqual([...PORTAL_MATCHES].sort())
  })

  it("every listed host is read by its own adapter, on any path, and by no other", () => {
    for (const p of PORTALS) {
      expect(p.matches.length, p.id).toBeGreaterThan(0)
      for (const pattern of p.matches) {
        const m = /^https:\/\/(\*\.)?([^/*]+)\/\*$/.exec(pattern)
        expect(m, `${p.id}: ${pattern} is an https host or *.domain`).toBeTruthy()
        const hosts = m![1] ? [m![2], `providerconnect.${m![2]}`, `a.b.${m![2]}`] : [m![2]]
        for (const host of hosts)
          for (const path of ["/", "/claims/detail/C123", "/pc/auth/authorizationListing?x=1#top"])
            expect(adapterFor(`https://${host}${path}`).id, `${host}${path}`).toBe(p.id)
        expect(adapterFor(`https://${m![2]}.evil.example/`).id).toBe("generic")
        expect(adapterFor(`https://evil${m![2]}/`).id).toBe("generic")
        expect(PORTALS.filter((o) => o.matches.includes(pattern)).map((o) => o.id)).toEqual([p.id])
      }
    }
  })

  it("keeps the public source of every host beside the host list", () => {
    for (const file of adapterFiles.filter((f) => f !== "generic.ts")) {
      const source = readFileSync(join(ROOT, "src", "portals", file), "utf8")
      const hosts = [
        ...(/matches:\s*\[([^\]]*)\]/.exec(source)?.[1] ?? "").matchAll(/https:\/\/(?:\*\.)?([^/]+)\//g)
      ].map((m) => m[1])
      const comments = source
        .split("\n")
        .filter((l) => l.trim().startsWith("//"))
        .join("\n")
      expect(comments, `${file} cites a public page`).toMatch(/https?:\/\/\S+/)
      for (const host of hosts) expect(comments, `${file}: ${host} has a source comment`).toContain(host)
    }
  })

  it("chooses adapters by address", () => {
    expect(adapterFor("https://apps.availity.com/public/apps/claim-status/").id).toBe("availity")
    expect(adapterFor("https://apps.availity.com.evil.io/").id).toBe("generic")
    expect(adapterFor("not a url").id).toBe("generic")
  })
})
