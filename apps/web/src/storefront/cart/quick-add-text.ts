/** The API reads at most this much of a pasted list or file. */
export const MAX_QUICK_ADD_CHARACTERS = 200_000;

/**
 * What stays in the box after a quick add: the lines that were not added, as they were
 * written, so they can be fixed and sent again without adding the others twice. Line
 * numbers count from 1 over the text as sent, blank lines included, as the API counts them.
 */
export function linesToRetry(text: string, notAdded: readonly { line: number }[]): string {
  const lines = text.split(/\r\n|\n|\r/);
  return notAdded
    .map((entry) => lines[entry.line - 1])
    .filter((line): line is string => line !== undefined)
    .join('\n');
}
