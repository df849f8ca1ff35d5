import { analyze, labels, type Analysis } from '../src/index.js'

/** Check the invariants of an analysis; throws with a message on the first broken one. */
export function checkAnalysis(input: string, format: 'auto' | 'text' | 'markdown' | 'html'): Analysis {
  const analysis = analyze(input, { format, published: '2024-05-01' })
  const fail = (message: string) => {
    throw new Error(`${message} (format ${format}, input ${JSON.stringify(input.slice(0, 200))})`)
  }
  let previousEnd = 0
  for (const block of analysis.blocks) {
    if (!(block.start >= previousEnd && block.end > block.start && block.end <= input.length)) fail(`block out of order or range: ${block.start}-${block.end}`)
    previousEnd = block.end
    if (!labels.includes(block.label)) fail(`bad label ${block.label}`)
    const sum = Object.values(block.scores).reduce((a, b) => a + b, 0)
    if (!(Math.abs(sum - 1) < 1e-9) || Object.values(block.scores).some((value) => !Number.isFinite(value))) fail(`scores sum to ${sum}`)
    for (const sentence of block.sentences) {
      if (!(sentence.start >= block.start && sentence.end <= block.end && sentence.end >= sentence.start)) fail('sentence outside its block')
      if (!labels.includes(sentence.label)) fail('bad sentence label')
    }
    for (const cue of block.cues) if (input.slice(cue.start, cue.end).length === 0 && cue.text.length) fail(`empty cue span for ${cue.text}`)
  }
  for (const [name, value] of Object.entries({ ad: analysis.stats.adRatio, speculation: analysis.stats.speculationRatio })) {
    if (!(value >= 0 && value <= 1)) fail(`${name} ratio ${value}`)
  }
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) {
      if (input.slice(mention.start, mention.end) !== mention.text) fail(`mention ${JSON.stringify(mention.text)} is not its source`)
      if (!(mention.start >= 0 && mention.end <= input.length && mention.end > mention.start)) fail('mention out of range')
    }
  }
  return analysis
}
