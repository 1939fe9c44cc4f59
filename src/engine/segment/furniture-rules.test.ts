import { describe, expect, it } from 'vitest'
import { matchFurniture, matchListLabel } from './furniture-rules.ts'

describe('matchFurniture', () => {
  it.each([
    ['By Jane Doe, CNN', 'byline'],
    ['By JANE DOE and JOHN ROE | Reuters', 'byline'],
    ['Lavrov said in Zurich that the talks would go ahead [Handout via EPA]', 'photo caption'],
    ['Kerry arrives in Davos. (Getty Images)', 'photo caption'],
    ['Kerry and Lavrov in Zurich. Photograph: Ruben Sprich/Reuters', 'photo caption'],
    ['Photo: Kerry and Lavrov in Zurich', 'photo caption'],
    ["READ MORE: US 'takes control' of Rmeilan airfield in Syria", 'related link'],
    ['Related: Syria talks in doubt', 'related link'],
    ['Also read - Syria talks in doubt', 'related link'],
    ['Also read', 'section label'],
    ['JUST WATCHED', 'video widget'],
    ['MUST WATCH', 'video widget'],
    ['Watch: Kerry arrives in Davos', 'video widget'],
    ["Russia's Vladimir Putin ramps up military presence 02:21", 'video widget'],
    ['SOURCE: Al Jazeera and agencies', 'source line'],
    ['Sources: agencies', 'source line'],
    ['Story highlights', 'section label'],
    ['Key points:', 'section label'],
    ['Tags: Syria, Russia, United States', 'section label'],
    ['Advertisement', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Follow us on Twitter @AJEnglish', 'share prompt'],
    ['Share this article', 'share prompt'],
    ['Sign up for our newsletter.', 'share prompt'],
    ['© 2016 Cable News Network. All Rights Reserved.', 'copyright line'],
    ['Copyright 2016 The Associated Press', 'copyright line'],
    ["CNN's Elise Labott contributed to this report.", 'credit line'],
    ['(Reporting by Jane Doe; Editing by John Roe)', 'credit line'],
    ['Updated 1532 GMT (2332 HKT) January 20, 2016', 'timestamp'],
    ['THURSDAY, APRIL 11, 2013, 9:53 PM', 'timestamp'],
    ['on April 30, 2008 at 4:31 AM, updated April 30, 2008 at 8:33 AM', 'timestamp'],
    ['04/28/09 07:35 PM ET', 'timestamp'],
    ['10 Jun 2013 09:10', 'timestamp'],
    ['2 October 2013, 15:39 (GMT+05:00)', 'timestamp'],
    ['First Published: June 13, 2013 4:59 PM EDT', 'timestamp'],
    ['This article is more than 5 years old', 'timestamp'],
    ['Media playback is unsupported on your device', 'video widget'],
    ['2 min read', 'section label'],
    ['Continue reading the main story', 'section label'],
    ['From the section Middle East', 'section label'],
    ['Image copyright Getty Images', 'photo caption'],
    ['Media caption Lyse Doucet: "The talks are in trouble"', 'photo caption'],
    ['FILE PHOTO: Kerry and Lavrov in Zurich', 'photo caption'],
    ['Image 1 of 12', 'photo caption'],
    ['AFP via Getty Images', 'photo credit'],
    ['(AP Photo/Jane Doe)', 'photo credit'],
    ['Follow Jane Doe on Twitter: @janedoe', 'share prompt'],
    ['Facebook', 'share prompt'],
    [
      'A version of this article appears in print on Jan. 21, 2016, on Page A4 of the New York edition.',
      'credit line',
    ],
    ['Sponsored: Ten gadgets pilots swear by', 'sponsored'],
    ['Sponsored by Acme Travel', 'sponsored'],
    ['Paid Post | Acme Bank', 'sponsored'],
    ['Promoted Stories', 'sponsored'],
    ['Recommended by', 'sponsored'],
    ['Recommended by Outbrain', 'sponsored'],
    ['From Around the Web', 'sponsored'],
    ['Ads by Google', 'sponsored'],
    ['Sponsored', 'advertisement'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Sign up for our newsletter', 'share prompt'],
    ['Newsletter sign-up', 'share prompt'],
    ['Enter your email address', 'share prompt'],
    ['Get our morning newsletter', 'share prompt'],
    ["Don't miss a story", 'share prompt'],
    ['Tuesday, July 2nd, 2013', 'timestamp'],
    ['3 July 2013 Last updated at 13:38 GMT', 'timestamp'],
    ['Updated 2:05 PM ET, Wed January 20, 2016', 'timestamp'],
    ['Friday August 2, 2013 @ 8:13am PDT', 'timestamp'],
    ['Jan 5, 2011 – 4:35 PM', 'timestamp'],
    ['7:00pm UK, Wednesday 05 May 2010', 'timestamp'],
    ['Originally published 05/03/2013 at 10:20 AM EDT', 'timestamp'],
    ['Release: 03/08/2013', 'timestamp'],
    ['8:24am:', 'timestamp'],
    ['Story Created: Aug 7, 2012 at 9:56 AM AKDT', 'timestamp'],
    ['Edited time: March 13, 2013 02:15', 'timestamp'],
    ['Reuters Sep 18, 2013, 02.16PM IST', 'timestamp'],
  ])('recognises %j', (text, reason) => {
    expect(matchFurniture(text)).toBe(reason)
  })

  it.each([
    'Kerry and Lavrov met in Zurich on Wednesday.',
    'By Tuesday the rebels had left the town',
    'More than 400,000 Syrians are trapped in besieged communities.',
    'Source code for the deal was not released, officials said.',
    'The talks begin at 10:30',
    'Email records show the meeting was planned.',
    'Kerry met Lavrov [in Zurich] and then flew to Davos.',
    'Russia and Iran, which support Assad (the Syrian president), disagree.',
    'UN Security Council agrees on Syria peace plan',
    'Kerry 25 January talks',
    'Sunset Boulevard 2',
    'March 2016 talks in Geneva fail',
    'Reuters reported that the talks would go ahead on Monday.',
    'Follow-up talks are planned on Twitter and elsewhere',
    `SOURCE: ${'a long paragraph that merely starts like a source line, '.repeat(4)}`,
    'Sponsored by the UN, the talks will open in Geneva on Monday.',
    'Promoted to colonel last year, he led the raid.',
    'The newsletter was first published in 2013.',
    'Recommended by the envoy, the ceasefire starts on Monday.',
    'Released on July 2nd, the figures showed a rise.',
    'On July 2nd, 2013 the quake struck',
    'Deaths: 12',
    'Kerry: 2013',
    'Born: Friday, June 24, 1955',
    'Reuters reported on May 2, 2013',
  ])('leaves %j alone', (text) => {
    expect(matchFurniture(text)).toBeNull()
  })
})

describe('matchListLabel', () => {
  it('says what the lines under a link-list heading are', () => {
    expect(matchListLabel('Promoted Stories')).toBe('sponsored')
    expect(matchListLabel('Around the web')).toBe('sponsored')
    expect(matchListLabel('More on this story')).toBe('related link')
    expect(matchListLabel('Topics')).toBe('topic tag')
    expect(matchListLabel('Kerry and Lavrov met')).toBeNull()
  })
})
