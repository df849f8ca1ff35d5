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
  // parse5 can place the end of an unclosed element past the input: clamp.
  const clamp = (offset: number) => Math.max(0, Math.min(offset, input.length))
  const span = (start: number, end: number): Position => ({ start: point(clamp(start)), end: point(clamp(end)) })
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
    // The node's source, widened to hold all of its text (HTML positions of
    // unclosed elements can fall short of their content).
    let start = clamp(Math.min(node.position?.start.offset ?? Infinity, map.start(0)))
    let end = clamp(Math.max(node.position?.end.offset ?? -Infinity, map.end(text.length)))
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
    keepInside(block, span)
    if (node.type === 'heading') block.depth = node.depth
    if (within(chrome, start)) block.data.chrome = true
    offsetMaps.set(block, map)
    blocks.push(block)
  }

  visit(mdast, 'paragraph')
  // HTML parsers move misplaced content (a <p> inside a <table> goes before
  // it), so tree order is not always source order: blocks follow the source.
  const ordered = inSourceOrder(blocks, span)

  const sections: SectionNode[] = []
  for (const block of ordered) {
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

// Sentences and words stay inside their block, whatever the source did.
function keepInside(block: BlockNode, span: (start: number, end: number) => Position): void {
  const start = block.position.start.offset!
  const end = block.position.end.offset!
  // Only positions that stray are rebuilt: most never do.
  const inside = (position: Position): Position =>
    position.start.offset! >= start && position.end.offset! <= end
      ? position
      : span(Math.min(Math.max(position.start.offset!, start), end), Math.min(Math.max(position.end.offset!, start), end))
  for (const sentence of block.children) {
    sentence.position = inside(sentence.position)
    for (const word of sentence.children) word.position = inside(word.position)
  }
}

// Sort blocks by source offset and cut overlaps, so that blocks are in
// order and disjoint; a block left with no span of its own is dropped.
function inSourceOrder(blocks: BlockNode[], span: (start: number, end: number) => Position): BlockNode[] {
  const sorted = [...blocks].sort((a, b) => a.position.start.offset! - b.position.start.offset!)
  const result: BlockNode[] = []
  for (const block of sorted) {
    const previousEnd = result.at(-1)?.position.end.offset ?? 0
    const start = Math.max(block.position.start.offset!, previousEnd)
    const end = block.position.end.offset!
    if (end <= start) continue
    if (start !== block.position.start.offset) {
      block.position = span(start, end)
      keepInside(block, span)
    }
    block.data.index = result.length
    result.push(block)
  }
  return result
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
