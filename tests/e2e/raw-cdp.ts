// A bare Chrome DevTools Protocol client over the browser's debugging pipe-less port. Playwright attaches to
// every service worker it sees, and Chromium keeps an attached extension worker alive; this client attaches
// only when asked and detaches again, so Chromium can really stop the worker.
import { spawn, type ChildProcess } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import WebSocket from "ws"

type Pending = { resolve: (v: any) => void; reject: (e: Error) => void }
export type TargetInfo = { targetId: string; type: string; url: string }

export class RawBrowser {
  private nextId = 1
  private pending = new Map<number, Pending>()
  private listeners: ((method: string, params: any, sessionId?: string) => void)[] = []
  private constructor(
    private ws: WebSocket,
    private child: ChildProcess,
    private dir: string
  ) {
    ws.on("message", (data) => {
      const msg = JSON.parse(String(data))
      if (msg.id !== undefined) {
        const p = this.pending.get(msg.id)
        this.pending.delete(msg.id)
        if (msg.error) p?.reject(new Error(`${msg.error.message}`))
        else p?.resolve(msg.result)
      } else for (const l of this.listeners) l(msg.method, msg.params, msg.sessionId)
    })
  }

  static async launch(executable: string, args: string[]): Promise<RawBrowser> {
    const dir = mkdtempSync(join(tmpdir(), "payerlens-raw-"))
    const child = spawn(executable, [`--user-data-dir=${dir}`, "--remote-debugging-port=0", ...args, "about:blank"], {
      stdio: "ignore"
    })
    const portFile = join(dir, "DevToolsActivePort")
    // Chromium creates the file, then writes the port and the path: wait for both (a busy machine showed an empty file)
    const written = () => {
      if (!existsSync(portFile)) return null
      const [port, path] = readFileSync(portFile, "utf8").trim().split("\n")
      return /^\d+$/.test(port ?? "") && path?.startsWith("/") ? { port, path } : null
    }
    let found = written()
    for (let i = 0; i < 300 && !found; i++) {
      await new Promise((r) => setTimeout(r, 50))
      found = written()
    }
    if (!found) throw new Error(`Chromium wrote no DevTools port in 15 s (${portFile})`)
    const { port, path } = found
    const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`)
    await new Promise((resolve, reject) => (ws.once("open", resolve), ws.once("error", reject)))
    return new RawBrowser(ws, child, dir)
  }

  send<T = any>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = this.nextId++
    this.ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }))
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }))
  }

  on(listener: (method: string, params: any, sessionId?: string) => void): void {
    this.listeners.push(listener)
  }

  async targets(): Promise<TargetInfo[]> {
    return (await this.send<{ targetInfos: TargetInfo[] }>("Target.getTargets")).targetInfos
  }

  /** Evaluates an expression (awaiting promises) in a target, then detaches so nothing keeps it alive. */
  async evaluate<T>(targetId: string, expression: string): Promise<T> {
    const { sessionId } = await this.send("Target.attachToTarget", { targetId, flatten: true })
    try {
      const r = await this.send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true }, sessionId)
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? "evaluation failed")
      return r.result.value as T
    } finally {
      await this.send("Target.detachFromTarget", { sessionId }).catch(() => undefined)
    }
  }

  async close(): Promise<void> {
    this.ws.close()
    this.child.kill("SIGKILL")
    await new Promise((r) => setTimeout(r, 200))
    rmSync(this.dir, { recursive: true, force: true })
  }
}
