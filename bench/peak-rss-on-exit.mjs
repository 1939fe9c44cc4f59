// Preloaded into a CLI process by the batch bench (node --import): on exit, writes the process's
// peak resident set size in KB and its CPU time in µs (user + system; worker threads included:
// they share the process), space-separated, to the file named by CROSSCHECK_PEAK_RSS_FILE, which a
// parent cannot read from outside once the process ends.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  const file = process.env.CROSSCHECK_PEAK_RSS_FILE
  const usage = process.resourceUsage()
  if (file) writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`)
})
