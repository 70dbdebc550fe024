/**
 * `plugins` in a kutip configuration: rule packages loaded by name from the
 * configuration's folder, as unified presets are (src/lint/plugins.ts), with
 * the fixture package test/fixtures/plugins/kutip-rules-contoh.
 */
import test from 'ava'
import {mkdirSync, symlinkSync} from 'node:fs'
import path from 'node:path'
import {kutip, repoRoot} from './helpers/kutip-cli.ts'
import {tempFolder} from './helpers/temp-folder.ts'

const fixture = path.join(repoRoot, 'test', 'fixtures', 'plugins', 'kutip-rules-contoh')
const draft = '"Kami siap membantu warga," kata Budi Santoso. Beliau menambahkan, posko dibuka besok.\n'

function project(config: unknown): string {
  const folder = tempFolder('kutip-plugins-', {'.kutiprc.json': JSON.stringify(config), 'draft.txt': draft, 'sub/draft.md': draft})
  mkdirSync(path.join(folder, 'node_modules'))
  symlinkSync(fixture, path.join(folder, 'node_modules', 'kutip-rules-contoh'))
  return folder
}

interface JsonFile {
  path: string
  messages: Array<{ruleId: string; startLine: number; startColumn: number; severity: string; url: string}>
}

test.serial('a plugin named in the configuration adds its rules, configured like kutip\'s own (quick path and engine)', async (t) => {
  t.timeout(120_000)
  const folder = project({plugins: ['kutip-rules-contoh'], rules: {'contoh/no-beliau': 'error'}})
  // One named file (the quick path) and a folder (unified-engine).
  for (const args of [['draft.txt'], ['.']]) {
    const run = await kutip(['lint', '--report', 'json', ...args], {cwd: folder})
    t.is(run.code, 1, args.join(' '))
    const files = JSON.parse(run.stdout) as JsonFile[]
    t.true(files.length >= 1)
    for (const file of files) {
      const found = file.messages.filter((message) => message.ruleId === 'contoh/no-beliau')
      t.is(found.length, 1, file.path)
      t.is(found[0]!.startColumn, 48)
      t.is(found[0]!.severity, 'error')
      t.is(found[0]!.url, 'https://example.org/kutip-rules-contoh#no-beliau')
    }
  }
  const config = JSON.parse((await kutip(['lint', '--print-config', 'draft.txt'], {cwd: folder})).stdout) as {plugins: string[]; rules: Record<string, unknown>}
  t.deepEqual(config.plugins, ['kutip-rules-contoh'])
  t.deepEqual(config.rules['contoh/no-beliau'], ['error', {}])
  const off = project({plugins: ['kutip-rules-contoh'], rules: {'contoh/no-beliau': 'off'}})
  const quiet = await kutip(['lint', '--report', 'json', 'draft.txt'], {cwd: off})
  t.is(quiet.code, 0)
  t.false(quiet.stdout.includes('contoh/no-beliau'))
})

test.serial('a plugin that cannot be loaded, or a rule no package has: one line naming it, exit 2', async (t) => {
  t.timeout(120_000)
  const missing = project({plugins: ['kutip-rules-tidak-ada']})
  const run = await kutip(['lint', 'draft.txt'], {cwd: missing})
  t.is(run.code, 2)
  t.regex(run.stderr, /^kutip lint: draft\.txt: .*\.kutiprc\.json: cannot load plugin `kutip-rules-tidak-ada`: /)
  const unknown = project({plugins: ['kutip-rules-contoh'], rules: {'contoh/no-such': 'error'}})
  const bad = await kutip(['lint', 'draft.txt'], {cwd: unknown})
  t.is(bad.code, 2)
  t.regex(bad.stderr, /Unknown rule `contoh\/no-such` \(known: .*contoh\/no-beliau\)/)
})
