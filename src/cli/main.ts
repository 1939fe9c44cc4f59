/** The command-line entry; returns the process exit code. */
export async function main(args: string[]): Promise<number> {
  process.stdout.write(`crosscheck ${args.join(' ')}\n`)
  return 0
}
