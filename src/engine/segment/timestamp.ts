/** Longest line read as a bare timestamp. */
const MAX_TIMESTAMP_LENGTH = 90

/**
 * One word of a bare timestamp: a number or clock time (`2013`, `11:34PM`, `3,2013`, `4/28/09`, `5th`),
 * a month or weekday name or abbreviation, AM/PM, a time zone, a linking word or label (`@`, `–`,
 * `Posted:`, `Originally`), each with an optional comma or colon after it (`2nd,`, `EDT,`, `8:24am:`).
 */
const TIMESTAMP_WORD = new RegExp(
  String.raw`^(?:(?=\D*\d)[\d:/.,()+-]+(?:st|nd|rd|th|am|pm|a\.m\.|p\.m\.|p|a)?|` +
    '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|' +
    String.raw`sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?|` +
    String.raw`(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?|` +
    String.raw`a\.?m\.?|p\.?m\.?|gmt|utc|bst|cet|cest|hkt|ist|e[sd]t|c[sd]t|m[sd]t|p[sd]t|ak[sd]t|aest|aedt|jst|kst|msk|et|ct|pt|uk|hrs|` +
    'at|on|updated|published|posted|first|last|modified|created|edited|released?|originally|' +
    String.raw`[|•·@–—-]|\(?gmt(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)[,:]?$`,
  'i',
)

/**
 * Whether a line is nothing but a date and time ("THURSDAY, APRIL 11, 2013, 9:53 PM",
 * "on Jul 7 2012, 5:55p", "04/28/09 07:35 PM ET"): a word-by-word check, so it stays linear.
 */
export function isTimestamp(text: string): boolean {
  if (text.length > MAX_TIMESTAMP_LENGTH || !/\d/.test(text)) return false
  return text.split(/\s+/).every((word) => TIMESTAMP_WORD.test(word))
}

/**
 * The labels a page puts before its timestamp (`Story Created:`, `Edited time:`, `Date:`): a fixed
 * list, so a label of content ("End of Watch: Friday, June 24, 2005") stays content.
 */
const STAMP_LABEL =
  /^(?:(?:story|article|page|post|news) )?(?:created|edited|edited time|date|dated|time|filed|release date|last update|last edited)\s?: ?/i
/** What makes the rest of a labelled line a time, not a count: `9:56`, `05/03`, `Aug 7`. */
const STAMP_EVIDENCE =
  /\d[:.]\d\d|\d\/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\d (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i

/** News agencies that stamp a line with their name before the time (`Reuters Sep 18, 2013, 02.16PM IST`). */
const STAMP_AGENCY = /^(?:reuters|ap|afp|upi|dpa|ians|pti|ani|xinhua|bloomberg|tass) /i

/**
 * Whether a line is a timestamp behind a page's label or an agency's name ("Story Created: Aug 7,
 * 2012 at 9:56 AM AKDT", "Reuters Sep 18, 2013, 02.16PM IST"). The rest must carry a clock time,
 * a numeric date or a month and day, so a label before a bare number ("Deaths: 12") stays content.
 */
export function isLabelledTimestamp(text: string): boolean {
  if (text.length > MAX_TIMESTAMP_LENGTH) return false
  const prefix = STAMP_LABEL.exec(text) ?? STAMP_AGENCY.exec(text)
  if (prefix === null) return false
  const rest = text.slice(prefix[0].length).trim()
  return STAMP_EVIDENCE.test(rest) && isTimestamp(rest)
}
