import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Pack the package, install the tarball into a fresh project, and load it
// the two ways a user does.
describe('the packed package', () => {
  const root = resolve('.')
  const project = mkdtempSync(join(tmpdir(), 'copydesk-pack-'))
  const probe = 'Netflix confirmed it. Subscribe now!'

  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'index.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' })
    execFileSync('npm', ['pack', '--pack-destination', project], { cwd: root, stdio: 'ignore' })
    const tarball = readdirSync(project).find((name) => name.endsWith('.tgz'))!
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'probe', private: true }))
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(project, tarball)], { cwd: project, stdio: 'ignore' })
  })

  afterAll(() => rmSync(project, { recursive: true, force: true }))

  it('can be imported (ESM)', () => {
    const out = execFileSync('node', ['--input-type=module', '-e', `import { parse, analyze } from 'copydesk'; console.log(typeof parse, analyze(${JSON.stringify(probe)}).blocks.length)`], { cwd: project, encoding: 'utf8' })
    expect(out.trim()).toBe('function 1')
  })

  it('can be required (CJS)', () => {
    const out = execFileSync('node', ['-e', `const { parse, analyze } = require('copydesk'); console.log(typeof parse, analyze(${JSON.stringify(probe)}).blocks.length)`], { cwd: project, encoding: 'utf8' })
    expect(out.trim()).toBe('function 1')
  })

  it('installs the CLI', () => {
    const out = execFileSync(join(project, 'node_modules', '.bin', 'copydesk'), ['--version'], { cwd: project, encoding: 'utf8' })
    expect(out.trim()).toBe('0.1.0')
  })
})
