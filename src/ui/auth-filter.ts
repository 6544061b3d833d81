// The popup's authorization filters: active (the default; expired ones hidden), expiring or low, expired.
import type { AuthFlag } from "../tracking/overview"

export type AuthFilter = "active" | "expiring" | "expired"

export function authFilter(filter: AuthFilter) {
  return (a: { watch: { flags: AuthFlag[] } }) => {
    const expired = a.watch.flags.includes("expired")
    if (filter === "expired") return expired
    if (filter === "expiring") return !expired && a.watch.flags.length > 0
    return !expired
  }
}
