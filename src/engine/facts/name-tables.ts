// Compact tables for names: well-known equivalences, demonyms, titles and particles. Kept small on
// purpose: they cover the forms news reports use for the same party, not a gazetteer.

/**
 * English given names and the short forms news writes them in (`Bill`/`William`), each row the
 * formal name first. Forms that are one inside the other (`Tim`/`Timothy`, `Dan`/`Daniel`) need no
 * row: spelling-alike names already match.
 */
const GIVEN_NAME_ROWS = [
  'william bill billy will willie',
  'robert bob bobby rob robbie bert',
  'richard dick rick ricky rich',
  'james jim jimmy jamie',
  'john jack johnny',
  'michael mike mikey mick',
  'thomas tom tommy',
  'joseph joe joey',
  'edward ted teddy ned eddie',
  'charles chuck charlie chas',
  'henry hank harry',
  'anthony tony',
  'andrew andy drew',
  'nicholas nick nicky',
  'stephen steve stevie',
  'steven steve stevie',
  'david dave davey',
  'lawrence larry',
  'gerald jerry gerry',
  'margaret peggy maggie meg',
  'elizabeth liz beth betty lizzie eliza',
  'katherine kate katie kathy',
  'catherine kate katie cathy',
  'susan sue susie',
  'deborah debbie deb',
  'patricia patty trish',
  'rebecca becky',
  'jennifer jenny jen',
  'alexander alex sandy',
  'benjamin ben benny',
  'samuel sam sammy',
  'frederick fred freddie',
  'theodore ted teddy theo',
  'francis frank',
  'albert al bert',
  'alfred al alf',
  'raymond ray',
  'ronald ron ronnie',
  'donald don donnie',
  'kenneth ken kenny',
  'douglas doug',
  'gregory greg',
  'jeffrey jeff',
  'matthew matt',
  'christopher chris',
  'jonathan jon',
  'nathaniel nate nat',
  'zachary zach zack',
]

/** A given name's short or formal form → the formal names it may stand for (`kate` → katherine, catherine). */
export const GIVEN_NAME_FORMS: ReadonlyMap<string, readonly string[]> = (() => {
  const forms = new Map<string, string[]>()
  for (const row of GIVEN_NAME_ROWS) {
    const [formal = '', ...short] = row.split(' ')
    for (const form of [formal, ...short]) forms.set(form, [...(forms.get(form) ?? []), formal])
  }
  return forms
})()

/** One US state: its name, AP-style abbreviation (null when AP spells it out) and postal code. */
export interface UsState {
  name: string
  ap: string | null
  postal: string
}

/** The 50 states, normalised as names are (`S.D.` → `sd`, `W.Va.` → `wva`). */
export const US_STATES: readonly UsState[] = (
  'alabama:ala:al alaska::ak arizona:ariz:az arkansas:ark:ar california:calif:ca colorado:colo:co ' +
  'connecticut:conn:ct delaware:del:de florida:fla:fl georgia:ga:ga hawaii::hi idaho::id ' +
  'illinois:ill:il indiana:ind:in iowa::ia kansas:kan:ks kentucky:ky:ky louisiana:la:la maine::me ' +
  'maryland:md:md massachusetts:mass:ma michigan:mich:mi minnesota:minn:mn mississippi:miss:ms ' +
  'missouri:mo:mo montana:mont:mt nebraska:neb:ne nevada:nev:nv new_hampshire:nh:nh ' +
  'new_jersey:nj:nj new_mexico:nm:nm new_york:ny:ny north_carolina:nc:nc north_dakota:nd:nd ' +
  'ohio::oh oklahoma:okla:ok oregon:ore:or pennsylvania:pa:pa rhode_island:ri:ri ' +
  'south_carolina:sc:sc south_dakota:sd:sd tennessee:tenn:tn texas:tex:tx utah::ut vermont:vt:vt ' +
  'virginia:va:va washington:wash:wa west_virginia:wva:wv wisconsin:wis:wi wyoming:wyo:wy'
)
  .split(' ')
  .map((row) => {
    const [name = '', ap = '', postal = ''] = row.replaceAll('_', ' ').split(':')
    return { name, ap: ap === '' ? null : ap, postal }
  })

/** AP abbreviations that are everyday words or names on their own, so they stand for the state only
 * beside a party letter (`D-Mass.`); `N.Y.` is left to the name itself. */
const AP_FORMS_NOT_ALONE = new Set([
  'del',
  'ga',
  'ill',
  'ind',
  'la',
  'md',
  'mass',
  'miss',
  'mo',
  'ny',
  'ore',
  'pa',
  'va',
  'wash',
])

/** Normalised written forms → the canonical key shared by every form of the same name. */
export const EQUIVALENT_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    us: ['us', 'usa', 'united states', 'united states of america', 'america'],
    uk: ['uk', 'britain', 'great britain', 'united kingdom'],
    un: ['un', 'united nations'],
    eu: ['eu', 'european union'],
    nato: ['nato', 'north atlantic treaty organization'],
    uae: ['uae', 'united arab emirates'],
    ussr: ['ussr', 'soviet union'],
    drc: ['drc', 'democratic republic of congo', 'democratic republic of the congo'],
    who: ['who', 'world health organization'],
    pakistan: ['pakistan', 'pak'],
    'north korea': ['north korea', 'n korea'],
    'south korea': ['south korea', 's korea'],
    'south sudan': ['south sudan', 's sudan'],
    'west bank': ['west bank', 'w bank'],
    myanmar: ['myanmar', 'burma'],
    'ivory coast': ['ivory coast', 'cote d ivoire'],
    'czech republic': ['czech republic', 'czechia'],
    'east timor': ['east timor', 'timor leste'],
    eswatini: ['eswatini', 'swaziland'],
    'cape verde': ['cape verde', 'cabo verde'],
    netherlands: ['netherlands', 'holland'],
    turkey: ['turkey', 'turkiye'],
    kyiv: ['kyiv', 'kiev'],
    // News uses the two words for one group; a source's choice between them is no discrepancy.
    hispanics: ['hispanics', 'latinos'],
    hispanic: ['hispanic', 'latino'],
    // US states by their AP-style abbreviations (`Orlando, Fla.`), leaving out those that are also
    // everyday words or common names (`Miss.`, `Mass.`, `Ill.`, `Wash.`, `Va.`, `Del.`).
    ...Object.fromEntries(
      US_STATES.filter((state) => state.ap !== null && !AP_FORMS_NOT_ALONE.has(state.ap)).map((state) => [
        state.name,
        [state.name, state.ap],
      ]),
    ),
  }).flatMap(([key, forms]) => forms.map((form): [string, string] => [form, key])),
)

// Country key followed by its demonyms (adjective and plural noun forms come from adding `s`).
const DEMONYM_ROWS = [
  'us american',
  'uk british briton',
  'syria syrian',
  'russia russian',
  'iran iranian',
  'iraq iraqi',
  'israel israeli',
  'saudi arabia saudi',
  'france french',
  'germany german',
  'china chinese',
  'japan japanese',
  'turkey turkish turk',
  'ukraine ukrainian',
  'egypt egyptian',
  'lebanon lebanese',
  'jordan jordanian',
  'palestine palestinian',
  'afghanistan afghan',
  'pakistan pakistani',
  'india indian',
  'korea korean',
  'europe european',
  'switzerland swiss',
  'qatar qatari',
  'yemen yemeni',
  'libya libyan',
  'sudan sudanese',
  'ethiopia ethiopian',
  'nigeria nigerian',
  'kenya kenyan',
  'canada canadian',
  'mexico mexican',
  'brazil brazilian',
  'australia australian',
  'italy italian',
  'spain spanish',
  'poland polish',
  'netherlands dutch',
  'sweden swedish',
  'norway norwegian',
  'greece greek',
  'cuba cuban',
  'venezuela venezuelan',
  'colombia colombian',
  'argentina argentine argentinian',
  'indonesia indonesian',
  'vietnam vietnamese',
  'philippines filipino philippine',
  'belgium belgian',
  'austria austrian',
  'hungary hungarian',
  'serbia serbian',
  'belarus belarusian',
  'georgia georgian',
  'armenia armenian',
  'azerbaijan azerbaijani',
  'taiwan taiwanese',
  'tunisia tunisian',
  'algeria algerian',
  'morocco moroccan',
  'somalia somali',
  'ireland irish',
  'scotland scottish',
  'kurdistan kurdish kurd',
  'asia asian',
  'africa african',
]

/** Demonyms (and their plurals) → the key of their country (`russian` → `russia`). */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  DEMONYM_ROWS.flatMap((row) => {
    const parts = row.split(' ')
    const country = parts[0] === 'saudi' ? 'saudi arabia' : (parts[0] ?? '')
    const forms = parts.slice(parts[0] === 'saudi' ? 2 : 1)
    return forms.flatMap((form): [string, string][] =>
      form === country
        ? []
        : [
            [form, country],
            [`${form}s`, country],
          ],
    )
  }),
)

/** Country keys (`syria`, `russia`, `us`): the values of the demonym table. */
export const COUNTRIES: ReadonlySet<string> = new Set(DEMONYMS.values())

// Ministries whose minister or secretary is written as a title (`Finance Minister Jane Doe`).
const PORTFOLIOS =
  'finance interior health justice trade energy economy oil information home treasury press education'.split(
    ' ',
  )

/** Company and generational suffixes left out of a name's key (`Sony Corp` = `Sony`, `Gehman Jr`). */
export const NAME_SUFFIXES = new Set([
  'corp',
  'corporation',
  'inc',
  'co',
  'ltd',
  'llc',
  'plc',
  'ag',
  'jr',
  'sr',
  'ii',
  'iii',
])

/** Titles and honorifics stripped from a name, as lowercase token sequences, longest first. */
export const TITLES: readonly string[][] = [
  'secretary of state',
  'secretary general',
  'secretary-general',
  'foreign minister',
  'foreign secretary',
  'prime minister',
  'defence minister',
  'defense minister',
  'defense secretary',
  'vice president',
  'special envoy',
  'deputy foreign minister',
  'supreme leader',
  'crown prince',
  'chief executive',
  'chief justice',
  'attorney general',
  'police chief',
  'deputy police chief',
  'vice admiral',
  'rear admiral',
  'major general',
  'maj gen',
  'lieutenant general',
  'lt gen',
  'brigadier general',
  'brig gen',
  'grand ayatollah',
  'first lady',
  'president elect',
  'admiral',
  'adm',
  'lieutenant',
  'lt',
  'captain',
  'capt',
  'sergeant',
  'sgt',
  'chairman',
  'chairwoman',
  'ceo',
  'cfo',
  'commissioner',
  'director',
  'deputy',
  'archbishop',
  'bishop',
  'rabbi',
  'imam',
  'ayatollah',
  'emir',
  'sultan',
  'premier',
  ...PORTFOLIOS.flatMap((portfolio) => [`${portfolio} minister`, `${portfolio} secretary`]),
  'president',
  'minister',
  'chancellor',
  'secretary',
  'envoy',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'king',
  'queen',
  'prince',
  'princess',
  'sheikh',
  'senator',
  'sen',
  'rep',
  'representative',
  'governor',
  'gov',
  'mayor',
  'gen',
  'colonel',
  'col',
  'pope',
  'judge',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'dame',
  'lord',
  'professor',
  'prof',
]
  .map((title) => title.split(' '))
  .sort((a, b) => b.length - a.length)

/** Honorifics that may be written with a dot (`Mr. Kerry`). */
export const DOTTED_HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'prof',
  'st',
  'lt',
])

/** Lowercase particles that belong inside a name (`de Mistura`, `van Gogh`, `bin Salman`). */
export const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'bin',
  'ibn',
  'al',
  'el',
  'le',
  'la',
  'du',
  'dos',
  'das',
  'of',
  'abu',
])

/**
 * Particles of people's names (`de Mistura`, `bin Salman`): all but `of`, which joins organisations
 * and places (`Bank of England`, `University of Oxford`) far more often than people, so it neither
 * opens a name nor marks one as a person's (a person's name would take `England` for a surname).
 */
export const PERSON_PARTICLES: ReadonlySet<string> = new Set(
  [...PARTICLES].filter((particle) => particle !== 'of'),
)

/** Lowercase words before a capitalised name that mark it as a person (`spokesman John Kirby`). */
export const PERSON_ROLES = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'reporter',
  'correspondent',
  'envoy',
  'minister',
  'president',
  'leader',
  'official',
  'secretary',
  'analyst',
  'professor',
  'director',
  'ambassador',
  'adviser',
  'advisor',
  'lawyer',
  'commander',
  'chief',
  'mr',
  'mrs',
  'ms',
  'dr',
])

/** Capitalised words that open sentences but are not names, beyond the stopword list. */
export const COMMON_OPENERS = new Set(
  (
    'despite contrary although though however meanwhile instead still yet earlier later last next ' +
    'today yesterday tomorrow according asked speaking while whereas even many several most some ' +
    'both neither either each every such if when where what why how who as one two three this these ' +
    'she they we you there their those thus so then now here once'
  ).split(' '),
)
