// A site the user may have PayerLens read always: an https origin, nothing more (no path, no query).
import { z } from "../model/zod"

export const SiteOrigin = z.string().regex(/^https:\/\/[a-z0-9.-]+(?::\d{1,5})?$/, "origin must be https://host")
