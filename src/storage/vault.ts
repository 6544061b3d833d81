// The vault's states and refusals. A store is "new" until a passphrase is set up (nothing is kept), then
// "locked" or "unlocked". Messages say what to do, never what is stored.

export const LOCKED_ERROR = "PayerLens is locked. Unlock it to see your data."
export const NOT_SET_UP_ERROR =
  "PayerLens keeps nothing until you set a passphrase: open the PayerLens popup and choose one."

export type VaultState = "new" | "locked" | "unlocked"

/** A refusal about the vault, not a storage fault: its message is shown as it is. */
export class VaultRefusal extends Error {
  constructor(message: string) {
    super(message)
    this.name = "VaultRefusal"
  }
}

export class Locked extends VaultRefusal {
  constructor() {
    super(LOCKED_ERROR)
    this.name = "Locked"
  }
}

export class NotSetUp extends VaultRefusal {
  constructor() {
    super(NOT_SET_UP_ERROR)
    this.name = "NotSetUp"
  }
}

/** How long to wait, in words: "45 seconds", "2 minutes". */
export function waitText(ms: number): string {
  const seconds = Math.ceil(ms / 1000)
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`
  const minutes = Math.ceil(seconds / 60)
  return `${minutes} minutes`
}

/** Key material kept while unlocked where a restarted worker finds it (the browser's session storage: memory only). */
export type SessionKey = { get: () => Promise<string | null>; set: (value: string | null) => Promise<void> }

/** For tests and pages without session storage: gone with the process. */
export function memorySession(): SessionKey {
  let value: string | null = null
  return {
    get: async () => value,
    set: async (next) => {
      value = next
    }
  }
}
