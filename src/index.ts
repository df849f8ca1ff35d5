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
export { analyze, analyzeAsync, analyzeTree, type Analysis, type Block } from './analyze.js'
export { classify, type BlockLabel, type Cue, type SentenceLabel, type Weights } from './classify/classify.js'
export { cueRules, type CueRule } from './classify/cues.js'
export { evaluate, type Evaluation } from './evaluate/evaluate.js'
export { goldSpans, readLabelled, type LabelledArticle } from './evaluate/labelled.js'
export { extract, type Entity, type EntityType } from './extract/extract.js'
export { report, type Stats } from './report.js'
export { default, default as remarkCopydesk, type RemarkCopydeskOptions, type RuleId, type Severity } from './plugin.js'
