/** Saves text as a file through the browser's download (an object URL, revoked once the click is done). */
export function download(name: string, text: string, type: string): void {
  const link = document.createElement("a")
  link.href = URL.createObjectURL(new Blob([text], { type }))
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
}
