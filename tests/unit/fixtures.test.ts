// Every fixture page through the reader: the output equals the hand-checked expected capture and is valid
// capture-v1 by the contract's own JSON Schema.
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { HELD_OUT, listFixtures } from "../sandbox/pages"
import { contractValidator, readHtml } from "./helpers"

const validate = contractValidator()
const fixtures = [...listFixtures(), ...listFixtures(HELD_OUT).map((f) => ({ ...f, portal: `heldout/${f.portal}` }))]

describe("fixture corpus", () => {
  it("has pages with expected captures", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40)
    for (const f of fixtures) expect(f.expected, `${f.portal}/${f.name}.json`).not.toBeNull()
  })

  for (const f of fixtures) {
    it(`${f.portal}/${f.name} reads as expected`, () => {
      const capture = readHtml(readFileSync(f.htmlPath, "utf8"), f.url)
      expect(validate(capture), JSON.stringify(validate.errors)).toBe(true)
      expect(validate(f.expected), JSON.stringify(validate.errors)).toBe(true)
      expect(capture).toEqual(f.expected)
    })
  }
})
