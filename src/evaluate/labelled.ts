import { labels, type Label } from '../tree.js'

/** Entity types a labelled set may list. */
export const goldEntityTypes = ['show', 'person', 'org', 'place', 'date'] as const

/** One article of a labelled set (the format of the annotation guidelines). */
export interface LabelledArticle {
  id: string
  published: string | null
  text: string
  blocks: Label[]
  entities: Partial<Record<(typeof goldEntityTypes)[number], string[]>>
}

/**
 * Read a labelled JSON Lines set. A line that is not a valid article is an
 * error naming the line; blank lines are skipped.
 */
export function readLabelled(source: string, name = 'input'): LabelledArticle[] {
  const articles: LabelledArticle[] = []
  source.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    const where = `${name}:${index + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      throw new Error(`${where}: not JSON (${(error as Error).message})`)
    }
    const article = value as LabelledArticle
    if (typeof article !== 'object' || article === null || typeof article.text !== 'string') {
      throw new Error(`${where}: expected an object with a string \`text\``)
    }
    if (!Array.isArray(article.blocks) || !article.blocks.every((label) => labels.includes(label))) {
      throw new Error(`${where}: expected \`blocks\` to be an array of ${labels.join(', ')}`)
    }
    const spans = goldSpans(article.text)
    if (spans.length !== article.blocks.length) {
      throw new Error(`${where}: ${spans.length} blocks in \`text\` but ${article.blocks.length} labels`)
    }
    articles.push({
      id: String(article.id ?? index + 1),
      published: article.published ?? null,
      text: article.text,
      blocks: article.blocks,
      entities: article.entities ?? {},
    })
  })
  return articles
}

/**
 * Spans `[start, end)` of the gold blocks of `text`: runs of lines between
 * blank lines, trimmed — `text.split(/\n[ \t]*\n/)` with offsets.
 */
export function goldSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  const separator = /\n[ \t]*\n/g
  let from = 0
  const push = (to: number) => {
    const raw = text.slice(from, to)
    const trimmed = raw.trim()
    if (trimmed) {
      const lead = raw.length - raw.trimStart().length
      spans.push([from + lead, from + lead + trimmed.length])
    }
  }
  for (const match of text.matchAll(separator)) {
    push(match.index)
    from = match.index + match[0].length
  }
  push(text.length)
  return spans
}
