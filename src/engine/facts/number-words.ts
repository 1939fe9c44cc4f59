// The English number vocabulary: cardinals, scales and ordinals written as words, so `five` and
// `5` give the same key.

/** Cardinal number words and their values (`five` → 5). */
export const CARDINALS: ReadonlyMap<string, number> = new Map(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
    'sixteen seventeen eighteen nineteen'
  )
    .split(' ')
    .map((word, value): [string, number] => [word, value])
    .concat(
      'twenty thirty forty fifty sixty seventy eighty ninety'
        .split(' ')
        .map((word, i): [string, number] => [word, (i + 2) * 10]),
    ),
)

/** Scale words that multiply the number before them (`1.2 million`, `$2.5bn`). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ['bn', 1e9],
  ['mn', 1e6],
])

/** Ordinal words and their positions (`third` → 3). */
export const ORDINALS: ReadonlyMap<string, number> = new Map(
  (
    'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth ' +
    'fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'
  )
    .split(' ')
    .map((word, i): [string, number] => [word, i + 1]),
)

/** Currency symbols and the ISO code used as their unit. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    $: 'usd',
    '€': 'eur',
    '£': 'gbp',
    '¥': 'jpy',
  }),
)

/** Unit stems that name the same thing, folded to one (`dollars` and `$` are both `usd`). */
export const UNIT_SYNONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    peopl: 'person',
    men: 'man',
    women: 'woman',
    children: 'child',
    dollar: 'usd',
    euro: 'eur',
    pct: 'percent',
    yr: 'year',
    km: 'kilomet',
    kilomet: 'kilomet',
    mile: 'mile',
  }),
)

/** First words that can open a written number: cardinals, ordinals, `dozen`, `a`/`an` (`a million`). */
export const NUMBER_OPENERS: ReadonlySet<string> = new Set([
  ...CARDINALS.keys(),
  ...ORDINALS.keys(),
  'dozen',
  'a',
  'an',
])

/** Value of a cardinal word, including hyphenated compounds (`twenty-five` → 25); null otherwise. */
export function cardinalValue(lower: string): number | null {
  const direct = CARDINALS.get(lower)
  if (direct !== undefined) return direct
  const dash = lower.indexOf('-')
  if (dash < 0) return null
  const tens = CARDINALS.get(lower.slice(0, dash))
  const ones = CARDINALS.get(lower.slice(dash + 1))
  if (tens === undefined || ones === undefined || tens < 20 || tens % 10 !== 0 || ones < 1 || ones > 9)
    return null
  return tens + ones
}

/**
 * Parses digits as written (`400,000`, `1.2`) into an exact value: the digits are read as an
 * integer and divided once, so `1.2` × million is 1200000, not 1199999.9999999998.
 */
export function digitsValue(text: string, scale = 1): number | null {
  if (!/^[0-9][0-9,]*(?:\.[0-9]+)?$/.test(text)) return null
  const plain = text.replaceAll(',', '')
  const dot = plain.indexOf('.')
  if (dot < 0) return Number(plain) * scale
  const decimals = plain.length - dot - 1
  const mantissa = Number(plain.slice(0, dot) + plain.slice(dot + 1))
  const divisor = 10 ** decimals
  return scale % divisor === 0 ? mantissa * (scale / divisor) : (mantissa * scale) / divisor
}

/** The canonical text of a numeric value: integers in full (`2500000000`), decimals trimmed. */
export function formatNumberKey(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6)
}
