import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { check } from 'recheck'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { cueRules } from '../src/classify/cues.js'
import { cueFlags } from '../src/classify/features.js'
import { dateRegexes } from '../src/extract/dates.js'
import { extractRegexes } from '../src/extract/extract.js'

// Every regular expression in src/: literals found in the syntax trees of
// the source files, and the ones built at run time (cue rows, date rules,
// the capitalised-run expression), which must all be listed here. The
// gazetteers are tries (src/extract/name-list.ts), not expressions.
const dynamicSites: Record<string, number> = {
  'src/classify/features.ts': 1,
  'src/extract/dates.ts': 5,
  'src/extract/extract.ts': 1,
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.m?ts$/.test(name) ? [path] : []
  })
}

interface Found {
  where: string
  source: string
  flags: string
}

function scan(): { literals: Found[]; dynamic: Record<string, number> } {
  const literals: Found[] = []
  const dynamic: Record<string, number> = {}
  for (const file of sourceFiles('src')) {
    const text = readFileSync(file, 'utf8')
    const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node) => {
      const where = `${file}:${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText()
        const slash = literal.lastIndexOf('/')
        literals.push({ where, source: literal.slice(1, slash), flags: literal.slice(slash + 1) })
      }
      if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') dynamic[file] = (dynamic[file] ?? 0) + 1
      ts.forEachChild(node, visit)
    }
    visit(tree)
  }
  return { literals, dynamic }
}

describe('regular expressions in src/', () => {
  const { literals, dynamic } = scan()
  const built: Found[] = [
    ...cueRules.map((rule) => ({ where: `cue ${rule.id}`, source: rule.pattern, flags: cueFlags(rule) })),
    ...[...dateRegexes, ...extractRegexes()].map((regex) => ({ where: `built ${regex.source.slice(0, 40)}`, source: regex.source, flags: regex.flags })),
  ]

  it('are all accounted for: every `new RegExp` site is listed', () => {
    expect(dynamic).toEqual(dynamicSites)
    expect(literals.length).toBeGreaterThan(20)
  })

  it('are none of them vulnerable to catastrophic backtracking', async () => {
    const results = []
    for (const found of [...literals, ...built]) {
      const diagnostics = await check(found.source, found.flags.replace(/[gy]/g, ''), { timeout: 20_000 })
      results.push({ where: found.where, status: diagnostics.status, source: found.source.slice(0, 80) })
    }
    expect(results.filter((result) => result.status !== 'safe')).toEqual([])
  }, 600_000)
})
