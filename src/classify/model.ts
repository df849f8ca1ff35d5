import { labels, type Label } from '../tree.js'
import type { Features } from './features.js'

/** Weights of a multinomial logistic regression: per label, per feature. */
export interface Model {
  /** What the weights were fitted on, for the record. */
  trainedOn: string
  bias: Record<Label, number>
  weights: Record<Label, Record<string, number>>
}

/**
 * Probabilities over the four labels. They sum to 1 and are never NaN.
 */
export function predict(model: Model, features: Features): Record<Label, number> {
  const logits = labels.map((label) => {
    let sum = model.bias[label]
    const weights = model.weights[label]
    for (const [name, value] of features) sum += (weights[name] ?? 0) * value
    return sum
  })
  return softmax(logits)
}

/** Softmax of four logits, as a record by label. */
export function softmax(logits: number[]): Record<Label, number> {
  const max = Math.max(...logits.map((value) => (Number.isFinite(value) ? value : 0)))
  const exps = logits.map((value) => Math.exp((Number.isFinite(value) ? value : 0) - max))
  const total = exps.reduce((a, b) => a + b, 0)
  return Object.fromEntries(labels.map((label, index) => [label, exps[index]! / total])) as Record<Label, number>
}

/** The label with the highest probability (ties: the first in {@link labels}). */
export function argmax(scores: Record<Label, number>): Label {
  let best: Label = labels[0]!
  for (const label of labels) if (scores[label] > scores[best]) best = label
  return best
}
