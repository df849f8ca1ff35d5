import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { beforeAll, describe, expect, it } from 'vitest'
import remarkCopydesk from '../src/plugin.js'

const seed = readFileSync('fixtures/all-of-us-are-dead-season-2.txt', 'utf8')

async function run(options: Parameters<typeof remarkCopydesk>[0], value = seed) {
  const processor = unified().use(remarkParse).use(remarkCopydesk, options)
  const file = new VFile({ path: 'seed.md', value })
  const tree = await processor.run(processor.parse(file), file)
  return { file, tree }
}

describe('remarkCopydesk', () => {
  it('reports an ad ratio over the limit, with place, rule, source and url', async () => {
    const { file } = await run({ maxAdRatio: 0.1 })
    const message = file.messages.find((entry) => entry.ruleId === 'ad-ratio')!
    expect(message).toBeDefined()
    expect(message.source).toBe('copydesk')
    expect(message.reason).toMatch(/^Unexpected ad ratio 0\.\d{3}, expected at most 0\.1$/)
    expect(message.url).toMatch(/#remarkcopydesk-ad-ratio$/)
    expect(message.fatal).toBe(false)
    expect(message.place).toHaveProperty('start.line')
    expect(message.expected).toEqual(['0.1'])
  })

  it('says nothing about the ad ratio under the limit', async () => {
    const { file } = await run({ maxAdRatio: 0.9 })
    expect(file.messages.filter((entry) => entry.ruleId === 'ad-ratio')).toEqual([])
  })

  it('takes a severity per rule', async () => {
    const fatal = await run({ maxAdRatio: 0.1, severity: { 'ad-ratio': 'error' } })
    expect(fatal.file.messages.find((entry) => entry.ruleId === 'ad-ratio')!.fatal).toBe(true)
    const off = await run({ maxAdRatio: 0.1, severity: { 'ad-ratio': 'off', 'promo-in-body': 'off', 'unattributed-speculation': 'off' } })
    expect(off.file.messages).toEqual([])
  })

  it('puts labels on mdast nodes and the analysis on file.data', async () => {
    const { file, tree } = await run({})
    const labelled = (tree as unknown as { children: Array<{ data?: { copydesk?: { label: string } } }> }).children.map((node) => node.data?.copydesk?.label)
    expect(labelled).toEqual(file.data.copydesk!.blocks.map((block) => block.label))
    expect(labelled[4]).toBe('promo')
    expect(file.data.copydesk!.stats.words).toBeGreaterThan(0)
  })

  it('rejects unknown options by name', () => {
    expect(() => remarkCopydesk({ maxAdRatoi: 1 } as never)).toThrow(/Unknown option `maxAdRatoi`, expected one of: maxAdRatio,/)
    expect(() => remarkCopydesk({ format: 'html' } as never)).toThrow(/Unknown option `format`/)
  })
})

describe('remark-cli with copydesk', () => {
  beforeAll(() => {
    if (!existsSync('dist/index.mjs')) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' })
  })

  const remark = (args: string[]) => {
    try {
      execFileSync('npx', ['remark', '--no-stdout', '--frail', ...args], { stdio: 'pipe', encoding: 'utf8' })
      return 0
    } catch (error) {
      return (error as { status: number }).status
    }
  }

  it('exits 1 with --frail over the limit', () => {
    expect(remark(['--use', 'copydesk=maxAdRatio:0.1', 'fixtures/all-of-us-are-dead-season-2.txt'])).toBe(1)
  })

  it('exits 0 under the limit', () => {
    expect(remark(['--use', 'copydesk=maxAdRatio:0.5', 'fixtures/moonlit-harbor-season-2.md'])).toBe(0)
  })
})
