// One corpus line through analyze, apart from the rest of corpus mode so
// that a process which only hands lines to worker threads never loads the
// analyser (compromise, the parsers and the gazetteers: ~70 MB and ~0.4 s).
import { analyze } from './analyze.js'
import { recordId, type CorpusFields, type CorpusRow, type CorpusTask } from './corpus.js'
import type { Options } from './options.js'

/** What each line is analysed with: the options corpus mode passes on. */
export type LineOptions = Required<Pick<Options, 'format' | 'timeReferences'>>

/**
 * Analyse one corpus line. Never throws: a line that is not JSON, has no
 * text field, or cannot be analysed gives a row with `error`.
 */
export function analyzeLine(task: CorpusTask, fields: CorpusFields, options: LineOptions): CorpusRow {
  if (task.error !== undefined) return { line: task.line, id: null, error: task.error }
  let value: unknown
  try {
    value = JSON.parse(task.raw!)
  } catch (error) {
    return { line: task.line, id: null, error: `not JSON (${(error as Error).message})` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line: task.line, id: null, error: 'expected a JSON object' }
  }
  const record = value as Record<string, unknown>
  const id = recordId(record, fields.id)
  const text = record[fields.text]
  if (typeof text !== 'string') {
    return { line: task.line, id, error: `no string field \`${fields.text}\`` }
  }
  const published = record[fields.published]
  try {
    const analysis = analyze(text, { ...options, ...(typeof published === 'string' && published ? { published } : {}) })
    return {
      line: task.line,
      id,
      words: analysis.stats.words,
      wordsByLabel: analysis.stats.wordsByLabel,
      adRatio: analysis.stats.adRatio,
      speculationRatio: analysis.stats.speculationRatio,
      blocks: analysis.blocks.map(({ label, start, end, words }) => ({ label, start, end, words })),
      entities: analysis.entities.map((entity) => ({
        type: entity.type,
        name: entity.name,
        ...(entity.value ? { value: entity.value } : {}),
        mentions: entity.mentions.length,
      })),
    }
  } catch (error) {
    return { line: task.line, id, error: (error as Error).message }
  }
}
