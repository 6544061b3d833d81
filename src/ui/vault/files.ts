// Bytes in and out of the options page: the encrypted backup travels to and from the worker as base64url
// (src/crypto/bytes.ts: toBase64Url, fromBase64Url).

/** Saves bytes as a file through the browser's download (an object URL, revoked once the click is done). */
export function saveBytes(name: string, bytes: Uint8Array<ArrayBuffer>, type: string): void {
  const link = document.createElement("a")
  link.href = URL.createObjectURL(new Blob([bytes], { type }))
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
}

/** A file's bytes as base64url, read by the browser (a data: URL) rather than a loop over 100 MB in script. */
export function fileToBase64Url(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      const base64 = url.slice(url.indexOf(",") + 1)
      resolve(base64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""))
    }
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"))
    reader.readAsDataURL(file)
  })
}

/** payerlens-backup-2026-11-27.plbackup */
export const backupFileName = (day: string) => `payerlens-backup-${day}.plbackup`
