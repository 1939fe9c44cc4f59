/** The `--help` text. */
export const usage = `Usage:
  crosscheck compare [--format json|markdown] FILE FILE [FILE...]
  crosscheck batch [--jobs N] [--timeout-ms N] [--quiet] < requests.jsonl > reports.jsonl
  crosscheck --help

compare   Compares two or more articles (.txt, .md, .html, .htm; UTF-8) and prints one report:
          JSON (default, the version-1 Report) or Markdown for people. A document's id is its
          file's base name; for HTML the article text and metadata are extracted from the page.
batch     Reads JSON Lines requests from stdin, {"id": "...", "articles": [{"id", "text", ...}]},
          and writes one compact JSON report per line, in order, with the request id echoed.
          A bad line gives {"id": ..., "error": "..."} on its line and the run goes on.
          --jobs N        requests compared at once on worker threads (default: the number
                          of cores); --jobs 1, or a file of fewer than 24 requests, compares
                          them one by one on the main thread
          --timeout-ms N  on worker threads, a request still running after N ms is stopped
                          and answered with an error line (default 60000); so is one that
                          crashes its worker, which is replaced
          --quiet         no progress line on stderr (drawn only when stderr is a terminal)
          Ctrl-C stops the run: every report finished in order is written, exit code 130.

Exit codes: 0 success, 2 bad usage or an unreadable or unsupported file.
`
