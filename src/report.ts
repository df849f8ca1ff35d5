import type { Label } from './tree.js'

/** Word counts and ratios of an analysed article. */
export interface Stats {
  /** Words in all blocks. */
  words: number
  wordsByLabel: Record<Label, number>
  /** Words in promo blocks ÷ words in blocks not labelled other; 0 when there are none. */
  adRatio: number
  /** Words in speculation blocks ÷ words in blocks not labelled other; 0 when there are none. */
  speculationRatio: number
}

/**
 * Count words by label and compute the ratios.
 *
 * @example
 * report([{ label: 'news', words: 80 }, { label: 'promo', words: 20 }]).adRatio // 0.2
 */
export function report(blocks: ReadonlyArray<{ label: Label; words: number }>): Stats {
  const wordsByLabel: Record<Label, number> = { news: 0, speculation: 0, promo: 0, other: 0 }
  for (const block of blocks) wordsByLabel[block.label] += block.words
  const words = wordsByLabel.news + wordsByLabel.speculation + wordsByLabel.promo + wordsByLabel.other
  const content = words - wordsByLabel.other
  return {
    words,
    wordsByLabel,
    adRatio: content ? wordsByLabel.promo / content : 0,
    speculationRatio: content ? wordsByLabel.speculation / content : 0,
  }
}
