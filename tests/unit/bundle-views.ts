// Views written in TSX, bundled with esbuild for a test (vitest here does not compile TSX) and imported: the
// module exports what `exports` names. The bundle goes inside the project (the test runner loads modules from there
// only), in node_modules' cache folder, never committed; `remove` deletes it.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs"
import { join } from "node:path"
import { build, type Plugin } from "esbuild"

const ROOT = join(import.meta.dirname, "..", "..")

/** The views take their `send` from the test; the polyfill refuses to load outside an extension. */
const NO_POLYFILL: Plugin = {
  name: "no-polyfill",
  setup(b) {
    b.onResolve({ filter: /^webextension-polyfill$/ }, () => ({ path: "polyfill", namespace: "stub" }))
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export default {}", loader: "js" }))
  }
}

export async function bundleViews<T>(
  name: string,
  exports: string[],
  options: { stubPolyfill?: boolean } = {}
): Promise<{ module: T; remove: () => void }> {
  mkdirSync(join(ROOT, "node_modules", ".cache"), { recursive: true })
  const out = mkdtempSync(join(ROOT, "node_modules", ".cache", `payerlens-${name}-`))
  const outfile = join(out, "views.mjs")
  await build({
    stdin: { contents: exports.join("\n"), resolveDir: ROOT, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "browser",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"development"' },
    plugins: options.stubPolyfill ? [NO_POLYFILL] : [],
    outfile,
    logLevel: "silent"
  })
  return {
    module: (await import(/* @vite-ignore */ outfile)) as T,
    remove: () => rmSync(out, { recursive: true, force: true })
  }
}
