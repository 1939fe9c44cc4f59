/** Sentence-final marks of CJK text, which need no space after them: `。`, `！`, `？`. */
export function isCjkTerminator(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f
}

/** `.`, `?`, `!`, `…` and their CJK forms. */
export function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x3f || code === 0x21 || code === 0x2026 || isCjkTerminator(code)
}

/** Quote marks that may close a quotation: `"`, `'`, `”`, `’`, `»`. */
export function isClosingQuote(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0xbb
}

/** Closing quotes and brackets that stay with the sentence they end: `."`, `?)`, `.’`. */
export function isCloser(code: number): boolean {
  return isClosingQuote(code) || code === 0x29 || code === 0x5d || code === 0x7d
}

/** Opening quotes and brackets, which delimit a token on the left. */
export function isOpener(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x28 ||
    code === 0x5b ||
    code === 0x7b ||
    code === 0x201c ||
    code === 0x2018 ||
    code === 0xab
  )
}

/** ASCII digits 0-9. */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}
