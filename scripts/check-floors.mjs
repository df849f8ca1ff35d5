#!/usr/bin/env node
// Compare `copydesk eval --json` output with the floors in a JSON file:
//   node scripts/check-floors.mjs eval.json .ci/floors.json
// A key `a.b.c` is a minimum for that figure; `a.b.max` a maximum for `a.b`.
import { readFileSync } from 'node:fs'

const [resultPath, floorsPath] = process.argv.slice(2)
if (!resultPath || !floorsPath) {
  console.error('usage: check-floors.mjs <eval.json> <floors.json>')
  process.exit(2)
}
const result = JSON.parse(readFileSync(resultPath, 'utf8'))
const floors = JSON.parse(readFileSync(floorsPath, 'utf8'))
let failed = 0
for (const [key, limit] of Object.entries(floors)) {
  if (key === 'comment') continue
  const isMax = key.endsWith('.max')
  const path = (isMax ? key.slice(0, -4) : key).split('.')
  const value = path.reduce((node, part) => node?.[part], result)
  if (typeof value !== 'number') {
    console.log(`✗ ${key}: no such figure in the result`)
    failed++
    continue
  }
  const ok = isMax ? value <= limit : value >= limit
  if (!ok) failed++
  console.log(`${ok ? '✓' : '✗'} ${key.padEnd(34)} ${value.toFixed(3)} ${isMax ? '≤' : '≥'} ${limit}`)
}
console.log(failed ? `${failed} floor(s) broken` : 'all floors hold')
process.exit(failed ? 1 : 0)
