import type { Capture } from "../model/capture"
import { adapterFor } from "../portals/registry"
import { readPage } from "./read-page"

/** Read one page with the adapter its address (then its content) selects. */
export function capturePage(doc: Document, url: string): Capture {
  return readPage(doc, url, adapterFor(url, doc))
}
