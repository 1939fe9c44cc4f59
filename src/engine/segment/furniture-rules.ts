import { isLabelledTimestamp, isTimestamp } from './timestamp.ts'

/**
 * Page furniture that a paragraph's own text gives away, whatever surrounds it: bylines, captions,
 * related links, video widgets, source and credit lines, labels, adverts, share prompts, copyright.
 * Every rule has a length cap, so a long body paragraph that happens to start with "Source:" stays body.
 * Patterns are free of nested quantifiers and bounded, so each runs in linear time.
 */

/** One recognisable kind of furniture. */
interface FurnitureRule {
  /** What the furniture is, in words; becomes the segment's `reason`. */
  reason: string
  /** Longest paragraph (UTF-16 units) the rule applies to. */
  maxLength: number
  /** Matches the trimmed paragraph text. */
  pattern: RegExp
  /** A character the text must contain for the pattern to match: a cheap test that skips most prose. */
  needs?: string
}

/**
 * Headings of sponsored-link widgets (Outbrain, Taboola and their kind), matched as the whole
 * paragraph: the teaser lines under them are adverts too (`LIST_LABEL`).
 */
const SPONSORED_LABELS =
  'promoted stories|promoted content|promoted links|sponsored stories|sponsored links|sponsored content|' +
  'paid content|partner content|around the web|from around the web|from the web|you may like|' +
  'recommended for you|recommended by(?: [a-z]+)?|more from our partners|from our partners|' +
  'ads by google|content by [a-z]+|by taboola|taboola|outbrain'

/** Words of a labelled section heading, matched as the whole paragraph (an optional colon after). */
const SECTION_LABELS =
  'story highlights|highlights|key points|key facts|at a glance|in brief|summary|top stories|trending|' +
  'most read|most popular|most viewed|more stories|more news|related|related stories|related articles|' +
  'related topics|related content|related coverage|recommended|editor\u2019s picks|editor\u0027s picks|' +
  'latest news|latest stories|live updates|skip to (?:main )?content|menu|home|search|newsletter|' +
  'listen to this article|listen|topics|tags|you might also like|' +
  'you may also like|more from this section|in pictures|explore more|keep reading|' +
  'continue reading(?: the main story)?|more on this story|supported by|loading\\.{0,3}|also read|read more|see also'

const RULES: FurnitureRule[] = [
  {
    reason: 'share prompt',
    maxLength: 40,
    pattern:
      /^(?:share(?: this(?: article| story| page)?| on [a-z]+)?|comments?|print|e-?mail|tweet|follow|whatsapp|facebook|twitter|messenger|pinterest|linkedin|reddit|copy (?:this )?link|reuse this content)$/i,
  },
  {
    reason: 'advertisement',
    maxLength: 80,
    pattern:
      /^(?:[a-z ]{0,40} )?advertisement:?$|^(?:ad|advert|advertising|sponsored|paid content|promoted)$/i,
  },
  {
    reason: 'sponsored',
    maxLength: 60,
    pattern: new RegExp(`^(?:${SPONSORED_LABELS})\\s*:?$`, 'i'),
  },
  {
    // "Sponsored: Ten tricks…", "Paid Post | Acme", "Sponsored by Acme": a promoted link, never news.
    reason: 'sponsored',
    maxLength: 200,
    pattern:
      /^(?:sponsored|promoted|paid (?:post|content|partner content)|partner content|advertorial)(?:\s*[:|–—]\s*\S|\s+by\s+[^.!?]{1,60}$)/i,
  },
  {
    reason: 'share prompt',
    maxLength: 120,
    pattern:
      /^(?:newsletter sign[- ]?up|enter your e-?mail(?: address)?|get (?:the|our) [a-z ]{0,30}newsletter|(?:never|don[’']t) miss (?:a|another) (?:story|thing|update)|want more\?\s*sign up)\b/i,
  },
  { reason: 'section label', maxLength: 60, pattern: new RegExp(`^(?:${SECTION_LABELS})\\s*:?$`, 'i') },
  {
    reason: 'section label',
    maxLength: 300,
    pattern: /^(?:tags|topics|filed under|categories|more on)\s*:/i,
  },
  {
    reason: 'video widget',
    maxLength: 40,
    pattern:
      /^(?:just watched|must watch|watch(?: now| live| video| more)?|video|videos|more videos|play(?: video)?|now playing|replay|up next|video ad feedback|click to play)$/i,
  },
  { reason: 'video widget', maxLength: 200, pattern: /^(?:watch|video|listen|audio)\s*[:|»]/i },
  { reason: 'video widget', maxLength: 120, pattern: /^media playback is (?:unsupported|not supported)\b/i },
  { reason: 'section label', maxLength: 20, pattern: /^\d{1,2} min(?:ute)?s? read$/i },
  { reason: 'section label', maxLength: 120, pattern: /^from the section\b/i },
  {
    reason: 'related link',
    maxLength: 240,
    pattern:
      /^(?:read more|read|more|related|also read|see also|also see|further reading|related (?:article|story|coverage|content|link)s?|recommended|more (?:on|about|from) [^:]{1,40})\s*[:|»>–—-]/i,
  },
  {
    reason: 'byline',
    maxLength: 120,
    // Capitalised names after "By", then optionally ", CNN", " and Jane Roe", " | Reuters".
    pattern:
      /^(?:By|BY|Written by|Words by)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:(?:,\s*|\s+and\s+|\s*[|/–—-]\s*)[^.!?]{0,80})?$/u,
  },
  { reason: 'byline', maxLength: 40, pattern: /^by$/i },
  {
    reason: 'credit line',
    maxLength: 300,
    pattern: /^\(?(?:additional |with )?(?:reporting|writing|editing|compiled) by\b/i,
  },
  {
    reason: 'credit line',
    maxLength: 240,
    pattern: /contributed (?:to )?(?:this (?:report|story|article)|reporting)\.?\)?$/i,
  },
  {
    reason: 'credit line',
    maxLength: 400,
    pattern: /^(?:a version of this article appears in print\b|our standards:)/i,
  },
  {
    reason: 'timestamp',
    maxLength: 120,
    pattern: /^(?:updated|posted|published|last updated|first published|last modified)\b[^.!?]{0,100}\d/i,
  },
  {
    reason: 'timestamp',
    maxLength: 80,
    pattern: /^this article is more than \d+ (?:year|month|day)s? old$/i,
  },
  { reason: 'source line', maxLength: 160, pattern: /^sources?\s*:\s*\S/i },
  {
    reason: 'photo credit',
    maxLength: 80,
    // A credit alone on its line: "Getty Images", "AFP via Getty Images", "(AP Photo/Jane Doe)".
    pattern:
      /^\(?(?:[a-z\u00c0-\u024f.' -]{1,40} (?:via|for|\/) )?(?:getty images|afp|ap photo|reuters|epa|shutterstock|alamy|pa (?:wire|media))(?: ?\/ ?[a-z\u00c0-\u024f.' -]{1,40})?\)?$/i,
  },
  { reason: 'photo caption', maxLength: 400, needs: ']', pattern: /\[\p{Lu}[^[\]]{1,60}\]$/u },
  {
    reason: 'photo caption',
    maxLength: 400,
    needs: ')',
    pattern:
      /\([^()]{0,50}\b(?:photo|photograph|images?|getty|afp|ap|epa|reuters|handout|file|via|credit)\b[^()]{0,50}\)$/i,
  },
  {
    reason: 'photo caption',
    maxLength: 400,
    needs: ':',
    pattern: /\b(?:photo|photograph|image|picture)(?: credit)?\s*:\s*[^.!?:]{1,60}$/i,
  },
  {
    reason: 'photo caption',
    maxLength: 400,
    pattern:
      /^(?:file )?(?:photo|image|picture|caption|credit)s?\s*:|^(?:(?:image|media) (?:copyright|caption|source)|hide caption)\b|^(?:image|photo|picture|slide) \d{1,3} of \d{1,3}\b/i,
  },
  {
    reason: 'share prompt',
    maxLength: 120,
    pattern:
      /^(?:share (?:this|on|via|the)|follow (?:us|@|[^.!?]{1,40} on (?:twitter|facebook|instagram|x|threads|bluesky)\b)|sign up (?:for|to)|subscribe (?:to|for|now)|like us on|join us on|click here|download (?:the|our) app|get (?:the|our) newsletter)\b/i,
  },
  { reason: 'copyright line', maxLength: 240, pattern: /^(?:©|\(c\)|copyright\b)|all rights reserved\.?$/i },
]

/** A video's running time after its title: `Putin ramps up military presence 02:21`. */
const DURATION = /\s\(?\d{1,2}:\d{2}(?::\d{2})?\)?$/
/** Words after which a clock time belongs to the sentence ("begins at 10:30"), not to a video. */
const TIME_PREPOSITION = /\b(?:at|by|until|till|from|before|after|around|about|since|to)$/i

/**
 * Labels of link lists: the short lines under them, up to the next paragraph of prose, are links or
 * tags, not content. Highlights and key points are not here: their bullets carry the story.
 */
const LIST_LABEL =
  /^(?:promoted (?:stories|content|links)|sponsored (?:stories|links|content)|(?:from )?around the web|from the web|you may like|recommended for you|recommended by(?: [a-z]+)?|(?:more )?from our partners|related(?: stories| articles| topics| content| coverage| links)?|more on this story|more stories|more news|most read|most popular|most viewed|top stories|trending|recommended|you may also like|you might also like|editor[’']s picks|latest (?:news|stories)|more from this section|explore more|read more|also read|see also|topics|tags)\s*:?$/i

/** For a link-list label ("More on this story", "Topics"), what the lines under it are; else null. */
export function matchListLabel(text: string): string | null {
  if (text.length > 40 || !LIST_LABEL.test(text)) return null
  if (/^(?:topics|tags)/i.test(text)) return 'topic tag'
  return matchFurniture(text) === 'sponsored' ? 'sponsored' : 'related link'
}

/** Returns the reason a paragraph is furniture judged on its own text, or null when it may be content. */
export function matchFurniture(text: string): string | null {
  if (isTimestamp(text) || isLabelledTimestamp(text)) return 'timestamp'
  for (const rule of RULES) {
    if (text.length > rule.maxLength || (rule.needs && !text.includes(rule.needs))) continue
    if (rule.pattern.test(text)) return rule.reason
  }
  return matchDuration(text) === -1 ? null : 'video widget'
}

/**
 * Returns where the running time starts when a short title ends with one (a video teaser), else -1.
 * Callers strip it to recognise the same title elsewhere.
 */
export function matchDuration(text: string): number {
  if (text.length > 160) return -1
  const match = DURATION.exec(text)
  if (!match) return -1
  const title = text.slice(0, match.index)
  // A clock time after a sentence, a preposition or a date ("10 Jun 2013 09:10") is not a running time.
  if (/(?:[.!?]["”’']?|\d)$/.test(title) || TIME_PREPOSITION.test(title)) return -1
  return match.index
}
