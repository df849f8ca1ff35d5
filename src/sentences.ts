import type { Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst'
import { retext } from 'retext'

// Words that end in a period without ending the sentence when a name or a
// number follows: titles, months, and the like.
const before = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'sr', 'jr', 'rev', 'gen', 'gov', 'sen', 'rep', 'pres', 'lt', 'col', 'capt',
  'sgt', 'cpt', 'maj', 'cmdr', 'adm', 'hon', 'fr', 'mt', 'ft', 'no', 'nos', 'vol', 'vols', 'ch', 'pp', 'fig', 'ep', 'eps',
  'vs', 'v', 'approx', 'est', 'ca', 'cf', 'e.g', 'i.e', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'ave', 'blvd', 'rd',
])
// Words that end in a period and end the sentence only before a capital.
const lowercaseOnly = new Set(['inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'etc', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'al'])
// What goes on after “Bros.” in a company's name.
const brosNames = /^(?:Pictures|Discovery|Entertainment|Television|TV|Games|Animation|Studios|Records|Interactive|Home)\b/
// A line ending in one of these runs on into the next line.
const continuing = /(?:[,;:(\-–—&/]|\b(?:a|an|the|of|and|or|but|to|in|on|at|for|with|by|from|as|that|is|are|was|were))$/i

let processor: ReturnType<typeof retext> | undefined

/**
 * Spans `[start, end)` of the sentences in `text`, trimmed of white space.
 *
 * retext-english does the splitting; on top of it, abbreviations (“Dr.”,
 * “Aug. 5”, “Inc. said”) do not end a sentence, and a line break ends one
 * when the line before it reads as a line of its own (a headline, a label).
 *
 * @example
 * splitSentences('Dr. Lee spoke. He left.') // [[0, 14], [15, 23]]
 */
export function splitSentences(text: string): Array<[number, number]> {
  const spans = oneSentence(text) ?? retextSentences(text)
  return spans.flatMap(([start, end]) => splitNumbers(text, start, end)).flatMap(([start, end]) => splitLines(text, start, end))
}

// retext's sentence-ending marks and white space (parse-latin's expressions).
const terminalMark = /[!.?\u2026\u203D]/
const closing = '!.?\u2026\u203D"\')]\u2019\u201D'
const blankLine = /(?:\r\n|\r|\n)[\t\v\f \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*(?:\r\n|\r|\n)/
const space = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/

/**
 * A text with no sentence-ending mark before its last word and no blank
 * line is one sentence, as retext finds it: its span, without parsing.
 * News paragraphs are often one sentence, and so are headings, bylines and
 * link lines: 412 of the 703 blocks of dev.jsonl take this path. A test
 * holds it equal to retext.
 *
 * @example
 * oneSentence(' Netflix renewed it ') // [[1, 19]]
 * oneSentence('It ended. Fans cried.') // undefined: retext decides
 */
export function oneSentence(text: string): Array<[number, number]> | undefined {
  let start = 0
  let end = text.length
  while (start < end && space.test(text[start]!)) start++
  while (end > start && space.test(text[end - 1]!)) end--
  if (start === end) return undefined
  let body = end
  while (body > start && closing.includes(text[body - 1]!)) body--
  return terminalMark.test(text.slice(start, body)) || blankLine.test(text) ? undefined : [[start, end]]
}

/**
 * Spans of the sentences retext finds, with abbreviations joined back.
 *
 * @example
 * retextSentences('Dr. Lee spoke. He left.') // [[0, 14], [15, 23]]
 */
export function retextSentences(text: string): Array<[number, number]> {
  processor ??= retext()
  const tree = processor.parse(text) as NlcstRoot
  const spans: Array<[number, number]> = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const start = sentence.position!.start.offset!
      const end = sentence.position!.end.offset!
      const previous = spans.at(-1)
      if (previous && joinsNext(text, previous, sentence)) previous[1] = end
      else spans.push([start, end])
    }
  }
  return spans
}

// retext does not end a sentence at a number (“on Aug. 5. He left.”); a
// number that follows a word and is followed by a capital does.
function splitNumbers(text: string, start: number, end: number): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  const pattern = /[\p{L},.] \d+\.(?=\s+[\p{Lu}“"‘])/gu
  const sentence = text.slice(start, end)
  let from = start
  for (const match of sentence.matchAll(pattern)) {
    const cut = start + match.index + match[0].length
    spans.push([from, cut])
    from = cut
  }
  spans.push([from, end])
  return spans
}

// Whether the sentence that ends at `previous` runs on into `next`.
function joinsNext(text: string, previous: [number, number], next: NlcstSentence): boolean {
  const tail = text.slice(previous[0], previous[1])
  const match = /(?:^|[\s(“"‘'])((?:[A-Za-z]\.)*[A-Za-z]+)\.$/.exec(tail)
  if (!match) return false
  const word = match[1]!.toLowerCase()
  const following = text.slice(next.position!.start.offset!, next.position!.start.offset! + 1)
  if (before.has(word)) return true
  // A single initial: “J. R. Smith”.
  if (word.length === 1 && /[A-Z]/.test(match[1]!)) return /[A-Z]/.test(following)
  if (lowercaseOnly.has(word)) return /[a-z0-9]/.test(following)
  // “Warner Bros. Pictures said”, “Warner Bros. Discovery's”: the company's name goes on.
  if (word === 'bros') return /[a-z0-9]/.test(following) || brosNames.test(text.slice(next.position!.start.offset!, next.position!.start.offset! + 14))
  return false
}

function splitLines(text: string, start: number, end: number): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let from = start
  let newline = text.indexOf('\n', from)
  while (newline !== -1 && newline < end) {
    const line = text.slice(from, newline).trimEnd()
    const next = text.slice(newline + 1, end).trimStart()
    if (line && next && !continuing.test(line) && /^[\p{Lu}\p{N}\p{So}“"‘'*•\-–—#([]/u.test(next)) {
      spans.push([from, from + line.length])
      from = newline + 1
      while (/\s/.test(text[from] ?? '')) from++
    }
    newline = text.indexOf('\n', newline + 1)
  }
  spans.push([from, end])
  return spans.map(([a, b]) => trim(text, a, b)).filter(([a, b]) => b > a)
}

function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return [start, end]
}
