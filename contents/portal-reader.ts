import type { PlasmoCSConfig } from "plasmo"
export const config: PlasmoCSConfig = { matches: ["https://apps.availity.com/*"], all_frames: true }
console.log("cs")
