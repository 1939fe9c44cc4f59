import type { ArticleInput } from '../engine/report-api.ts'
import aljazeera from './articles/aljazeera-2016-01-20-syria-talks-invite-list.txt?raw'
import cnn from './articles/cnn-2016-01-20-kerry-lavrov-impasse.txt?raw'

/**
 * The embedded demo: two real reports of the Kerry–Lavrov meeting of 20 January 2016,
 * kept exactly as they were scraped, page furniture and all.
 */
export const demoArticles: ArticleInput[] = [
  {
    id: 'aljazeera',
    title: 'US and Russia fail to agree on Syria talks invite list',
    source: 'Al Jazeera',
    published: '2016-01-20',
    text: aljazeera,
  },
  {
    id: 'cnn',
    title: 'Kerry, Lavrov meet to end impasse over Syria talks',
    source: 'CNN',
    published: '2016-01-20',
    text: cnn,
  },
]
