import { spawnSync } from "node:child_process"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { Capture } from "../../src/model/capture"
import { contractValidator } from "./helpers"
import { HAS_SHARED } from "./shared"

const ROOT = join(import.meta.dirname, "..", "..")
const run = (args: string[]) =>
  spawnSync("npm", ["run", "--silent", "extract", "--", ...args], { cwd: ROOT, encoding: "utf8" })

describe("extract command line (contract)", () => {
  it("prints exactly one capture-v1 document for a saved page", () => {
    const r = run([
      "tests/fixtures/pages/availity/02-claim-detail.html",
      "--url",
      "https://apps.availity.com/public/apps/claim-status/claim/2026281AB0412"
    ])
    expect(r.status).toBe(0)
    const capture = JSON.parse(r.stdout)
    if (HAS_SHARED) expect(contractValidator()(capture)).toBe(true)
    else expect(Capture.safeParse(capture).success).toBe(true)
    expect(capture.claims[0].claimNumber).toBe("2026281AB0412")
  })

  it("a page with nothing recognisable is still exit 0 with empty lists and a warning", () => {
    const r = run([
      "tests/sandbox/shells/essentials.availity.com/home.html",
      "--url",
      "https://essentials.availity.com/home"
    ])
    expect(r.status).toBe(0)
    const capture = JSON.parse(r.stdout)
    expect(capture).toMatchObject({ claims: [], authorizations: [], pageKind: "unknown" })
    expect(capture.warnings.length).toBeGreaterThan(0)
  })

  it("a missing file is exit 2 with one line on stderr", () => {
    const r = run(["no/such/page.html", "--url", "https://apps.availity.com/"])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe("")
    expect(r.stderr.trim().split("\n")).toHaveLength(1)
  })
})
