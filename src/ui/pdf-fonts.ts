// The fonts the client documents' PDFs embed (DejaVu Sans: it covers Spanish), bundled with the extension and
// fetched from its own files only when a PDF is saved.
import regularUrl from "url:dejavu-fonts-ttf/ttf/DejaVuSans.ttf"
import boldUrl from "url:dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"
import type { PdfFonts } from "../client/pdf"

const bytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer())

let loading: Promise<PdfFonts> | null = null
export function loadPdfFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([bytes(regularUrl), bytes(boldUrl)]).then(([regular, bold]) => ({ regular, bold }))
  loading.catch(() => (loading = null))
  return loading
}
