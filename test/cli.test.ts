import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'

const seedPath = 'fixtures/all-of-us-are-dead-season-2.txt'
const seed = readFileSync(seedPath, 'utf8')
const markdown = readFileSync('fixtures/moonlit-harbor-season-2.md', 'utf8')
const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'))

function copydesk(args: string[], input?: string | Buffer) {
  const result = spawnSync('node', ['dist/cli.mjs', ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

// A corpus made of our own fixtures, with bad lines among them.
function corpus(): string {
  const lines: string[] = []
  for (let index = 0; index < 12; index++) lines.push(JSON.stringify({ id: `a${index}`, text: index % 2 ? seed : markdown, published: '2022-02-15' }))
  lines.splice(2, 0, 'not json')
  lines.splice(5, 0, JSON.stringify({ id: 'no-text', body: 'x' }))
  lines.splice(8, 0, JSON.stringify({ id: 'bad-date', text: 'Netflix said so.', published: 'someday' }))
  const path = join(dir, 'corpus.jsonl')
  writeFileSync(path, Buffer.concat([Buffer.from(lines.join('\n') + '\n'), Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d, 0x0a])]))
  return path
}

beforeAll(() => {
  if (!existsSync('dist/cli.mjs') || !existsSync('dist/worker.mjs')) spawnSync('npm', ['run', 'build'], { stdio: 'ignore' })
})

describe('copydesk (the built binary)', () => {
  it('runs the quick start', () => {
    const { status, stdout } = copydesk([seedPath])
    expect(status).toBe(0)
    expect(stdout).toMatch(/^ +4 {2}promo +9:1 +READ: New Year/m)
    expect(stdout).toMatch(/ad ratio 0\.\d{3} {2}speculation ratio 0\.\d{3}/)
  })

  it('writes a markdown report', () => {
    const { status, stdout } = copydesk(['--format', 'markdown', seedPath])
    expect(status).toBe(0)
    expect(stdout).toMatch(/^\| 4 \| promo \| 9:1 \| 7 \| READ: New Year, New Shows On Netflix \|$/m)
    expect(stdout).toMatch(/^\| show \| All of Us Are Dead \| {2}\| \d+ \|$/m)
  })

  it('expands glob patterns', () => {
    const { stdout } = copydesk(['--format', 'jsonl', 'fixtures/*.md'])
    expect(stdout.trim().split('\n').map((line) => JSON.parse(line).file)).toEqual(['fixtures/moonlit-harbor-season-2.md'])
  })

  it('reads standard input', () => {
    const { status, stdout } = copydesk(['--format', 'json', '-'], seed)
    expect(status).toBe(0)
    expect(JSON.parse(stdout).blocks).toHaveLength(16)
  })

  it('finds vague time references with --time-references only', () => {
    const input = 'Shares are now lower than they were recently.'
    const dates = (args: string[]) => JSON.parse(copydesk(['--format', 'json', ...args, '-'], input).stdout).entities.filter((entity: { type: string }) => entity.type === 'date').map((entity: { value: string }) => entity.value)
    expect(dates(['--time-references'])).toEqual(['PRESENT_REF', 'PAST_REF'])
    expect(dates([])).toEqual([])
    // In corpus mode too, in this thread and in worker threads.
    const path = join(dir, 'references.jsonl')
    writeFileSync(path, JSON.stringify({ id: 'r', text: input }) + '\n')
    for (const jobs of ['1', '2']) {
      const row = JSON.parse(copydesk(['corpus', '--jobs', jobs, '--no-summary', '--time-references', path]).stdout)
      expect(row.entities.map((entity: { value: string }) => entity.value)).toEqual(['PRESENT_REF', 'PAST_REF'])
    }
  })

  it('prints --version and --help with examples', () => {
    expect(copydesk(['--version']).stdout.trim()).toBe('0.1.0')
    for (const command of ['analyze', 'check', 'corpus', 'eval']) expect(copydesk([command, '--help']).stdout).toMatch(/Examples?:/)
  })

  it('fails with 1 for an unreadable or invalid file, and keeps the others', () => {
    const invalid = join(dir, 'invalid.txt')
    writeFileSync(invalid, Buffer.from([0x61, 0xff, 0x62]))
    const { status, stdout, stderr } = copydesk(['--format', 'jsonl', invalid, seedPath, join(dir, 'missing.txt')])
    expect(status).toBe(1)
    const rows = stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(rows.map((row) => Boolean(row.error))).toEqual([true, false, true])
    expect(stderr).toMatch(/invalid\.txt/)
  })
})

describe('copydesk check', () => {
  const table: Array<[string[], number]> = [
    [['--max-ad-ratio', '0.9', seedPath], 0],
    [['--max-ad-ratio', '0.1', seedPath], 1],
    [['--max-ad-ratio', '0.9', '--max-speculation-ratio', '0.01', seedPath], 1],
    [['--max-ad-ratio', '2', seedPath], 2],
    [[seedPath], 2],
    [['--max-ad-ratio', '0.9', 'fixtures/no-such-file.md'], 2],
  ]
  for (const [args, expected] of table) {
    it(`exits ${expected} for ${args.join(' ')}`, () => expect(copydesk(['check', ...args]).status).toBe(expected))
  }

  it('names the ratio, the limit and the biggest promo block in file:line:column form', () => {
    const { stdout } = copydesk(['check', '--max-ad-ratio', '0.1', seedPath])
    expect(stdout).toMatch(new RegExp(`^${seedPath}:\\d+:\\d+: ad ratio 0\\.\\d{3} is over the limit 0\\.1$`, 'm'))
    expect(stdout).toMatch(/promo block, \d+ words: /)
  })

  it('answers in JSON for CMS hooks', () => {
    const [result] = JSON.parse(copydesk(['check', '--max-ad-ratio', '0.1', '--format', 'json', seedPath]).stdout)
    expect(result.pass).toBe(false)
    expect(result.promo.length).toBeGreaterThan(0)
  })
})

describe('copydesk corpus', () => {
  const path = corpus()
  const lines = readFileSync(path).toString('latin1').trim().split('\n').length

  it('writes one row per input line, in order, with errors in place', () => {
    const { status, stdout, stderr } = copydesk(['corpus', '--jobs', '1', path])
    expect(status).toBe(1)
    const rows = stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(rows).toHaveLength(lines)
    expect(rows.map((row) => row.line)).toEqual(Array.from({ length: lines }, (_, index) => index + 1))
    expect(rows.filter((row) => row.error).map((row) => row.line)).toEqual([3, 6, 9, lines])
    expect(rows[0].id).toBe('a0')
    expect(stderr).toMatch(new RegExp(`^${lines} articles, 4 failed$`, 'm'))
  })

  it('gives the same output with --jobs 2', () => {
    expect(copydesk(['corpus', '--jobs', '2', path]).stdout).toBe(copydesk(['corpus', '--jobs', '1', path]).stdout)
  })

  it('writes CSV that a CSV parser reads back', () => {
    const { stdout } = copydesk(['corpus', '--format', 'csv', path])
    const records = parseCsv(stdout, { columns: true }) as Array<Record<string, string>>
    expect(records).toHaveLength(lines)
    expect(records[0]!.id).toBe('a0')
    expect(Number(records[0]!.adRatio)).toBeGreaterThanOrEqual(0)
    expect(records[2]!.error).toMatch(/not JSON/)
  })

  it('reads other field names', () => {
    const renamed = join(dir, 'renamed.jsonl')
    writeFileSync(renamed, JSON.stringify({ key: 'k1', body: seed }) + '\n')
    const [row] = copydesk(['corpus', '--text-field', 'body', '--id-field', 'key', renamed]).stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(row.id).toBe('k1')
    expect(row.blocks).toHaveLength(16)
  })

  it('leaves complete lines when interrupted', async () => {
    const long = join(dir, 'long.jsonl')
    writeFileSync(long, `${JSON.stringify({ id: 'x', text: seed })}\n`.repeat(400))
    const child = spawn('node', ['dist/cli.mjs', 'corpus', '--jobs', '1', long])
    let stdout = ''
    let sent = false
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk
      if (!sent && stdout.split('\n').length > 5) {
        sent = true
        child.kill('SIGINT')
      }
    })
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(code).toBe(130)
    const lines = stdout.split('\n')
    expect(lines.pop()).toBe('')
    expect(lines.length).toBeGreaterThan(4)
    expect(lines.length).toBeLessThan(400)
    for (const line of lines) expect(JSON.parse(line).id).toBe('x')
  })

  it('gives empty output and exit 0 for empty input', () => {
    const { status, stdout } = copydesk(['corpus', '-'], '')
    expect(status).toBe(0)
    expect(stdout).toBe('')
  })
})
