import type { Word } from './words.ts'

// How far (in words) to look for a tense marker around a weekday: about one clause.
const WINDOW = 8

const FUTURE = new Set([
  'will',
  'would',
  'shall',
  'scheduled',
  'slated',
  'due',
  'expected',
  'upcoming',
  'coming',
  'next',
  'plans',
  'planned',
  'plan',
  'set',
  'going',
  'tomorrow',
  'ahead',
])

const PAST = new Set([
  'said',
  'told',
  'was',
  'were',
  'had',
  'did',
  'met',
  'held',
  'last',
  'ago',
  'earlier',
  'yesterday',
])

function tenseOf(word: Word | undefined): 'past' | 'future' | null {
  if (word === undefined) return null
  const lower = word.lower
  if (FUTURE.has(lower) || lower.endsWith("'ll") || lower.endsWith('’ll')) return 'future'
  if (PAST.has(lower) || (lower.length > 4 && lower.endsWith('ed'))) return 'past'
  return null
}

/**
 * Whether a bare weekday points back or ahead, from the nearest tense marker around it (news
 * convention: "said on Monday" is the last Monday, "will meet on Monday" the next). Without a
 * marker the weekday is taken as past, the more common case in news reports.
 */
export function weekdayDirection(words: readonly Word[], index: number): 'past' | 'future' {
  for (let distance = 1; distance <= WINDOW; distance++) {
    const before = tenseOf(words[index - distance])
    if (before !== null) return before
    const after = tenseOf(words[index + distance])
    if (after !== null) return after
  }
  return 'past'
}
