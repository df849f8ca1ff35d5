import type { Position } from 'unist'

/** The four labels of blocks and sentences. */
export type Label = 'news' | 'speculation' | 'promo' | 'other'

export const labels: readonly Label[] = ['news', 'speculation', 'promo', 'other']

/** What a block was in the source. */
export type BlockKind = 'paragraph' | 'heading' | 'listItem' | 'blockquote' | 'tableRow' | 'caption'

/** The article tree: root → section → block → sentence → word. */
export interface ArticleRoot {
  type: 'root'
  children: SectionNode[]
  position: Position
  data: {
    format: 'text' | 'markdown' | 'html'
    /** Why the input was read otherwise than its format, when it was. */
    degraded?: string
  }
}

/** A heading and the blocks under it; blocks before the first heading form an untitled first section. */
export interface SectionNode {
  type: 'section'
  children: BlockNode[]
  position: Position
  data: SectionData
}

export interface SectionData {
  /** Plain text of the heading that opens the section, if any. */
  heading?: string
  /** Filled in by classification: words per label in the section. */
  wordsByLabel?: Record<Label, number>
  label?: Label
}

/** A paragraph, heading, list item, quote paragraph, table row or caption. */
export interface BlockNode {
  type: 'block'
  kind: BlockKind
  /** Heading depth, 1–6, for headings. */
  depth?: number
  /** Plain text as a reader sees it. */
  text: string
  /** Number of words in `text` (see {@link countWords}). */
  words: number
  children: SentenceNode[]
  position: Position
  data: BlockData
}

export interface BlockData {
  /** Index of the block in reading order. */
  index: number
  /** Spans `[start, end)` of `text` inside links. */
  links: Array<[number, number]>
  /** Spans `[start, end)` of `text` in emphasis (italic) or strong. */
  emphasis: Array<[number, number]>
  /** Link targets, in order. */
  urls: string[]
  /** Whether the block sits in page chrome (HTML nav, header, footer, aside). */
  chrome?: boolean
  /** Offsets in `text` of each sentence, parallel to `children`. */
  sentenceSpans: Array<[number, number]>
  /** Filled in by classification. */
  label?: Label
  scores?: Record<Label, number>
}

export interface SentenceNode {
  type: 'sentence'
  children: WordNode[]
  position: Position
  data: { label?: Label; scores?: Record<Label, number> }
}

export interface WordNode {
  type: 'word'
  value: string
  position: Position
}
