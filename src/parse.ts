import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toMdast as hastToMdast } from 'hast-util-to-mdast'
import type { Break, Paragraph, Root as MdastRoot, Text } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { checkInput, normalizeOptions, type Format, type Options, type Settings } from './options.js'
import { segment } from './segment.js'
import type { ArticleRoot } from './tree.js'

/** A concrete format: what `'auto'` resolves to. */
export type SourceFormat = Exclude<Format, 'auto'>

// remark with every construct but the paragraph switched off reads plain
// text as copydesk does (blank lines separate blocks, and every character a
// reader sees stays text: “#1”, “1.”, “*”, “> ”, indented lines). Plain text
// is read by `textToMdast` below, a tenth of the time; this processor is
// kept as the reference a test holds it equal to.
const plainText = {
  disable: {
    null: [
      'attention', 'autolink', 'blockQuote', 'characterEscape', 'characterReference', 'codeFenced', 'codeIndented',
      'codeText', 'definition', 'frontmatter', 'hardBreakEscape', 'headingAtx', 'htmlFlow', 'htmlText', 'labelEnd',
      'labelStartImage', 'labelStartLink', 'list', 'setextUnderline', 'thematicBreak',
    ],
  },
}

// Elements whose content no reader sees.
const hidden = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'svg', 'canvas'])

/**
 * Parse an article — plain text, markdown or HTML — into the article tree:
 * `root` → `section` → `block` → `sentence` → `word`, every node with
 * `position` offsets into `input`.
 *
 * @example
 * const tree = parse('Headline\n\nFirst paragraph. Second sentence.')
 * tree.children[0].children.length // 2 blocks
 */
export function parse(input: string, options?: Options): ArticleRoot {
  const settings = normalizeOptions(options)
  return parseWith(checkInput(input, settings), settings)
}

/** {@link parse} with settings already checked. */
export function parseWith(input: string, settings: Settings): ArticleRoot {
  const format = settings.format === 'auto' ? detectFormat(input) : settings.format
  // remark's list handling grows with the square of the nesting depth (a
  // line of 10,000 list markers takes minutes): such markdown is read as
  // plain text up front, as when the stack overflows below.
  if (format === 'markdown' && containerDepth(input) > maxContainerDepth) return degraded(input, format)
  try {
    return segment(toMdast(input, format), input, format)
  } catch (error) {
    // The markdown and HTML tools recurse per level of nesting; thousands of
    // nested quotes, lists or tags overflow the stack. Such an input is read
    // as plain text instead, and the tree says so.
    if (!(error instanceof RangeError) || format === 'text') throw error
    return degraded(input, format)
  }
}

function degraded(input: string, format: string): ArticleRoot {
  const tree = segment(toMdast(input, 'text'), input, 'text')
  tree.data.degraded = `nested too deeply to parse as ${format}; read as plain text`
  return tree
}

/** Deeper nesting of quotes and lists than this is read as plain text. */
const maxContainerDepth = 256

/** The most quote and list markers that open any one line (`> - 1. > text` is 4). */
function containerDepth(input: string): number {
  let deepest = 0
  let depth = 0
  let lineStart = true
  for (let index = 0; index < input.length; index++) {
    const char = input[index]!
    if (char === '\n') {
      lineStart = true
      depth = 0
      continue
    }
    if (!lineStart || char === ' ' || char === '\t') continue
    const next = input[index + 1]
    if (char === '>' || ('-*+'.includes(char) && (next === ' ' || next === '\t'))) {
      depth++
      deepest = Math.max(deepest, depth)
      continue
    }
    const ordered = /^\d{1,9}[.)][ \t]/.exec(input.slice(index, index + 12))
    if (ordered) {
      depth++
      deepest = Math.max(deepest, depth)
      index += ordered[0].length - 1
      continue
    }
    lineStart = false
  }
  return deepest
}

let markdownProcessor: ReturnType<typeof makeMarkdownProcessor> | undefined

/**
 * Parse `input` to mdast. Positions point into `input`, also for HTML.
 *
 * @example
 * toMdast('# Title\n\nBody.', 'markdown').children.length // 2
 */
export function toMdast(input: string, format: SourceFormat): MdastRoot {
  if (format === 'html') {
    const hast = fromHtml(input)
    const spans = { chrome: [], captions: [] }
    dropHidden(hast, spans)
    const mdast = hastToMdast(hast) as MdastRoot
    mdast.data = { ...mdast.data, ...spans }
    return mdast
  }
  if (format === 'markdown') {
    markdownProcessor ??= makeMarkdownProcessor()
    const mdast = markdownProcessor.parse(input)
    // micromark skips a byte order mark and counts positions from after it.
    if (input.charCodeAt(0) === 0xfeff) pastByteOrderMark(mdast)
    return mdast
  }
  return textToMdast(input)
}

/**
 * remark set to read plain text: the reference `textToMdast` is tested against.
 *
 * @example
 * remarkPlainText().parse('# Not a heading') // one paragraph, text “# Not a heading”
 */
export function remarkPlainText() {
  return unified().use(remarkParse).data('micromarkExtensions', [plainText])
}

/**
 * Plain text to mdast, node for node what {@link remarkPlainText} makes:
 * paragraphs separated by lines of only spaces and tabs; each line’s leading
 * and trailing spaces and tabs dropped from the text, the line endings kept;
 * two or more spaces ending a line a `break`; NUL read as U+FFFD. One
 * difference: a byte order mark is skipped with positions still counted
 * from the input’s start (remark counts them from after the mark).
 *
 * @example
 * textToMdast('Title\n\n  First line\nsecond line').children.length // 2 paragraphs
 */
export function textToMdast(input: string): MdastRoot {
  const children: Paragraph[] = []
  let line = 1
  let lineStart = 0
  const point = (offset: number) => ({ line, column: offset - lineStart + 1, offset })
  // The open paragraph, its last text node, and its last line: where the
  // line's content ends (as an offset, and as the point a hard break would
  // start at), where its trailing white space ends, where the next line starts.
  let open: { paragraph: Paragraph; text: Text; contentEnd: number; breakStart: ReturnType<typeof point>; end: number; next: number } | undefined
  let index = input.charCodeAt(0) === 0xfeff ? 1 : 0
  while (index <= input.length) {
    let end = index
    while (end < input.length && input.charCodeAt(end) !== 10 && input.charCodeAt(end) !== 13) end++
    const next = input.charCodeAt(end) === 13 && input.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
    let contentStart = index
    while (contentStart < end && isBlank(input.charCodeAt(contentStart))) contentStart++
    let contentEnd = end
    while (contentEnd > contentStart && isBlank(input.charCodeAt(contentEnd - 1))) contentEnd--
    if (contentStart === end) {
      open = undefined
    } else {
      const content = readable(input.slice(contentStart, contentEnd))
      const fresh = (): Text => ({ type: 'text', value: content, position: { start: point(contentStart), end: point(contentEnd) } })
      let paragraph: Paragraph
      let text: Text
      if (!open) {
        text = fresh()
        paragraph = { type: 'paragraph', children: [text], position: { start: point(contentStart), end: point(end) } }
        children.push(paragraph)
      } else {
        paragraph = open.paragraph
        if (open.end - open.contentEnd >= 2 && /^ +$/.test(input.slice(open.contentEnd, open.end))) {
          const hardBreak: Break = { type: 'break', position: { start: open.breakStart, end: point(index) } }
          text = fresh()
          paragraph.children.push(hardBreak, text)
        } else {
          text = open.text
          text.value += input.slice(open.end, open.next) + content
          text.position!.end = point(contentEnd)
        }
        paragraph.position!.end = point(end)
      }
      open = { paragraph, text, contentEnd, breakStart: point(contentEnd), end, next }
    }
    if (end >= input.length) break
    index = next
    line++
    lineStart = next
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: point(input.length) } }
}

/** Move every position in `node` one character on, past a byte order mark (each point once, should nodes share one). */
function pastByteOrderMark(node: MdastRoot | MdastRoot['children'][number], moved = new Set<object>()): void {
  for (const point of node.position ? [node.position.start, node.position.end] : []) {
    if (moved.has(point)) continue
    moved.add(point)
    if (point.line === 1) point.column++
    if (point.offset !== undefined) point.offset++
  }
  if ('children' in node) for (const child of node.children) pastByteOrderMark(child, moved)
}

const isBlank = (code: number) => code === 32 || code === 9
const readable = (text: string) => (text.includes('\0') ? text.replaceAll('\0', '\uFFFD') : text)

function makeMarkdownProcessor() {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
}

/**
 * The format `'auto'` stands for:
 *
 * 1. `html` when the input, past white space, opens with a tag (`<!doctype`,
 *    `<html>`, `<p>`, …) and closes one somewhere (`</…>`);
 * 2. `markdown` when it has syntax a plain-text article does not: front
 *    matter, an ATX heading (`# Title`), a fenced code block, a link
 *    `[text](url)`, `**strong**`, a `> ` quote or a table row;
 * 3. `text` otherwise — lines starting “1.” or “- ” alone are not enough.
 *
 * @example
 * detectFormat('<p>Hi</p>') // 'html'
 * detectFormat('# Title\n\nBody') // 'markdown'
 * detectFormat('Title\n\n1. First') // 'text'
 */
export function detectFormat(input: string): SourceFormat {
  const head = input.slice(0, 2000).trimStart()
  if (/^<(?:!doctype|[a-z][a-z0-9-]*[\s/>])/i.test(head) && /<\/[a-z][a-z0-9-]*\s*>/i.test(input)) return 'html'
  if (
    /^(?:---|\+\+\+)\r?\n/.test(input) ||
    /^#{1,6}[ \t]+\S/m.test(input) ||
    /^ {0,3}(?:```|~~~)/m.test(input) ||
    /!?\[[^[\]\n]+\]\([^()[\]\s]+\)/.test(input) ||
    /\*\*[^*\n]+\*\*/.test(input) ||
    /^ {0,3}> \S/m.test(input) ||
    /^\|.*\|[ \t]*\r?\n\|[ \t]*:?-{3,}/m.test(input)
  ) {
    return 'markdown'
  }
  return 'text'
}

interface Spans {
  chrome: Array<[number, number]>
  captions: Array<[number, number]>
}

function dropHidden(node: HastRoot | Element, spans: Spans): void {
  node.children = node.children.filter(
    (child) => !(child.type === 'element' && hidden.has(child.tagName)) && child.type !== 'comment',
  ) as typeof node.children
  for (const child of node.children as HastNodes[]) {
    if (child.type !== 'element') continue
    // Page chrome stays: it becomes blocks, marked so that it reads as chrome.
    if (child.position && (chrome.has(child.tagName) || child.tagName === 'figcaption')) {
      const list = child.tagName === 'figcaption' ? spans.captions : spans.chrome
      list.push([child.position.start.offset!, child.position.end.offset!])
    }
    dropHidden(child, spans)
  }
}

const chrome = new Set(['nav', 'header', 'footer', 'aside'])

declare module 'mdast' {
  interface RootData {
    /** Source spans of HTML page chrome (nav, header, footer, aside). */
    chrome?: Array<[number, number]>
    /** Source spans of HTML figure captions. */
    captions?: Array<[number, number]>
  }
}
