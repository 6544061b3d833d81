// The popup's "This page" strip: listed portals are read automatically; any other web page can be read
// once ("Read this page") or always ("Always read this site", which asks for that one host).
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
}

export function ThisPage({ host, access, busy, message, onRead, onAlwaysRead }: Props) {
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
