import type { Nodes, Parents, Root as MdastRoot } from 'mdast'
import type { Position } from 'unist'
import { locate } from './locate.js'
import { OffsetMap } from './offsets.js'
import type { SourceFormat } from './parse.js'
import { splitSentences } from './sentences.js'
import type { ArticleRoot, BlockKind, BlockNode, SectionNode, SentenceNode, WordNode } from './tree.js'
import { countWords, wordSpans } from './words.js'

const offsetMaps = new WeakMap<BlockNode, OffsetMap>()

/**
 * Map an offset in `block.text` to an offset in the source.
 * `edge: 'end'` maps an exclusive end.
 *
 * @example
 * sourceOffset(block, 0) === block.position.start.offset // for a plain paragraph
 */
export function sourceOffset(block: BlockNode, offset: number, edge: 'start' | 'end' = 'start'): number {
  const map = offsetMaps.get(block)
  if (!map) throw new Error('Expected a block made by `segment`')
  return edge === 'end' ? map.end(offset) : map.start(offset)
}

/**
 * Build the article tree from mdast: sections of blocks, blocks of
 * sentences, sentences of words, every node positioned in `input`.
 */
export function segment(mdast: MdastRoot, input: string, format: SourceFormat): ArticleRoot {
  const point = locate(input)
  const span = (start: number, end: number): Position => ({ start: point(start), end: point(end) })
  const chrome = mdast.data?.chrome ?? []
  const captions = mdast.data?.captions ?? []

  const blocks: BlockNode[] = []

  const visit = (node: Nodes, kind: BlockKind): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        addBlock(node, node.type === 'heading' ? 'heading' : kind, node.children)
        return
      case 'tableRow':
        addBlock(node, 'tableRow', node.children)
        return
      case 'blockquote':
        for (const child of node.children) visit(child, 'blockquote')
        return
      case 'listItem':
        for (const child of node.children) visit(child, kind === 'blockquote' ? kind : 'listItem')
        return
      case 'root':
      case 'list':
      case 'table':
      case 'footnoteDefinition':
        for (const child of (node as Parents).children) visit(child as Nodes, kind)
        return
      default:
        // Code, thematic breaks, front matter, definitions and raw HTML are not blocks.
        return
    }
  }

  const addBlock = (node: Nodes, kind: BlockKind, content: Nodes[]): void => {
    const map = new OffsetMap()
    const links: Array<[number, number]> = []
    const emphasis: Array<[number, number]> = []
    const urls: string[] = []
    const fallback = node.position?.start.offset ?? 0
    let cells = 0

    const inline = (child: Nodes): void => {
      const start = child.position?.start.offset ?? fallback
      const end = child.position?.end.offset ?? start
      switch (child.type) {
        case 'text':
        case 'inlineCode':
          map.push(child.value, input, start, end)
          return
        case 'break':
          map.push('\n', input, start, end)
          return
        case 'tableCell':
          if (cells++) map.push(' | ', input, start, start)
          for (const grandchild of child.children) inline(grandchild)
          return
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'link':
        case 'linkReference': {
          const from = map.length
          for (const grandchild of child.children) inline(grandchild)
          const range: [number, number] = [from, map.length]
          if (child.type === 'link' || child.type === 'linkReference') {
            links.push(range)
            if (child.type === 'link') urls.push(child.url)
          } else if (child.type !== 'delete') emphasis.push(range)
          return
        }
        default:
          // Images, raw HTML and footnote references show no text.
          return
      }
    }
    for (const child of content) inline(child)

    const text = map.trim()
    if (!text) return
    const shift = -map.lead
    const sentenceSpans = splitSentences(text)
    const sentences: SentenceNode[] = sentenceSpans.map(([from, to]) => {
      const words: WordNode[] = wordSpans(text.slice(from, to)).map(([a, b]) => ({
        type: 'word',
        value: text.slice(from + a, from + b),
        position: span(map.start(from + a), map.end(from + b)),
      }))
      return { type: 'sentence', children: words, position: span(map.start(from), map.end(to)), data: {} }
    })
    let start = node.position?.start.offset ?? map.start(0)
    let end = node.position?.end.offset ?? map.end(text.length)
    while (end > start && isSpace(input.charCodeAt(end - 1))) end--
    while (start < end && isSpace(input.charCodeAt(start))) start++
    const block: BlockNode = {
      type: 'block',
      kind: within(captions, start) ? 'caption' : kind,
      text,
      words: countWords(text),
      children: sentences,
      position: span(start, end),
      data: {
        index: blocks.length,
        links: shiftSpans(links, shift, text.length),
        emphasis: shiftSpans(emphasis, shift, text.length),
        urls,
        sentenceSpans,
      },
    }
    if (node.type === 'heading') block.depth = node.depth
    if (within(chrome, start)) block.data.chrome = true
    offsetMaps.set(block, map)
    blocks.push(block)
  }

  visit(mdast, 'paragraph')

  const sections: SectionNode[] = []
  for (const block of blocks) {
    let section = sections.at(-1)
    if (!section || (block.kind === 'heading' && section.children.some((b) => b.kind !== 'heading'))) {
      section = { type: 'section', children: [], position: block.position, data: {} }
      sections.push(section)
    }
    if (block.kind === 'heading' && section.data.heading === undefined) section.data.heading = block.text
    section.children.push(block)
    section.position = { start: section.children[0]!.position.start, end: block.position.end }
  }

  return { type: 'root', children: sections, position: span(0, input.length), data: { format } }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0
}

function within(spans: Array<[number, number]>, offset: number): boolean {
  return spans.some(([start, end]) => offset >= start && offset < end)
}

// Spans were recorded on the untrimmed text; move them onto `text`.
function shiftSpans(spans: Array<[number, number]>, shift: number, length: number): Array<[number, number]> {
  return spans
    .map(([start, end]): [number, number] => [Math.max(0, start + shift), Math.min(length, end + shift)])
    .filter(([start, end]) => end > start)
}
