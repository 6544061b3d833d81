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
      expect(existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(".html")), `tests/fixtures/pages/${p.id}/`).toBe(true)
    }
  })

  it("the content script matches exactly the registry's hosts", () => {
    const source = readFileSync(join(ROOT, "contents", "portal-reader.ts"), "utf8")
    const block = /matches:\s*\[([^\]]*)\]/.exec(source)![1]
    const listed = [...block.matchAll(/"([^"]+)"/g)].map((m) => m[1])
    expect(listed.sort()).toEqual([...PORTAL_MATCHES].sort())
  })

  it("chooses adapters by address", () => {
    expect(adapterFor("https://apps.availity.com/public/apps/claim-status/").id).toBe("availity")
    expect(adapterFor("https://apps.availity.com.evil.io/").id).toBe("generic")
    expect(adapterFor("not a url").id).toBe("generic")
  })
})
