/**
 * Outlets Crosscheck knows by name: each display name with the web hosts it publishes on and the
 * other ways articles and file names write it ("(CNN)", "SOURCE: Al Jazeera", "aljazeera-…").
 * Lookups are exact on a folded key, never fuzzy, so a word in a sentence is never taken for an outlet.
 */

/** One known outlet. */
interface KnownOutlet {
  /** The name shown for it ("Al Jazeera"). */
  name: string
  /** Hosts it publishes on, without `www.`; subdomains match too (`edition.cnn.com`). */
  hosts: string[]
  /** Other spellings, folded by `outletKey` when the table is built; the name itself always counts. */
  aliases: string[]
}

const OUTLETS: KnownOutlet[] = [
  { name: 'CNN', hosts: ['cnn.com', 'cnn.it'], aliases: ['cable news network', 'cnn wire'] },
  {
    name: 'Al Jazeera',
    hosts: ['aljazeera.com', 'aljazeera.net'],
    aliases: ['aljazeera', 'al jazeera english', 'al-jazeera', 'aje'],
  },
  { name: 'BBC News', hosts: ['bbc.co.uk', 'bbc.com', 'bbc.in'], aliases: ['bbc', 'bbc world service'] },
  { name: 'Reuters', hosts: ['reuters.com', 'reut.rs'], aliases: ['thomson reuters'] },
  { name: 'Associated Press', hosts: ['apnews.com', 'ap.org'], aliases: ['ap', 'the associated press'] },
  {
    name: 'AFP',
    hosts: ['afp.com'],
    aliases: ['agence france-presse', 'agence france presse', 'agence france press'],
  },
  { name: 'The Guardian', hosts: ['theguardian.com', 'guardian.co.uk'], aliases: ['guardian'] },
  {
    name: 'The New York Times',
    hosts: ['nytimes.com', 'nyti.ms'],
    aliases: ['nyt', 'nytimes', 'new york times'],
  },
  {
    name: 'The Washington Post',
    hosts: ['washingtonpost.com', 'wapo.st'],
    aliases: ['washington post', 'wapo'],
  },
  { name: 'The Wall Street Journal', hosts: ['wsj.com'], aliases: ['wsj', 'wall street journal'] },
  { name: 'Bloomberg', hosts: ['bloomberg.com'], aliases: ['bloomberg news'] },
  { name: 'Fox News', hosts: ['foxnews.com'], aliases: ['foxnews', 'fox'] },
  { name: 'NBC News', hosts: ['nbcnews.com'], aliases: ['nbc', 'nbcnews'] },
  { name: 'CBS News', hosts: ['cbsnews.com'], aliases: ['cbs', 'cbsnews'] },
  { name: 'ABC News', hosts: ['abcnews.go.com', 'abcnews.com'], aliases: ['abc', 'abcnews'] },
  { name: 'ABC (Australia)', hosts: ['abc.net.au'], aliases: ['australian broadcasting corporation'] },
  { name: 'NPR', hosts: ['npr.org'], aliases: ['national public radio'] },
  { name: 'USA Today', hosts: ['usatoday.com'], aliases: ['usatoday'] },
  { name: 'Los Angeles Times', hosts: ['latimes.com'], aliases: ['la times', 'latimes'] },
  { name: 'CNBC', hosts: ['cnbc.com'], aliases: [] },
  { name: 'MSNBC', hosts: ['msnbc.com'], aliases: [] },
  { name: 'Politico', hosts: ['politico.com', 'politico.eu'], aliases: [] },
  { name: 'The Hill', hosts: ['thehill.com'], aliases: ['thehill'] },
  { name: 'Axios', hosts: ['axios.com'], aliases: [] },
  {
    name: 'HuffPost',
    hosts: ['huffpost.com', 'huffingtonpost.com', 'huffingtonpost.co.uk'],
    aliases: ['huffington post'],
  },
  { name: 'Yahoo News', hosts: ['news.yahoo.com'], aliases: ['yahoo'] },
  { name: 'Time', hosts: ['time.com'], aliases: ['time magazine'] },
  { name: 'Newsweek', hosts: ['newsweek.com'], aliases: [] },
  { name: 'The Independent', hosts: ['independent.co.uk'], aliases: ['independent'] },
  { name: 'The Telegraph', hosts: ['telegraph.co.uk'], aliases: ['telegraph', 'daily telegraph'] },
  { name: 'Daily Mail', hosts: ['dailymail.co.uk'], aliases: ['mail online', 'mailonline', 'dailymail'] },
  { name: 'Sky News', hosts: ['news.sky.com'], aliases: ['skynews'] },
  { name: 'The Times of India', hosts: ['timesofindia.indiatimes.com'], aliases: ['times of india', 'toi'] },
  { name: 'Hindustan Times', hosts: ['hindustantimes.com'], aliases: [] },
  { name: 'NDTV', hosts: ['ndtv.com'], aliases: [] },
  { name: 'Xinhua', hosts: ['xinhuanet.com', 'news.cn'], aliases: ['xinhua news agency'] },
  { name: 'RT', hosts: ['rt.com'], aliases: ['russia today'] },
  { name: 'TASS', hosts: ['tass.com', 'tass.ru'], aliases: [] },
  { name: 'Deutsche Welle', hosts: ['dw.com'], aliases: ['dw'] },
  { name: 'France 24', hosts: ['france24.com'], aliases: ['france24'] },
  { name: 'Euronews', hosts: ['euronews.com'], aliases: [] },
  { name: 'UPI', hosts: ['upi.com'], aliases: ['united press international'] },
  { name: 'dpa', hosts: ['dpa.com'], aliases: ['deutsche presse-agentur'] },
  { name: 'EFE', hosts: ['efe.com'], aliases: [] },
  { name: 'ANSA', hosts: ['ansa.it'], aliases: [] },
  { name: 'Anadolu Agency', hosts: ['aa.com.tr'], aliases: ['anadolu'] },
  { name: 'The Jakarta Post', hosts: ['thejakartapost.com'], aliases: ['jakarta post'] },
  { name: 'ANTARA', hosts: ['antaranews.com'], aliases: ['antara news'] },
  { name: 'People', hosts: ['people.com'], aliases: ['people magazine'] },
  { name: 'Variety', hosts: ['variety.com'], aliases: [] },
  { name: 'The Hollywood Reporter', hosts: ['hollywoodreporter.com'], aliases: ['hollywood reporter'] },
  { name: 'E! News', hosts: ['eonline.com'], aliases: ['e! online', 'eonline'] },
  { name: 'TMZ', hosts: ['tmz.com'], aliases: [] },
]

/**
 * The key a name is looked up by: lower case, accents and a leading "the" dropped, punctuation
 * (hyphens, dots, "!") to single spaces ("The Al-Jazeera" → "al jazeera").
 */
export function outletKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '')
}

const BY_KEY = new Map<string, string>()
const BY_HOST = new Map<string, string>()
for (const outlet of OUTLETS) {
  for (const alias of [outlet.name, ...outlet.aliases]) BY_KEY.set(outletKey(alias), outlet.name)
  for (const host of outlet.hosts) BY_HOST.set(host, outlet.name)
}

/** The display name of a known outlet written `name` in any known spelling, else null. */
export function knownOutletByName(name: string): string | null {
  return BY_KEY.get(outletKey(name)) ?? null
}

/** The display name of the known outlet that publishes on `host` or a parent domain of it, else null. */
export function knownOutletByHost(host: string): string | null {
  let domain = host.toLowerCase().replace(/\.$/, '')
  for (;;) {
    const found = BY_HOST.get(domain)
    if (found) return found
    const dot = domain.indexOf('.')
    if (dot === -1 || domain.indexOf('.', dot + 1) === -1) return null
    domain = domain.slice(dot + 1)
  }
}
