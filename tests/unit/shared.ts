// ../shared beside the project holds the fixed contracts, data and sample files. A user's clone has none:
// tests that need it skip with one line saying why. CI always has it (.ci/run fails at once without it).
import { existsSync } from "node:fs"
import { join } from "node:path"

export const SHARED = join(import.meta.dirname, "..", "..", "..", "shared")
export const HAS_SHARED = existsSync(join(SHARED, "contracts"))
/** Append to a describe name: says why the block is skipped in a clone without ../shared. */
export const NEEDS_SHARED = HAS_SHARED ? "" : " (skipped: ../shared is absent in this clone)"
export const sharedPath = (...parts: string[]) => join(SHARED, ...parts)
