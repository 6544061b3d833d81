// Import 835 remittance files: each file parsed (src/era), planned against the stored claims and written by the
// store in one transaction per file (src/storage/remittance-plan.ts). One result per file, in the order chosen: its
// summary, or the one reason it was refused (nothing of a refused file is stored).
import { z, type Infer } from "../model/zod"
import { RemittanceSummary } from "../model/payment"
import { EraError, parseRemittance, type Remittance } from "../era"
import type { RemittanceStore } from "../storage/remittance-plan"
import type { WorkerContext } from "../worker/context"
import { defineMessage, replyOf, type Failure } from "./define"

/** What one request may carry: Chrome passes messages up to 64 MiB as JSON; 50 MB of files leaves room. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024
export const MAX_IMPORT_FILES = 100

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`

/** The files of one request: names and their text (X12 is ASCII, so characters are bytes), 50 MB at most. */
export const EraFiles = z
  .array(
    z.strictObject({
      name: z.string().min(1).max(255),
      text: z.string().max(MAX_IMPORT_BYTES, `a file over ${megabytes(MAX_IMPORT_BYTES)} is refused`)
    })
  )
  .min(1, "choose at least one file")
  .max(MAX_IMPORT_FILES, `at most ${MAX_IMPORT_FILES} files at a time`)
  .refine(
    (files) => files.reduce((n, f) => n + f.text.length, 0) <= MAX_IMPORT_BYTES,
    `the files are over ${megabytes(MAX_IMPORT_BYTES)} together; import them in smaller groups`
  )

export const FileResult = z.union([
  z.strictObject({ name: z.string(), ok: z.literal(true), summary: RemittanceSummary }),
  z.strictObject({ name: z.string(), ok: z.literal(false), error: z.string() })
])
export type FileResult = Infer<typeof FileResult>

export const FileResults = z.strictObject({ ok: z.literal(true), files: z.array(FileResult) })

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1) + (/[.!?]$/.test(s) ? "" : ".")

/** The file's remittance, or the one line that says why it is refused (never the file's content). */
export function parseFile(file: { name: string; text: string }): { remittance: Remittance } | { error: string } {
  try {
    return { remittance: parseRemittance(file.text) }
  } catch (error) {
    if (error instanceof EraError) return { error: sentence(error.message) }
    return { error: "The file could not be read as an 835 remittance." }
  }
}

/** The store's remittance methods. */
export function remittanceStore(ctx: WorkerContext): Partial<RemittanceStore> {
  return ctx.store
}
export const UNAVAILABLE = "Importing remittances is not available in this version of PayerLens."

/** Every file refused by the store for one same reason (locked, storage full): one failure says it once. */
export function sameFailure(results: FileResult[], stored: Failure[]): Failure | null {
  if (stored.length === 0 || stored.length !== results.length) return null
  return stored.every((f) => f.error === stored[0].error) ? stored[0] : null
}

export const eraImport = defineMessage({
  type: "era/import",
  request: z.strictObject({ type: z.literal("era/import"), files: EraFiles }),
  reply: replyOf(FileResults),
  from: "extension-pages",
  async handle({ files }, ctx) {
    const store = remittanceStore(ctx)
    if (!store.importRemittance) return { ok: false, error: UNAVAILABLE }
    const results: FileResult[] = []
    const failures: Failure[] = []
    let changed = false
    // one file at a time: parsed, stored, and let go before the next is parsed
    for (const file of files) {
      const parsed = parseFile(file)
      if ("error" in parsed) {
        results.push({ name: file.name, ok: false, error: parsed.error })
        continue
      }
      const importRemittance = store.importRemittance
      const done = await ctx.storing(() =>
        importRemittance([{ name: file.name, remittance: parsed.remittance }], ctx.now())
      )
      if (!Array.isArray(done)) {
        failures.push(done)
        results.push({ name: file.name, ok: false, error: done.error })
        continue
      }
      const summary = done[0]
      results.push({ name: file.name, ok: true, summary })
      if (summary.changes && summary.changes.added + summary.changes.updated > 0) changed = true
    }
    const failure = sameFailure(results, failures)
    if (failure) return failure
    if (changed) {
      await ctx.deps.scheduleTick()
      await ctx.publish()
    }
    return { ok: true as const, files: results }
  }
})
