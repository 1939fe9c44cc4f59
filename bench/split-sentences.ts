/**
 * A deliberately simple sentence splitter for building bench inputs and the naive baseline; the
 * engine has its own. Splits after `.`, `!` or `?` (and closing quotes) before whitespace, and at
 * line breaks. The pattern has no nested quantifiers, so it stays linear.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = []
  for (const line of text.split('\n')) {
    for (const match of line.matchAll(/[^.!?]+(?:[.!?]+["”’)]*|$)/g)) {
      const sentence = match[0].trim()
      if (sentence !== '') sentences.push(sentence)
    }
  }
  return sentences
}

/** Words of a text, split on whitespace. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length
}
