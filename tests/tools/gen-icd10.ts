// npm run gen:icd10: turns ../shared/data/icd10cm-F.tsv (ICD-10-CM chapter F, public-domain US government data;
// release and caveat in ../shared/data/README.md) into src/icd10/chapter-f.generated.ts, which is committed so
// that the extension and a clone without ../shared have it. tests/unit/icd10-data.test.ts checks they match.
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { renderChapterF } from "../../src/icd10/render"

const root = join(import.meta.dirname, "..", "..")
const tsv = readFileSync(join(root, "..", "shared", "data", "icd10cm-F.tsv"), "utf8")
const out = join(root, "src", "icd10", "chapter-f.generated.ts")
writeFileSync(out, renderChapterF(tsv))
console.log(`wrote ${out}`)
