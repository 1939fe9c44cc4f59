import { compareArticles, formatReportMarkdown } from '../engine/index.ts'
import type { DomEnvironment } from '../import/extract-html-article.ts'
import { CliError } from './cli-error.ts'
import { loadJsdomEnvironment } from './jsdom-environment.ts'
import type { ReportFormat } from './parse-args.ts'
import { readArticleFile } from './read-article-file.ts'

/** Reads the files, compares them and returns the report as text in the asked format. */
export async function compareFiles(files: string[], format: ReportFormat): Promise<string> {
  let environment: Promise<DomEnvironment> | undefined
  const loadDomEnvironment = (): Promise<DomEnvironment> => {
    environment ??= loadJsdomEnvironment()
    return environment
  }
  const articles = []
  for (const file of files) articles.push(await readArticleFile(file, loadDomEnvironment))
  const seen = new Set<string>()
  for (const article of articles) {
    if (seen.has(article.id)) {
      throw new CliError(`two files are named ${article.id}; a document's id is its base name, so rename one`)
    }
    seen.add(article.id)
  }
  const report = compareArticles(articles)
  return format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatReportMarkdown(report)
}
