import { sourceOffset } from '../segment.js'
import { labels, type ArticleRoot, type BlockNode, type Label } from '../tree.js'
import { decide, type Decision } from './decide.js'
import { cutShort, type CueMatch } from './features.js'
import { predict, type Model } from './model.js'
import { featurize, type BlockUnit } from './units.js'
import weights from './weights.json'

/** The evidence for a label: which words pushed which label, and how hard. */
export interface Cue {
  label: Label
  text: string
  /** UTF-16 offsets into the input, `[start, end)`. */
  start: number
  end: number
  /** What the cue added to its label’s score (a logit; negative pulls away). */
  weight: number
  /** Id of the cue’s row in the lexicon. */
  id: string
}

/** A sentence’s label and evidence. */
export interface SentenceLabel {
  label: Label
  start: number
  end: number
  cues: Cue[]
}

/** A block’s label, scores and evidence. */
export interface BlockLabel {
  block: BlockNode
  label: Label
  scores: Record<Label, number>
  cues: Cue[]
  sentences: SentenceLabel[]
  rule?: Decision['rule'] | 'product-line' | 'teaser' | 'cast'
}

/** The block and the sentence model. */
export interface Weights {
  block: Model
  sentence: Model
}

/**
 * Label every block and sentence of `tree`, and record the labels on the
 * tree’s nodes (`data.label`, `data.scores`) and sections (`data.wordsByLabel`).
 */
export function classify(tree: ArticleRoot, model: Weights = weights as Weights): BlockLabel[] {
  const results = featurize(tree).map((unit): BlockLabel => {
    const decision = decideUnit(unit, model)
    const block = unit.block
    block.data.label = decision.label
    block.data.scores = decision.scores
    const sentences = unit.sentences.map((sentence, index): SentenceLabel => {
      const node = block.children[index]
      const label = decision.sentences[index]!.label
      if (node) node.data = { label, scores: decision.sentences[index]!.scores }
      return {
        label,
        // The tree's positions: the same sentence nodes, kept inside their block.
        start: node?.position.start.offset ?? sourceOffset(block, sentence.start),
        end: node?.position.end.offset ?? sourceOffset(block, sentence.end, 'end'),
        cues: sentence.cues.map((cue) => toCue(block, cue, model.sentence)),
      }
    })
    return {
      block,
      label: decision.label,
      scores: decision.scores,
      cues: unit.cues.map((cue) => toCue(block, cue, model.block)),
      sentences,
      ...(decision.rule ? { rule: decision.rule } : {}),
    }
  })
  acrossBlocks(results)
  for (const section of tree.children) {
    const words = Object.fromEntries(labels.map((label) => [label, 0])) as Record<Label, number>
    for (const block of section.children) words[block.data.label ?? 'other'] += block.words
    section.data.wordsByLabel = words
    section.data.label = labels.reduce((best, label) => (words[label] > words[best] ? label : best), 'other' as Label)
  }
  return results
}

/**
 * The rules that read neighbouring blocks' labels, applied in place after
 * every block has its own (exported for the training script's
 * cross-validation, which scores the whole classifier).
 */
export function acrossBlocks(results: BlockLabel[]): void {
  // A product name alone on a line, among promo blocks, is promo too (“Lush
  // Sleep Body Lotion” between two deals): on its own it reads as a heading.
  results.forEach((result, index) => {
    const before = results[index - 1]
    const after = results[index + 1]
    if (result.label !== 'other' || before?.label !== 'promo' || after?.label !== 'promo') return
    if (productLine(result.block.text)) relabel(result, 'promo', 'product-line')
  })
  // A teaser cut short (“…has passed away. The news of...”) under a promo
  // lead-in such as “You May Also Like”, past section labels and other
  // teasers, is a link to another article.
  results.forEach((result, index) => {
    if (result.label === 'promo' || !cutShort(result.block.text)) return
    for (let back = index - 1; back >= Math.max(0, index - 8); back--) {
      const previous = results[back]!
      if (previous.label === 'promo' && !cutShort(previous.block.text) && previous.block.words <= 12) return relabel(result, 'promo', 'teaser')
      if (!(previous.label === 'other' && previous.block.words <= 3) && !cutShort(previous.block.text)) return
    }
  })
  const cast = results.map(isCastLine)
  results.forEach((result, index) => {
    if (result.label !== 'news' && cast[index] && (cast[index - 1] || cast[index + 1])) relabel(result, 'news', 'cast')
  })
}

function relabel(result: BlockLabel, label: Label, rule: 'product-line' | 'teaser' | 'cast'): void {
  result.label = label
  result.rule = rule
  result.block.data.label = label
  for (const sentence of result.sentences) sentence.label = label
  for (const node of result.block.children) if (node.data) node.data.label = label
}

// “Hiroshi Yamamoto as Izawa in Ping Pong Club”: a line that casts a
// performer as a role. Two or more in a row are a cast list, background
// and so news (the guidelines); one alone may be a photo caption.
const castLine = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} as (?:the )?\p{Lu}/u
const isCastLine = (result: BlockLabel) => result.block.words <= 20 && castLine.test(result.block.text) && result.block.text.split(' as ').length === 2

/** A short title-case line without final punctuation: a name, not a sentence. */
function productLine(text: string): boolean {
  const words = text.trim().split(/\s+/)
  if (words.length < 2 || words.length > 8 || /[.!?:;,]$/.test(text.trim())) return false
  return words.filter((word) => /^[\p{Lu}\p{N}]/u.test(word)).length / words.length >= 0.75
}

/** Score a featurised block with both models and decide its label. */
export function decideUnit(unit: BlockUnit, model: Weights): Decision {
  const sentenceScores = unit.sentences.map((sentence) => predict(model.sentence, sentence.features))
  return decide(unit, predict(model.block, unit.features), sentenceScores)
}

function toCue(block: BlockNode, cue: CueMatch, model: Model): Cue {
  const { rule } = cue
  const start = sourceOffset(block, cue.start)
  const weight = (model.weights[rule.label][`cue:${rule.id}`] ?? 0) * rule.weight
  return {
    label: rule.label,
    text: block.text.slice(cue.start, cue.end),
    start,
    end: Math.max(start, sourceOffset(block, cue.end, 'end')),
    weight: Math.round(weight * 1000) / 1000,
    id: rule.id,
  }
}
