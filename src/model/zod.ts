// zod through named imports: the bundler (Parcel) mishandles zod's `export * as z` namespace, and named
// imports keep unused parts (locales, JSON Schema) out of the content script.
import {
  array,
  boolean,
  discriminatedUnion,
  enum as oneOf,
  literal,
  number,
  record,
  strictObject,
  string,
  union,
  unknown
} from "zod"

export const z = {
  array,
  boolean,
  discriminatedUnion,
  enum: oneOf,
  literal,
  number,
  record,
  strictObject,
  string,
  union,
  unknown
}
export type { infer as Infer, ZodError } from "zod"
