import { allMatches } from './match.js'

// A word is a run of letters or digits, joined by inner apostrophes, hyphens,
// periods or commas ("don’t", "Jae-kyoo", "U.S", "100,000", "4.5").
const wordPattern = /[\p{L}\p{N}\p{M}]+(?:['’.,\-‐][\p{L}\p{N}\p{M}]+)*/gu

/**
 * Spans `[start, end)` of the words in `text`. The one definition of a word
 * used everywhere: word counts, ratios and the `word` nodes of the tree.
 *
 * @example
 * wordSpans('Lee Jae-kyoo said') // [[0, 3], [4, 12], [13, 17]]
 */
export function wordSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const match of allMatches(wordPattern, text)) {
    spans.push([match.index, match.index + match[0].length])
  }
  return spans
}

/**
 * Number of words in `text` (see {@link wordSpans}).
 *
 * @example
 * countWords('Grab ₱100,000 worth of vouchers!') // 5
 */
export function countWords(text: string): number {
  let count = 0
  wordPattern.lastIndex = 0
  while (wordPattern.exec(text)) count++
  return count
}
