// Options: "Import remittance (835)", the same import the side panel's Payments view shows (src/ui/ImportRemittance).
export { ImportRemittance } from "../src/ui/ImportRemittance"
