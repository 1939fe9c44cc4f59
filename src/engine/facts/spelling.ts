// British → US spelling folding, so quotes and units written in either style compare equal
// (`organisations` = `organizations`). Rules cover the regular patterns; a short list covers the
// common irregular words. Words that merely end like a pattern (`promise`, `rise`) are protected.

const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    defence: 'defense',
    offence: 'offense',
    licence: 'license',
    pretence: 'pretense',
    practise: 'practice',
    practised: 'practiced',
    programme: 'program',
    programmes: 'programs',
    catalogue: 'catalog',
    dialogue: 'dialog',
    analyse: 'analyze',
    analysed: 'analyzed',
    analysing: 'analyzing',
    paralyse: 'paralyze',
    paralysed: 'paralyzed',
    grey: 'gray',
    tyre: 'tire',
    tyres: 'tires',
    cheque: 'check',
    aluminium: 'aluminum',
    manoeuvre: 'maneuver',
    whilst: 'while',
    amongst: 'among',
    judgement: 'judgment',
    ageing: 'aging',
    sceptical: 'skeptical',
    storey: 'story',
    plough: 'plow',
    mould: 'mold',
    jewellery: 'jewelry',
  }),
)

// Stems whose `-our` is the British spelling of US `-or` (colour → color).
const OUR_STEMS = new Set(
  'col hon lab fav neighb behavi harb rum hum vig endeav arm flav od sav vap rig splend clam ferv'.split(' '),
)

// British words ending in -re that end in -er in US English (centre → center, fibre → fiber).
const RE_WORDS = new Set(
  (
    'centre metre kilometre centimetre millimetre theatre litre lustre spectre fibre calibre sombre meagre ' +
    'sabre'
  ).split(' '),
)

// Verbs that double the `l` in British spelling only (travelled → traveled).
const LL_STEMS = new Set(
  'travel cancel label model counsel fuel signal level channel total dial equal marvel quarrel tunnel jewel'.split(
    ' ',
  ),
)

// Words ending in -ise/-ised/-ising that are spelled the same in US English.
const ISE_KEEP = new Set(
  (
    'advertise advise chastise circumcise comprise compromise despise devise disguise enterprise excise ' +
    'exercise expertise franchise improvise incise merchandise premise promise revise supervise surmise ' +
    'surprise televise precise concise paradise rise arise wise raise noise poise praise cruise bruise ' +
    'treatise demise otherwise likewise clockwise reprise apprise'
  ).split(' '),
)

const ISE_SUFFIXES: readonly [string, string][] = [
  ['isations', 'izations'],
  ['isation', 'ization'],
  ['ising', 'izing'],
  ['ised', 'ized'],
  ['ises', 'izes'],
  ['iser', 'izer'],
  ['isers', 'izers'],
  ['ise', 'ize'],
]

function foldIse(word: string): string | null {
  for (const [british, us] of ISE_SUFFIXES) {
    if (!word.endsWith(british)) continue
    const stem = word.slice(0, -british.length)
    if (stem.length < 3) return null
    if (ISE_KEEP.has(`${stem}ise`)) return null
    return stem + us
  }
  return null
}

function foldOur(word: string): string | null {
  const match = /^([a-z]+)our(s|ed|ing|ite|ites|able|ful|less)?$/.exec(word)
  if (match?.[1] === undefined || !OUR_STEMS.has(match[1])) return null
  return `${match[1]}or${match[2] ?? ''}`
}

function foldTre(word: string): string | null {
  const match = /^([a-z]+re)(s|d)?$/.exec(word)
  if (match?.[1] === undefined || !RE_WORDS.has(match[1])) return null
  return `${match[1].slice(0, -2)}er${match[2] ?? ''}`
}

function foldLl(word: string): string | null {
  const match = /^([a-z]+)l(led|ling|ler|lers)$/.exec(word)
  if (match?.[1] === undefined || match[2] === undefined || !LL_STEMS.has(`${match[1]}l`)) return null
  return `${match[1]}l${match[2].slice(1)}`
}

/** US spelling of one lowercase word (`organisations` → `organizations`); other words unchanged. */
export function foldSpelling(word: string): string {
  return IRREGULAR.get(word) ?? foldIse(word) ?? foldOur(word) ?? foldTre(word) ?? foldLl(word) ?? word
}
