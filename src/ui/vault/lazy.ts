// The vault forms that carry the strength estimate, loaded only when they show (first run; options). Every page
// takes them from here and none imports them statically: a module a page imported statically would be bundled
// into that page and its chunk could run before the one it needs (CONTRIBUTING, "Add a view").
import { lazy } from "react"

export const SetupForm = lazy(() => import("./SetupForm"))
export const ChangePassphrase = lazy(() => import("./ChangePassphrase"))
