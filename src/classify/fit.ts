import { labels, type Label } from '../tree.js'
import type { Features } from './features.js'
import { softmax, type Model } from './model.js'

/** One training example. */
export interface Example {
  features: Features
  label: Label
  /** How much the example counts; default 1. */
  weight?: number
}

/** Settings of {@link fit}. */
export interface FitSettings {
  /** L2 penalty on the weights. */
  l2: number
  /** Full-batch Adam steps. */
  steps: number
  /** Step size. */
  rate: number
}

const defaults: FitSettings = { l2: 0.005, steps: 400, rate: 0.05 }

/**
 * Fit a multinomial logistic regression by full-batch Adam. Deterministic:
 * the same examples in the same order give the same weights. Labels are
 * weighted by the inverse square root of their frequency, since the score
 * that matters (macro-F1) counts rare labels as much as common ones.
 */
export function fit(examples: Example[], trainedOn: string, settings: Partial<FitSettings> = {}): Model {
  const { l2, steps, rate } = { ...defaults, ...settings }
  const names = [...new Set(examples.flatMap((example) => [...example.features.keys()]))].sort()
  const index = new Map(names.map((name, position) => [name, position]))
  const rows = examples.map((example) => ({
    columns: [...example.features].map(([name, value]) => [index.get(name)!, value] as const),
    target: labels.indexOf(example.label),
    weight: example.weight ?? 1,
  }))
  const frequency = labels.map((_, label) => rows.filter((row) => row.target === label).length)
  const balance = frequency.map((count) => (count ? Math.sqrt(rows.length / (labels.length * count)) : 0))

  const size = labels.length * (names.length + 1)
  const theta = new Float64Array(size)
  const m = new Float64Array(size)
  const v = new Float64Array(size)
  const gradient = new Float64Array(size)
  const at = (label: number, column: number) => label * (names.length + 1) + column
  const biasColumn = names.length
  const total = rows.reduce((sum, row) => sum + row.weight * balance[row.target]!, 0)

  for (let step = 1; step <= steps; step++) {
    gradient.fill(0)
    for (const row of rows) {
      const logits = labels.map((_, label) => {
        let sum = theta[at(label, biasColumn)]!
        for (const [column, value] of row.columns) sum += theta[at(label, column)]! * value
        return sum
      })
      const probabilities = Object.values(softmax(logits))
      const scale = (row.weight * balance[row.target]!) / total
      labels.forEach((_, label) => {
        const error = (probabilities[label]! - (label === row.target ? 1 : 0)) * scale
        gradient[at(label, biasColumn)]! += error
        for (const [column, value] of row.columns) gradient[at(label, column)]! += error * value
      })
    }
    for (let position = 0; position < size; position++) {
      const isBias = position % (names.length + 1) === biasColumn
      const g = gradient[position]! + (isBias ? 0 : l2 * theta[position]!)
      m[position] = 0.9 * m[position]! + 0.1 * g
      v[position] = 0.999 * v[position]! + 0.001 * g * g
      const mHat = m[position]! / (1 - 0.9 ** step)
      const vHat = v[position]! / (1 - 0.999 ** step)
      theta[position]! -= (rate * mHat) / (Math.sqrt(vHat) + 1e-8)
    }
  }

  const round = (value: number) => Math.round(value * 1e4) / 1e4
  const model: Model = {
    trainedOn,
    bias: {} as Record<Label, number>,
    weights: {} as Record<Label, Record<string, number>>,
  }
  labels.forEach((label, position) => {
    model.bias[label] = round(theta[at(position, biasColumn)]!)
    const weights: Record<string, number> = {}
    names.forEach((name, column) => {
      const value = round(theta[at(position, column)]!)
      if (value) weights[name] = value
    })
    model.weights[label] = weights
  })
  return model
}
