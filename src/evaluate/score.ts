import { labels, type Label } from '../tree.js'

/** Precision, recall and F1 of one class. */
export interface PRF {
  precision: number
  recall: number
  f1: number
  support: number
}

/** Block-label scores of a run. */
export interface LabelScores {
  perLabel: Record<Label, PRF>
  macroF1: number
  accuracy: number
  /** confusion[gold][predicted] = count */
  confusion: Record<Label, Record<Label, number>>
}

/** Score predicted block labels against gold ones. */
export function scoreLabels(pairs: Array<{ gold: Label; predicted: Label }>): LabelScores {
  const confusion = Object.fromEntries(
    labels.map((gold) => [gold, Object.fromEntries(labels.map((predicted) => [predicted, 0]))]),
  ) as Record<Label, Record<Label, number>>
  for (const { gold, predicted } of pairs) confusion[gold][predicted]++
  const perLabel = {} as Record<Label, PRF>
  for (const label of labels) {
    const tp = confusion[label][label]
    const predicted = labels.reduce((sum, gold) => sum + confusion[gold][label], 0)
    const support = labels.reduce((sum, other) => sum + confusion[label][other], 0)
    perLabel[label] = prf(tp, predicted, support)
  }
  const present = labels.filter((label) => perLabel[label].support > 0)
  const macroF1 = present.length ? present.reduce((sum, label) => sum + perLabel[label].f1, 0) / present.length : 0
  const correct = labels.reduce((sum, label) => sum + confusion[label][label], 0)
  return { perLabel, macroF1, accuracy: pairs.length ? correct / pairs.length : 0, confusion }
}

/** Precision, recall and F1 from counts (0 where undefined). */
export function prf(truePositives: number, predicted: number, support: number): PRF {
  const precision = predicted ? truePositives / predicted : 0
  const recall = support ? truePositives / support : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1, support }
}
