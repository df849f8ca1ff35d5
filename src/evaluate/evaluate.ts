import { analyze } from '../analyze.js'
import { report } from '../report.js'
import type { Label } from '../tree.js'
import { goldEntityTypes, goldSpans, type LabelledArticle } from './labelled.js'
import { prf, scoreLabels, type LabelScores, type PRF } from './score.js'

/** What {@link evaluate} measures on a labelled set. */
export interface Evaluation {
  articles: number
  blocks: LabelScores
  /** Mean absolute error of the ad ratio, and of the speculation ratio, per article. */
  adRatioMAE: number
  speculationRatioMAE: number
  /** Entity precision/recall/F1 per type, by the matching rule of the guidelines. */
  entities: Record<(typeof goldEntityTypes)[number], PRF>
  /** Articles that could not be analysed, with the reason. */
  failures: Array<{ id: string; error: string }>
}

/**
 * Score copydesk against a labelled set. Gold blocks are mapped to
 * copydesk’s blocks by offsets: a gold block takes the label that covers
 * most of its words.
 */
export function evaluate(articles: LabelledArticle[]): Evaluation {
  const pairs: Array<{ gold: Label; predicted: Label }> = []
  const counts = Object.fromEntries(goldEntityTypes.map((type) => [type, { tp: 0, predicted: 0, gold: 0 }]))
  const failures: Evaluation['failures'] = []
  let adError = 0
  let speculationError = 0
  for (const article of articles) {
    let analysis
    try {
      analysis = analyze(article.text, article.published ? { published: article.published } : {})
    } catch (error) {
      failures.push({ id: article.id, error: (error as Error).message })
      continue
    }
    const spans = goldSpans(article.text)
    const predicted = spans.map(([start, end]) => {
      const overlap: Record<Label, number> = { news: 0, speculation: 0, promo: 0, other: 0 }
      for (const block of analysis.blocks) {
        const shared = Math.min(end, block.end) - Math.max(start, block.start)
        if (shared > 0) overlap[block.label] += shared
      }
      return (Object.keys(overlap) as Label[]).reduce((best, label) => (overlap[label] > overlap[best] ? label : best), 'other')
    })
    spans.forEach((_, index) => pairs.push({ gold: article.blocks[index]!, predicted: predicted[index]! }))
    const goldStats = report(spans.map((_, index) => ({ label: article.blocks[index]!, words: countIn(analysis.blocks, spans[index]!) })))
    adError += Math.abs(analysis.stats.adRatio - goldStats.adRatio)
    speculationError += Math.abs(analysis.stats.speculationRatio - goldStats.speculationRatio)
    for (const type of goldEntityTypes) {
      const gold = [...new Set((article.entities[type] ?? []).map(normalizeEntity))]
      const system = [...new Set(analysis.entities.filter((entity) => entity.type === type).map((entity) => normalizeEntity(entity.name)))]
      const count = counts[type]!
      count.gold += gold.length
      count.predicted += system.length
      const used = new Set<number>()
      for (const name of system) {
        const match = gold.findIndex((candidate, index) => !used.has(index) && entitiesMatch(name, candidate))
        if (match !== -1) {
          used.add(match)
          count.tp++
        }
      }
    }
  }
  const analysed = articles.length - failures.length
  return {
    articles: articles.length,
    blocks: scoreLabels(pairs),
    adRatioMAE: analysed ? adError / analysed : 0,
    speculationRatioMAE: analysed ? speculationError / analysed : 0,
    entities: Object.fromEntries(
      goldEntityTypes.map((type) => [type, prf(counts[type]!.tp, counts[type]!.predicted, counts[type]!.gold)]),
    ) as Evaluation['entities'],
    failures,
  }
}

// Words of the gold span, counted from copydesk's blocks inside it.
function countIn(blocks: Array<{ start: number; end: number; words: number }>, [start, end]: [number, number]): number {
  return blocks.filter((block) => block.start >= start && block.end <= end).reduce((sum, block) => sum + block.words, 0)
}

/** Normalise an entity name as the guidelines’ matching rule does. */
export function normalizeEntity(name: string): string {
  return name
    .toLowerCase()
    .replace(/[“”"‘’'`]/g, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/(?<![.,;:!?])[.,;:!?]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Whether two normalised names match: equal, or one holds the other as whole words and the shorter has two words or is a year. */
export function entitiesMatch(a: string, b: string): boolean {
  if (a === b) return true
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a]
  if (!shorter) return false
  if (shorter.split(' ').length < 2 && !/^\d{4}$/.test(shorter)) return false
  return ` ${longer} `.includes(` ${shorter} `)
}
