// The popup's "This page" strip: listed portals are read automatically; any other web page can be read
// once ("Read this page") or always ("Always read this site", which asks for that one host); a site read always
// can be handed back ("Stop reading this site": its reader and its host permission go).
export type PageAccess = "portal" | "site" | "other" | "not-web"

export function pageAccess(
  url: string | undefined,
  listed: (url: string) => boolean,
  siteGranted: boolean
): PageAccess {
  if (!url || !/^https?:/.test(url)) return "not-web"
  if (listed(url)) return "portal"
  return siteGranted ? "site" : "other"
}

type Props = {
  host: string | null
  access: PageAccess
  busy: boolean
  message: string | null
  onRead: () => void
  onAlwaysRead: () => void
  /** shown for a site the user allowed */
  onStopReading?: () => void
}

export function ThisPage({ host, access, busy, message, onRead, onAlwaysRead, onStopReading }: Props) {
  if (access === "not-web") return null
  return (
    <section className="this-page" aria-label="This page">
      {access === "portal" && <p className="line2">PayerLens reads {host} automatically as you browse.</p>}
      {access === "site" && <p className="line2">You chose to have PayerLens read {host} automatically.</p>}
      {access !== "portal" && (
        <div className="actions">
          <button type="button" onClick={onRead} disabled={busy}>
            {busy ? "Reading…" : "Read this page"}
          </button>
          {access === "other" && (
            <button type="button" className="secondary" onClick={onAlwaysRead} disabled={busy}>
              Always read {host}
            </button>
          )}
          {access === "site" && onStopReading && (
            <button type="button" className="secondary" onClick={onStopReading} disabled={busy}>
              Stop reading {host}
            </button>
          )}
        </div>
      )}
      {message && (
        <p className="line2" role="status" data-testid="read-result">
          {message}
        </p>
      )}
    </section>
  )
}
