import { allMatches } from '../match.js'
import type { ArticleRoot, BlockNode } from '../tree.js'
import { rumourCues } from './cues.js'
import { extractFeatures, findCues, isPunctuated, type ArticleContext, type CueMatch, type Features, type Neighbour, type UnitContext } from './features.js'

/** A block with its features and those of its sentences. */
export interface BlockUnit {
  block: BlockNode
  features: Features
  cues: CueMatch[]
  sentences: SentenceUnit[]
}

/** A sentence with its features; cue offsets are in the block’s text. */
export interface SentenceUnit {
  start: number
  end: number
  words: number
  features: Features
  cues: CueMatch[]
}

/**
 * Features of every block and sentence of a tree. Cues are found once per
 * block and shared out to the sentences they fall in.
 */
export function featurize(tree: ArticleRoot): BlockUnit[] {
  const blocks = tree.children.flatMap((section) => section.children)
  const neighbour = (index: number): Neighbour | undefined => {
    const block = blocks[index]
    return block && { words: block.words, punctuated: isPunctuated(block.text) }
  }
  const found = blocks.map((block) => {
    const quoted = quotations(block.text)
    return block.data.sentenceSpans.map(([start, end]) =>
      findCues(block.text.slice(start, end)).map((match): CueMatch => {
        const cue = { ...match, start: match.start + start, end: match.end + start }
        return quoted.length ? { ...cue, quoted: quoted.some(([from, to]) => cue.start >= from && cue.end <= to) } : cue
      }),
    )
  })
  const article = articleContext(found.map((sentences) => sentences.flat()))
  return blocks.map((block, index) => {
    const linked = block.data.links.reduce((sum, [start, end]) => sum + end - start, 0)
    const context: UnitContext = {
      kind: block.kind,
      chrome: Boolean(block.data.chrome),
      index,
      total: blocks.length,
      linkDensity: block.text.length ? Math.min(1, linked / block.text.length) : 0,
      blockWords: block.words,
      previous: neighbour(index - 1),
      next: neighbour(index + 1),
      article,
    }
    const spans = block.data.sentenceSpans
    const cues = found[index]!.flat()
    const features = extractFeatures(block.text, block.words, context, cues)
    const sentences = spans.map(([start, end], sentenceIndex): SentenceUnit => {
      const text = block.text.slice(start, end)
      const words = block.children[sentenceIndex]?.children.length ?? 0
      // A block of one sentence has that sentence's features, and the sentence's own.
      if (spans.length === 1 && text === block.text && words === block.words) return { start, end, words, features: new Map([...features, ['sent:alone', 1]]), cues }
      const sentenceCues = found[index]![sentenceIndex]!
      return { start, end, words, features: extractFeatures(text, words, { ...context, sentence: { index: sentenceIndex, count: spans.length } }, sentenceCues), cues: sentenceCues }
    })
    return { block, features, cues, sentences }
  })
}

/**
 * What the whole article is about, from its cues: the share of its blocks
 * with a speculation cue, and with a rumour or unnamed-source cue. A report
 * of a rumour reads like news, block by block; the article says otherwise.
 */
function articleContext(blockCues: CueMatch[][]): ArticleContext {
  const share = (test: (cue: CueMatch) => boolean) => (blockCues.length ? blockCues.filter((cues) => cues.some(test)).length / blockCues.length : 0)
  return {
    speculation: share((cue) => cue.rule.label === 'speculation'),
    rumour: share((cue) => rumourCues.has(cue.rule.id)),
  }
}

/** Spans of a text inside quotation marks (“…”, or straight quotes taken in pairs). */
const quotation = /“[^“”]*”|"[^"]*"/g
function quotations(text: string): Array<[number, number]> {
  return allMatches(quotation, text).map((match): [number, number] => [match.index, match.index + match[0].length])
}
