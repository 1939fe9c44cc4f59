import type { ArticleInput, Segment } from './types.ts'

/**
 * Temporary segmenter, used until `segmentArticle` (src/engine/segment) lands: lines, then sentences
 * at `. ! ?` followed by a capital or a quote, except after common abbreviations (`U.N.`, `Jan.`, `Mr.`).
 */
const ABBREVIATION =
  /(?:\b\p{L}|\b(?:Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Sen|Rep|Gov|Lt|Col|No|vs|etc))\.$/u
const FURNITURE = /^(?:READ MORE|SOURCE|JUST WATCHED|MUST WATCH|Story highlights|Related|Advertisement)\b/i

/** Splits an article into headline, body, boilerplate and duplicate sentence segments. */
export function splitSentences(article: ArticleInput): Segment[] {
  const segments: Segment[] = []
  const seen = new Set<string>()
  let headlineSeen = false
  for (const line of article.text.matchAll(/[^\n]+/g)) {
    const lineText = line[0]
    let from = 0
    const cuts: number[] = []
    for (const end of lineText.matchAll(/[.!?]["”’']?(?=\s+["“‘']?[\p{Lu}\d])/gu)) {
      const at = end.index + end[0].length
      if (!ABBREVIATION.test(lineText.slice(Math.max(0, at - 6), at).replace(/["”’']$/, ''))) cuts.push(at)
    }
    cuts.push(lineText.length)
    for (const cut of cuts) {
      const raw = lineText.slice(from, cut)
      const lead = raw.length - raw.trimStart().length
      const text = raw.trim()
      const start = line.index + from + lead
      from = cut
      if (text === '') continue
      const role = !headlineSeen
        ? 'headline'
        : FURNITURE.test(text)
          ? 'boilerplate'
          : seen.has(text)
            ? 'duplicate'
            : 'body'
      headlineSeen = true
      seen.add(text)
      segments.push({
        id: `${article.id}:${segments.length}`,
        doc: article.id,
        start,
        end: start + text.length,
        text,
        role,
      })
    }
  }
  return segments
}
