// The sandbox portal: realistic portal pages served over HTTPS on 127.0.0.1 with a throwaway self-signed
// certificate made at start. Chromium maps the real portal hosts here (--host-resolver-rules), so the
// production manifest's match patterns are what run.
import { createServer, type Server } from "node:https"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import type { AddressInfo } from "node:net"
import selfsigned from "selfsigned"
import { sandboxRoutes, SANDBOX_HOSTS } from "./pages"

export type Sandbox = { port: number; hosts: string[]; chromiumArgs: string[]; close: () => Promise<void> }

/** Any host in `extraHosts` also answers HOST_CHECK_PATH with one claims page (the host e2e reads it on every
 * host an adapter lists). */
export const HOST_CHECK_PATH = "/payerlens-host-check"
const HOST_CHECK_PAGE = join(import.meta.dirname, "..", "fixtures", "pages", "generic", "01-claims-div-rows.html")

export async function startSandbox(extraHosts: string[] = []): Promise<Sandbox> {
  const hosts = [...new Set([...SANDBOX_HOSTS(), ...extraHosts])]
  const pems = await selfsigned.generate([{ name: "commonName", value: "payerlens-sandbox" }], {
    notAfterDate: new Date(Date.now() + 2 * 86_400_000),
    keySize: 2048,
    extensions: [{ name: "subjectAltName", altNames: hosts.map((value) => ({ type: 2, value })) }]
  })
  const routes = sandboxRoutes()
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const host = (req.headers.host ?? "").split(":")[0]
    const path = (req.url ?? "/").split("?")[0].replace(/\/+$/, "") || "/"
    const file =
      routes.get(`${host}${path}`) ??
      routes.get(`${host}${path}/`) ??
      (path === HOST_CHECK_PATH ? HOST_CHECK_PAGE : undefined)
    if (!file) {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" })
      res.end("<!DOCTYPE html><title>Not found</title><h1>Page not found</h1>")
      return
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" })
    res.end(withRelativeDates(readFileSync(file, "utf8"), new Date()))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const port = (server.address() as AddressInfo).port
  const rules = hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(",")
  return {
    port,
    hosts,
    chromiumArgs: [`--host-resolver-rules=${rules}`, "--ignore-certificate-errors"],
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

/** Shell pages may write {{today+N}} / {{today-N}}: dates relative to the day the test runs (MM/DD/YYYY). */
export function withRelativeDates(html: string, now: Date): string {
  return html.replace(/\{\{today([+-]\d+)?\}\}/g, (_, offset: string | undefined) => {
    const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + Number(offset ?? 0))
    return `${String(d.getMonth() + 1).padStart(2, "0")}/${String(d.getDate()).padStart(2, "0")}/${d.getFullYear()}`
  })
}
