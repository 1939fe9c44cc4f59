/**
 * What a period after a short token means. Lists are lower case and without the final period.
 * Punkt (Kiss & Strunk 2006) learns these from a corpus; news English is stable enough to list them.
 */
export type AbbreviationKind =
  /** Never ends a sentence: a title before a name (`Dr.`, `Gen.`), `e.g.`, `vs.`. */
  | 'title'
  /** Does not end a sentence before a number: `Jan. 25`, `May. 3`, `No. 5`, `p. 12`. */
  | 'numbered'
  /** Ends a sentence only before a typical sentence opener: `U.S.`, `a.m.`, initials, `Inc.`, `etc.`. */
  | 'ambiguous'
  /** An ordinary word: the period ends the sentence. */
  | 'word'

const TITLES = new Set(
  (
    'mr mrs ms mx messrs mme mlle dr drs prof profs gen gens sen sens rep reps gov govs lieut lt col capt cpt sgt maj adm cmdr cdr ' +
    'brig cpl pvt st ste mt ft rev hon pres supt insp det atty amb sec fr vs v cf viz approx ca e.g ' +
    'i.e ave blvd rd dept univ assn dep dist const spc pfc mgr asst sup cllr'
  ).split(' '),
)

const NUMBERED = new Set(
  (
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vol vols fig figs p pp art ch chap para ' +
    'ref tel ext op est pop may june july'
  ).split(' '),
)

const AMBIGUOUS = new Set('jr sr inc ltd corp co bros plc llc etc al esq'.split(' '))

/** A dotted acronym without its last period: `U.S`, `a.m`, `Ph.D`, `U.N`. */
const DOTTED = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u

/** A single letter: an initial (`John F.`) or a list label. */
const SINGLE_LETTER = /^\p{L}$/u

/** Classifies the token before a period (the token without that period, e.g. `U.S`, `Jan`, `said`). */
export function classifyAbbreviation(token: string): AbbreviationKind {
  const lower = token.toLowerCase()
  if (TITLES.has(lower)) return 'title'
  if (NUMBERED.has(lower)) return 'numbered'
  if (AMBIGUOUS.has(lower) || DOTTED.test(token) || SINGLE_LETTER.test(token)) return 'ambiguous'
  return 'word'
}

/**
 * Words that typically open a sentence. After an ambiguous abbreviation (`U.S.`, `a.m.`) a capital
 * that opens one of these marks a new sentence ("... the U.S. The deal"), while a name or title
 * continues it ("U.N. Secretary-General Ban").
 */
const SENTENCE_OPENERS = new Set(
  (
    'a an the he she it they we i you his her its their our my your this that these those there here ' +
    'but and yet so or in on at as after before when while if although though however meanwhile still ' +
    'some many most no not one both all each such since during for from with without to by what who ' +
    'why how where which then also last earlier later now today asked according despite under until'
  ).split(' '),
)

/** Whether a word (any case) is a typical sentence opener. */
export function isSentenceOpener(word: string): boolean {
  return SENTENCE_OPENERS.has(word.toLowerCase())
}
