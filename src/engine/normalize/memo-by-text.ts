/** Bound on each memo, so a huge input cannot grow it without limit. */
const MEMO_SIZE = 20_000

/**
 * `compute` remembered by its text: the same names, quotes and words recur through a comparison
 * (each pair of a claim's sides reads its facts again), and recomputing them showed in profiles.
 * The memo is emptied when it holds `MEMO_SIZE` texts. Results are shared: callers must not change them.
 */
export function memoByText<T>(compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>()
  return (text) => {
    let value = known.get(text)
    if (value === undefined) {
      value = compute(text)
      if (known.size >= MEMO_SIZE) known.clear()
      known.set(text, value)
    }
    return value
  }
}
