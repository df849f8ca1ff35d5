import type { BlockKind } from '../tree.js'
import { allMatches } from '../match.js'
import { cueRules, type CueRule } from './cues.js'

/** A cue found in a text: the rule and where it matched. */
export interface CueMatch {
  rule: CueRule
  start: number
  end: number
  /** Whether the cue stands inside a quotation (someone's words, not the writer's). */
  quoted?: boolean
}

/** Where a unit (a block or a sentence) stands in the article. */
export interface UnitContext {
  kind: BlockKind
  chrome: boolean
  /** Index of the block, and the number of blocks in the article. */
  index: number
  total: number
  /** Share of the block’s text inside links, 0–1. */
  linkDensity: number
  /** Words of the whole block (equals the unit’s for a block). */
  blockWords: number
  /** For a sentence: its index in the block and the block’s sentence count. */
  sentence?: { index: number; count: number }
  previous?: Neighbour
  next?: Neighbour
  article?: ArticleContext
}

/** Shares of the article's blocks with a speculation cue, and with a rumour cue. */
export interface ArticleContext {
  speculation: number
  rumour: number
}

/** What is known of a neighbouring block. */
export interface Neighbour {
  words: number
  punctuated: boolean
}

/** Named feature values of one unit. */
export type Features = Map<string, number>

let compiled: Array<{ rule: CueRule; regex: RegExp }> | undefined

/**
 * The flags a cue's pattern is compiled with: Unicode mode only when the
 * pattern needs it (`\p{…}`), since case-insensitive Unicode matching is
 * about twice as slow and cue matching is the classifier's hot loop.
 */
export function cueFlags(rule: CueRule): string {
  return `g${rule.caseSensitive ? '' : 'i'}m${/\\[pPu]\{/.test(rule.pattern) ? 'u' : ''}`
}

/** Every match of every cue in `text`. Regexes are compiled once. */
export function findCues(text: string): CueMatch[] {
  compiled ??= cueRules.map((rule) => ({ rule, regex: new RegExp(rule.pattern, cueFlags(rule)) }))
  const matches: CueMatch[] = []
  for (const { rule, regex } of compiled) {
    for (const match of allMatches(regex, text)) {
      if (!match[0]) continue
      // Leading separators the pattern needed (", if") are not the cue.
      const lead = match[0].length - match[0].trimStart().length
      matches.push({ rule, start: match.index + lead, end: match.index + match[0].length })
    }
  }
  return matches
}

const imperative = new Set([
  'watch', 'stream', 'binge', 'listen', 'download', 'shop', 'buy', 'get', 'grab', 'subscribe', 'sign', 'follow', 'like',
  'connect', 'join', 'click', 'tap', 'check', 'catch', 'order', 'book', 'register', 'try', 'discover', 'find', 'learn',
  'see', 'visit', 'explore', 'enter', 'claim', 'save', 'read', 'don’t', "don't", 'tune', 'share', 'let', 'meet',
])
const terminal = /[.!?…]["”’')\]]*$/u
const capitalized = /^[\p{Lu}\p{N}]/u

/**
 * The features of a unit: one per cue (its weight times its count, up to
 * two), and structural ones — length, punctuation, capitals, position,
 * links, currency, kind of block and the neighbours.
 */
export function extractFeatures(text: string, words: number, context: UnitContext, cues: CueMatch[]): Features {
  const features: Features = new Map()
  const add = (name: string, value: number) => {
    if (value) features.set(name, (features.get(name) ?? 0) + value)
  }
  const counts = new Map<CueRule, number>()
  for (const cue of cues) counts.set(cue.rule, (counts.get(cue.rule) ?? 0) + 1)
  for (const [rule, count] of counts) add(`cue:${rule.id}`, rule.weight * Math.min(count, 2))

  const tokens = text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token))
  add('len:log', Math.log1p(words))
  add('len:1-3', words <= 3 ? 1 : 0)
  add('len:4-8', words > 3 && words <= 8 ? 1 : 0)
  add('len:9-15', words > 8 && words <= 15 ? 1 : 0)
  add('len:16-24', words > 15 && words < 25 ? 1 : 0)
  add('len:40+', words >= 40 ? 1 : 0)
  const trimmed = text.trimEnd()
  add('end:terminal', terminal.test(trimmed) ? 1 : 0)
  add('end:none', terminal.test(trimmed) || /[:,;]$/.test(trimmed) ? 0 : 1)
  add('end:question', /\?["”’')]*$/.test(trimmed) ? 1 : 0)
  add('end:colon', /:$/.test(trimmed) ? 1 : 0)
  add('end:ellipsis', cutShort(trimmed) ? 1 : 0)
  add('has:question', /\?/.test(text) ? 1 : 0)
  add('has:exclamation', /!/.test(text) ? 1 : 0)
  if (tokens.length >= 2) {
    const caps = tokens.filter((token) => capitalized.test(token.replace(/^["“‘'(]+/, ''))).length
    add('case:title', caps / tokens.length)
    add('case:mostly-title', caps / tokens.length > 0.7 ? 1 : 0)
  }
  add('case:upper-start', /^[\p{Lu}]{3,}\b/u.test(text) ? 1 : 0)
  const first = tokens[0]?.toLowerCase().replace(/[^\p{L}’']/gu, '') ?? ''
  add('start:imperative', imperative.has(first) ? 1 : 0)
  add('has:currency', /[$€£₱₹¥]\s?\d/.test(text) ? 1 : 0)
  add('has:digit', /\d/.test(text) ? 1 : 0)
  add('has:pipe', /\s[|•·]\s/.test(text) ? 1 : 0)
  add('has:label-colon', /^[\p{L}][\p{L} ’']{0,24}:\s/u.test(text) ? 1 : 0)
  add('has:quote', /["“”]/.test(text) ? 1 : 0)
  add('has:paren', /\(/.test(text) ? 1 : 0)
  add('pron:we', (text.match(/\b(?:we|our|us)\b/gi)?.length ?? 0) / Math.max(words, 1) * 10)
  add('pron:you', (text.match(/\b(?:you|your)\b/gi)?.length ?? 0) / Math.max(words, 1) * 10)
  add('pron:i', /\bI\b/.test(text) ? 1 : 0)

  add(`kind:${context.kind}`, context.kind === 'paragraph' ? 0 : 1)
  add('chrome', context.chrome ? 1 : 0)
  add('links', context.linkDensity)
  add('links:most', context.linkDensity > 0.5 ? 1 : 0)
  add('pos:first', context.index === 0 ? 1 : 0)
  add('pos:second', context.index === 1 ? 1 : 0)
  add('pos:relative', context.total > 1 ? context.index / (context.total - 1) : 0)
  add('pos:last3', context.total - context.index <= 3 ? 1 : 0)
  add('block:short', context.blockWords < 12 ? 1 : 0)
  if (context.sentence) {
    add('sent:alone', context.sentence.count === 1 ? 1 : 0)
    add('sent:last', context.sentence.index === context.sentence.count - 1 && context.sentence.count > 1 ? 1 : 0)
  }
  if (context.article) {
    add('article:speculation', context.article.speculation)
    add('article:rumour', context.article.rumour)
    // A reported fact in an article of rumours is usually part of the rumour.
    add('article:rumour×news', cues.some((cue) => cue.rule.label === 'news') ? context.article.rumour : 0)
  }
  for (const [side, neighbour] of [['prev', context.previous], ['next', context.next]] as const) {
    if (!neighbour) {
      add(`${side}:none`, 1)
      continue
    }
    add(`${side}:short`, neighbour.words < 10 ? 1 : 0)
    add(`${side}:unpunctuated`, neighbour.punctuated ? 0 : 1)
  }
  return features
}

/** Whether `text` ends cut short, with an ellipsis, as a link's teaser does (“The news of…”). */
export function cutShort(text: string): boolean {
  return /(?:\.\.\.|…)["”’')\]]*$/.test(text.trimEnd())
}

/** Whether `text` ends like a sentence. */
export function isPunctuated(text: string): boolean {
  return terminal.test(text.trimEnd())
}
