export { CopydeskError, type CopydeskErrorCode } from './errors.js'
export { formats, type Format, type Gazetteer, type Options } from './options.js'
export { detectFormat, parse, toMdast, type SourceFormat } from './parse.js'
export { segment, sourceOffset } from './segment.js'
export { splitSentences } from './sentences.js'
export {
  labels,
  type ArticleRoot,
  type BlockData,
  type BlockKind,
  type BlockNode,
  type Label,
  type SectionData,
  type SectionNode,
  type SentenceNode,
  type WordNode,
} from './tree.js'
export { countWords, wordSpans } from './words.js'
