import { readFileSync } from "node:fs"
import { join } from "node:path"
import Ajv2020 from "ajv/dist/2020.js"
import { parseHtml } from "../../src/cli/dom"
import { capturePage } from "../../src/reader"
import { PayerLensDb } from "../../src/storage/db"
import { sharedPath } from "./shared"

export const CONTRACTS = sharedPath("contracts")

export function contractValidator() {
  const schema = JSON.parse(readFileSync(join(CONTRACTS, "capture-v1.schema.json"), "utf8"))
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  return ajv.compile(schema)
}

export function readHtml(html: string, url: string) {
  const { document, close } = parseHtml(html, url)
  try {
    return capturePage(document, url)
  } finally {
    close()
  }
}

let n = 0
export function freshDb(): PayerLensDb {
  return new PayerLensDb(`payerlens-test-${process.pid}-${n++}`)
}
