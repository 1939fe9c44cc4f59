/** What each key does, for the handler and for the `?` overlay. */
export const shortcuts = [
  { keys: ['n', 'j'], action: 'next-discrepancy', label: 'Next discrepancy' },
  { keys: ['p', 'k'], action: 'previous-discrepancy', label: 'Previous discrepancy' },
  { keys: ['u'], action: 'next-unique', label: 'Next unique detail' },
  { keys: ['Enter'], action: 'open-details', label: 'Open the details of the selection' },
  { keys: ['Escape'], action: 'close', label: 'Close this overlay, or clear the selection' },
  { keys: ['/'], action: 'search', label: 'Search the articles' },
  { keys: ['?'], action: 'help', label: 'Show these keys' },
] as const

/** An action a key can trigger. */
export type ShortcutAction = (typeof shortcuts)[number]['action']

/** The action for a key, or null. */
export function actionForKey(key: string): ShortcutAction | null {
  return shortcuts.find((shortcut) => (shortcut.keys as readonly string[]).includes(key))?.action ?? null
}
