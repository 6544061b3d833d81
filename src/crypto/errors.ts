// Typed refusals. Messages say what went wrong and what to do, and never carry the data, a key or a passphrase:
// errors end up in logs and on screen.

export const CRYPTO_ERROR_CODES = [
  "wrong-passphrase",
  "key-file-damaged",
  "passphrase-too-weak",
  "decrypt-failed",
  "bad-ciphertext",
  "unsupported-version",
  "backup-not-payerlens",
  "backup-truncated",
  "backup-damaged",
  "backup-too-new",
  "backup-too-large"
] as const
export type CryptoErrorCode = (typeof CRYPTO_ERROR_CODES)[number]

export class CryptoError extends Error {
  readonly code: CryptoErrorCode
  constructor(code: CryptoErrorCode, message: string) {
    super(message)
    this.name = "CryptoError"
    this.code = code
  }
}

/** The passphrase does not open this key file (its verifier does not match). */
export class WrongPassphrase extends CryptoError {
  constructor(message = "That passphrase is not the one PayerLens was protected with.") {
    super("wrong-passphrase", message)
    this.name = "WrongPassphrase"
  }
}

/** The passphrase is right (the verifier matched) but the wrapped key does not open: the stored key was changed. */
export class KeyFileDamaged extends CryptoError {
  constructor(message: string) {
    super("key-file-damaged", message)
    this.name = "KeyFileDamaged"
  }
}

export class PassphraseTooWeak extends CryptoError {
  constructor(message: string) {
    super("passphrase-too-weak", message)
    this.name = "PassphraseTooWeak"
  }
}

/**
 * AES-GCM refused the ciphertext: it was changed, cut, moved to another record, or made with another key.
 * GCM cannot tell these apart, and says nothing more on purpose.
 */
export class DecryptFailed extends CryptoError {
  constructor(message: string) {
    super("decrypt-failed", message)
    this.name = "DecryptFailed"
  }
}

/** Not in the serialised form at all ("v1.<iv>.<ciphertext>"), before any decryption is tried. */
export class BadCiphertext extends CryptoError {
  constructor(message: string) {
    super("bad-ciphertext", message)
    this.name = "BadCiphertext"
  }
}

export class UnsupportedVersion extends CryptoError {
  constructor(message: string) {
    super("unsupported-version", message)
    this.name = "UnsupportedVersion"
  }
}

export class BackupRefused extends CryptoError {
  constructor(code: Extract<CryptoErrorCode, `backup-${string}`>, message: string) {
    super(code, message)
    this.name = "BackupRefused"
  }
}
