// The committed chapter F module equals ../shared/data/icd10cm-F.tsv, and the lookups read it right.
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { allChapterF, billableUnder, lookupIcd10, normaliseIcd10, searchIcd10 } from "../../src/icd10"
import { CHAPTER_F_ROWS } from "../../src/icd10/chapter-f.generated"
import { renderChapterF } from "../../src/icd10/render"
import { HAS_SHARED, NEEDS_SHARED, sharedPath } from "./shared"

describe.skipIf(!HAS_SHARED)(`ICD-10-CM chapter F module matches ../shared/data${NEEDS_SHARED}`, () => {
  it("is what `npm run gen:icd10` writes from the file today", () => {
    const tsv = readFileSync(sharedPath("data", "icd10cm-F.tsv"), "utf8")
    const committed = readFileSync(new URL("../../src/icd10/chapter-f.generated.ts", import.meta.url), "utf8")
    expect(committed).toBe(renderChapterF(tsv))
  })
})

describe("ICD-10-CM chapter F lookups", () => {
  it("holds 872 billable codes and 241 headers, as the data README counts", () => {
    expect(CHAPTER_F_ROWS).toBe(1113)
    const all = allChapterF()
    expect(all.filter((r) => r.billable)).toHaveLength(872)
    expect(all.filter((r) => !r.billable)).toHaveLength(241)
  })

  it("tells billable codes from headers, whatever the spelling", () => {
    expect(lookupIcd10("f411")).toMatchObject({
      code: "F41.1",
      billable: true,
      description: "Generalized anxiety disorder"
    })
    expect(lookupIcd10("F41")).toMatchObject({ code: "F41", billable: false })
    expect(lookupIcd10("F99")).toMatchObject({ billable: true })
    expect(lookupIcd10("F41.9 ")?.billable).toBe(true)
    expect(lookupIcd10("F41.7")).toBeNull()
    expect(normaliseIcd10("Z63.0")).toBe("Z63.0")
    expect(normaliseIcd10("hello")).toBeNull()
  })

  it("lists the billable codes under a header", () => {
    expect(billableUnder("F41").map((r) => r.code)).toEqual(["F41.0", "F41.1", "F41.3", "F41.8", "F41.9"])
    expect(billableUnder("F43.1").map((r) => r.code)).toEqual(["F43.10", "F43.11", "F43.12"])
    expect(billableUnder("F41.1")).toEqual([])
  })

  it("finds a diagnosis by words or by code", () => {
    expect(searchIcd10("generalized anxiety")[0].code).toBe("F41.1")
    expect(searchIcd10("F43.1").map((r) => r.code)).toEqual(["F43.10", "F43.11", "F43.12", "F43.1"])
    expect(searchIcd10("")).toEqual([])
  })
})
