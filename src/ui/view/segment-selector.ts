/** The CSS selector of a rendered segment; ids are `<doc>:<n>`, quoted so any document id works. */
export function segmentSelector(segmentId: string): string {
  return `[data-segment-id="${segmentId.replace(/["\\]/g, '\\$&')}"]`
}
