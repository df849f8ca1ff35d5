import type { Nodes, Root } from 'mdast'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { analyzeTree, type Analysis } from './analyze.js'
import { CopydeskError } from './errors.js'
import { normalizeOptions, type Options } from './options.js'
import { segment } from './segment.js'
import type { Label } from './tree.js'

/** How a finding is reported: an error (fails `--frail` and the run), a warning (fails `--frail`), info, or not at all. */
export type Severity = 'error' | 'warning' | 'info' | 'off'

/** Options of {@link remarkCopydesk}. Every field is optional. */
export interface RemarkCopydeskOptions extends Omit<Options, 'format'> {
  /** Highest ad ratio before the `ad-ratio` finding. Default `0.2`. */
  maxAdRatio?: number
  /** Highest speculation ratio before the `speculation-ratio` finding. Default: no limit. */
  maxSpeculationRatio?: number
  /**
   * Severity per rule. Defaults: `ad-ratio` and `speculation-ratio`
   * `'warning'`, `promo-in-body` and `unattributed-speculation` `'info'`.
   */
  severity?: Partial<Record<RuleId, Severity>>
}

/** The findings the plugin reports. */
export type RuleId = 'ad-ratio' | 'speculation-ratio' | 'promo-in-body' | 'unattributed-speculation'

const defaultSeverity: Record<RuleId, Severity> = {
  'ad-ratio': 'warning',
  'speculation-ratio': 'warning',
  'promo-in-body': 'info',
  'unattributed-speculation': 'info',
}
const pluginKeys = ['maxAdRatio', 'maxSpeculationRatio', 'severity', 'published', 'entities', 'gazetteer', 'maxLength']
const docs = 'https://www.npmjs.com/package/copydesk#remarkcopydesk'

declare module 'vfile' {
  interface DataMap {
    /** The analysis of the file, by remarkCopydesk. */
    copydesk: Omit<Analysis, 'tree'>
  }
}

declare module 'mdast' {
  interface Data {
    /** The label of the block this node is, by remarkCopydesk. */
    copydesk?: { label: Label; scores: Record<Label, number> }
  }
}

/**
 * A unified plugin for remark: analyses the markdown file, puts each
 * block's label on its mdast node (`node.data.copydesk`), the analysis on
 * `file.data.copydesk`, and reports findings an editor acts on as vfile
 * messages (`source: 'copydesk'`).
 *
 * @example
 * const file = await unified().use(remarkParse).use(remarkCopydesk, { maxAdRatio: 0.1 }).use(remarkStringify).process(text)
 * file.messages // [VFileMessage: Unexpected ad ratio 0.16, expected at most 0.1]
 */
export default function remarkCopydesk(options: RemarkCopydeskOptions = {}) {
  for (const key of Object.keys(options ?? {})) {
    if (!pluginKeys.includes(key)) {
      throw new CopydeskError('ERR_UNKNOWN_OPTION', `Unknown option \`${key}\`, expected one of: ${pluginKeys.join(', ')}`)
    }
  }
  const { maxAdRatio = 0.2, maxSpeculationRatio, severity = {}, ...rest } = options ?? {}
  const settings = normalizeOptions({ ...rest, format: 'markdown' })
  const severities = { ...defaultSeverity, ...severity }

  return function transform(tree: Root, file: VFile): void {
    const input = String(file.value ?? '')
    const { tree: article, ...analysis } = analyzeTree(segment(tree, input, 'markdown'), input, settings)
    file.data.copydesk = analysis

    const byStart = new Map(analysis.blocks.map((block) => [block.start, block]))
    const visit = (node: Nodes) => {
      const start = node.position?.start.offset
      if ((node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableRow') && start !== undefined) {
        const block = byStart.get(start) ?? byStart.get(firstNonSpace(input, start))
        if (block) node.data = { ...node.data, copydesk: { label: block.label, scores: block.scores } }
      }
      if ('children' in node) for (const child of node.children) visit(child as Nodes)
    }
    visit(tree)

    const place = (start: number, end: number): Position => {
      const nodes = article.children.flatMap((section) => section.children)
      const found = nodes.find((node) => node.position.start.offset === start && node.position.end.offset === end)
      return found ? found.position : article.position
    }
    const report = (ruleId: RuleId, reason: string, position: Position, extra: { actual?: string; expected?: string[] } = {}) => {
      const level = severities[ruleId]
      if (level === 'off') return
      const message = file.message(reason, { place: position, ruleId, source: 'copydesk' })
      message.url = `${docs}-${ruleId}`
      message.fatal = level === 'error' ? true : level === 'warning' ? false : undefined
      if (extra.actual !== undefined) message.actual = extra.actual
      if (extra.expected) message.expected = extra.expected
    }

    const { blocks, stats } = analysis
    const promo = blocks.filter((block) => block.label === 'promo').sort((a, b) => b.words - a.words)
    if (stats.adRatio > maxAdRatio) {
      const biggest = promo[0]
      report('ad-ratio', `Unexpected ad ratio ${stats.adRatio.toFixed(3)}, expected at most ${maxAdRatio}`, biggest ? place(biggest.start, biggest.end) : article.position, {
        actual: stats.adRatio.toFixed(3),
        expected: [String(maxAdRatio)],
      })
    }
    if (maxSpeculationRatio !== undefined && stats.speculationRatio > maxSpeculationRatio) {
      report('speculation-ratio', `Unexpected speculation ratio ${stats.speculationRatio.toFixed(3)}, expected at most ${maxSpeculationRatio}`, article.position, {
        actual: stats.speculationRatio.toFixed(3),
        expected: [String(maxSpeculationRatio)],
      })
    }
    const content = blocks.map((block) => block.label === 'news' || block.label === 'speculation')
    blocks.forEach((block, index) => {
      if (block.label === 'promo' && content.slice(0, index).includes(true) && content.slice(index + 1).includes(true)) {
        report('promo-in-body', `Unexpected promo block inside the body (${block.words} words), expected promo before or after the article`, place(block.start, block.end))
      }
      if (block.label === 'speculation' && !block.cues.some((cue) => cue.id === 'news.attribution')) {
        report('unattributed-speculation', 'Unexpected speculation without attribution, expected a named source (“said”, “told”, “according to”)', place(block.start, block.end))
      }
    })
  }
}

function firstNonSpace(input: string, offset: number): number {
  while (offset < input.length && /\s/.test(input[offset]!)) offset++
  return offset
}
