import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toMdast as hastToMdast } from 'hast-util-to-mdast'
import type { Root as MdastRoot } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { checkInput, normalizeOptions, type Format, type Options, type Settings } from './options.js'
import { segment } from './segment.js'
import type { ArticleRoot } from './tree.js'

/** A concrete format: what `'auto'` resolves to. */
export type SourceFormat = Exclude<Format, 'auto'>

// Plain text is parsed by remark with every construct but the paragraph
// switched off: blank lines separate blocks, and every character a reader
// sees stays text (“#1”, “1.”, “*”, “> ” and indented lines included).
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

let textProcessor: ReturnType<typeof makeTextProcessor> | undefined
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
    return markdownProcessor.parse(input)
  }
  textProcessor ??= makeTextProcessor()
  return textProcessor.parse(input)
}

function makeTextProcessor() {
  return unified().use(remarkParse).data('micromarkExtensions', [plainText])
}

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
