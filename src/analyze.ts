import { classify, type Cue } from './classify/classify.js'
import { extract, type Entity } from './extract/extract.js'
import { checkInput, normalizeOptions, type Options, type Settings } from './options.js'
import { parseWith } from './parse.js'
import { report, type Stats } from './report.js'
import type { ArticleRoot, Label } from './tree.js'

/** A block of the article with its label and the evidence for it. */
export interface Block {
  label: Label
  /** Probabilities of the four labels; they sum to 1. */
  scores: Record<Label, number>
  /** UTF-16 offsets into the input, `[start, end)`. */
  start: number
  end: number
  /** Plain text of the block. */
  text: string
  words: number
  sentences: Array<{ label: Label; start: number; end: number; cues: Cue[] }>
  /** The evidence: which words pushed which label. */
  cues: Cue[]
  /**
   * The guideline rule that decided the label, when one did: a short promo
   * sentence, attribution over hedging, the majority of words in sentences
   * that speculate, a sentence that passes on a rumour (`rumour`), a link
   * lead-in or an ad-slot line (`marker`), a pointer inside the article
   * (`pointer`), a release-date field (`schedule`), a field that predicts
   * (`forecast`), a page title signed with its site (`title`), a product
   * name alone on a line among promo blocks, or a teaser cut short with “…”
   * in a list of links under a promo lead-in, or a line of a cast list
   * (`cast`: “Mina Park as Detective Yoon”, two or more in a row).
   */
  rule?: 'promo-sentence' | 'attribution' | 'majority' | 'rumour' | 'marker' | 'pointer' | 'schedule' | 'forecast' | 'title' | 'product-line' | 'teaser' | 'cast'
}

/** The result of {@link analyze}. */
export interface Analysis {
  /** Every non-empty block of the input, in reading order. */
  blocks: Block[]
  /** One entry per distinct entity, with all its mentions. */
  entities: Entity[]
  stats: Stats
  /** The article tree, labels on `node.data`. */
  tree: ArticleRoot
}

/**
 * Analyse an article: label every block and sentence as news, speculation,
 * promo or other, extract entities, and report the ratios.
 *
 * @example
 * const { stats, blocks } = analyze(text, { published: '2024-05-01' })
 * stats.adRatio // share of promo words
 * blocks[0].label // 'other'
 */
export function analyze(input: string, options?: Options): Analysis {
  const settings = normalizeOptions(options)
  const source = checkInput(input, settings)
  return analyzeTree(parseWith(source, settings), source, settings)
}

/** Classify, extract and report on a tree already parsed from `input`. */
export function analyzeTree(tree: ArticleRoot, input: string, settings: Settings): Analysis {
  const blocks = classify(tree).map(
    (result): Block => ({
      label: result.label,
      scores: result.scores,
      start: result.block.position.start.offset!,
      end: result.block.position.end.offset!,
      text: result.block.text,
      words: result.block.words,
      sentences: result.sentences,
      cues: result.cues,
      ...(result.rule ? { rule: result.rule } : {}),
    }),
  )
  const entities = settings.entities ? extract(tree, input, settings) : []
  return { blocks, entities, stats: report(blocks), tree }
}

/**
 * {@link analyze}, returning a promise; the work itself is synchronous.
 *
 * @example
 * const analysis = await analyzeAsync(html, { format: 'html' })
 */
export async function analyzeAsync(input: string, options?: Options): Promise<Analysis> {
  return analyze(input, options)
}
