/**
 * The same rules for every command (docs/cli.md, "One way for every
 * command"): unknown options with a suggestion, a glob matching nothing, a
 * missing file, and lint's CI conventions (--max-warnings, --stdin-filename,
 * --print-config).
 */
import test from 'ava'
import {kutip} from './helpers/kutip-cli.ts'
import {tempFolder} from './helpers/temp-folder.ts'

const draft = '"Kami siap membantu warga," kata Budi Santoso.\n'
/** One warning (quote-punctuation: the comma outside the closing quote mark), no error. */
const warned = '"Kami siap membantu warga", kata Budi Santoso.\n'

test.serial('an unknown option names the closest one, for every command: one line, exit 2', async (t) => {
  t.timeout(120_000)
  const folder = tempFolder('kutip-args-', {'a.txt': draft})
  for (const [args, line] of [
    [['extract', '--jobz', '2', 'a.txt'], 'kutip extract: unknown option --jobz (did you mean --jobs?)'],
    [['lint', '--repot', 'json', 'a.txt'], 'kutip lint: unknown option --repot (did you mean --report?)'],
    [['report', '--titel', 'x', 'a.txt'], 'kutip report: unknown option --titel (did you mean --title?)'],
    [['verify', 'a.txt', '--source', 'a.txt'], 'kutip verify: unknown option --source (did you mean --sources?)'],
    [['lint', '--bogus', 'a.txt'], 'kutip lint: unknown option --bogus'],
    [['extract', '--jobs'], 'kutip extract: --jobs expects a value']
  ] as const) {
    const run = await kutip([...args], {cwd: folder})
    t.is(run.code, 2, args.join(' '))
    t.is(run.stdout, '')
    t.deepEqual(run.stderr.split('\n'), [line, `Run \`kutip ${args[0]} --help\` for usage.`, ''])
  }
})

test.serial('a glob matching nothing and a missing file: one line each, exit 2, for every command; nothing written', async (t) => {
  t.timeout(120_000)
  const folder = tempFolder('kutip-args-', {'a.txt': draft, 'drafts/b.md': draft, 'drafts/c.html': `<p>${draft}</p>`, 'drafts/d.txt': draft})
  for (const command of [['extract'], ['lint'], ['report'], ['verify', '--sources', 'a.txt']]) {
    const glob = await kutip([...command, 'zz*.txt'], {cwd: folder})
    t.is(glob.code, 2, command[0])
    t.is(glob.stdout, '')
    t.is(glob.stderr.split('\n').filter((line) => line.includes('zz*.txt')).length, 1)
    t.regex(glob.stderr, /: zz\*\.txt: no files match this pattern\n/)
    const missing = await kutip([...command, 'nope.txt'], {cwd: folder})
    t.is(missing.code, 2, command[0])
    t.is(missing.stdout, '', `${command[0]} nope.txt writes nothing`)
    t.regex(missing.stderr, /: nope\.txt: no such file or directory\n/)
  }
  // Braces, and negations, the same way everywhere.
  const braces = await kutip(['extract', 'drafts/*.{md,html}'], {cwd: folder})
  t.is(braces.code, 0)
  t.deepEqual(braces.stdout.trim().split('\n').map((line) => (JSON.parse(line) as {file: string}).file), ['drafts/b.md', 'drafts/c.html'])
  const negated = await kutip(['lint', '--report', 'json', 'drafts', '!drafts/*.html'], {cwd: folder})
  t.is(negated.code, 0)
  t.deepEqual((JSON.parse(negated.stdout) as Array<{path: string}>).map((file) => file.path).sort(), ['drafts/b.md', 'drafts/d.txt'])
  // Partial failure: the readable inputs are processed, the problem named, exit 2.
  const partial = await kutip(['extract', 'a.txt', 'nope.txt'], {cwd: folder})
  t.is(partial.code, 2)
  t.is(partial.stdout.trim().split('\n').length, 1)
})

test.serial('lint --max-warnings N: exit 1 with one line when there are more than N warnings', async (t) => {
  t.timeout(120_000)
  const folder = tempFolder('kutip-ci-', {'w.txt': warned})
  t.is((await kutip(['lint', 'w.txt'], {cwd: folder})).code, 0)
  t.is((await kutip(['lint', 'w.txt', '--max-warnings', '1'], {cwd: folder})).code, 0)
  const over = await kutip(['lint', 'w.txt', '--max-warnings', '0'], {cwd: folder})
  t.is(over.code, 1)
  t.true(over.stderr.endsWith('kutip lint: 1 warning, more than --max-warnings 0\n'), over.stderr)
  const bad = await kutip(['lint', 'w.txt', '--max-warnings', 'many'], {cwd: folder})
  t.is(bad.code, 2)
  t.is(bad.stderr.split('\n')[0], "kutip lint: --max-warnings expects a whole number, got 'many'")
})

test.serial('lint --stdin-filename and --file-path name stdin (format by extension); nothing is written there', async (t) => {
  t.timeout(120_000)
  const folder = tempFolder('kutip-ci-', {})
  const markdown = `Judul\n\n<!-- kutip disable quote-punctuation -->\n\n${warned}`
  for (const option of ['--stdin-filename', '--file-path']) {
    const run = await kutip(['lint', option, 'draf.md', '--report', 'json'], {cwd: folder, input: markdown})
    t.is(run.code, 0, option)
    const [file] = JSON.parse(run.stdout) as Array<{path: string; messages: unknown[]}>
    t.is(file!.path, 'draf.md')
    t.deepEqual(file!.messages, []) // the Markdown comment was read as one: the format came from the name
  }
  const plain = await kutip(['lint', '--stdin-filename', 'draf.txt', '--report', 'json'], {cwd: folder, input: warned})
  t.is((JSON.parse(plain.stdout) as Array<{messages: unknown[]}>)[0]!.messages.length, 1)
  const {readdirSync} = await import('node:fs')
  t.deepEqual(readdirSync(folder), [])
})

test.serial('lint --print-config FILE: the effective configuration for that file, as JSON', async (t) => {
  t.timeout(120_000)
  const folder = tempFolder('kutip-ci-', {
    '.kutiprc.json': '{"rules": {"quote-style": ["error", {"preferred": "smart"}], "non-neutral-cue": "off"}}',
    'sub/.kutiprc.yml': 'rules:\n  anonymous-source: info\n',
    'a.txt': draft,
    'sub/b.md': draft
  })
  const top = await kutip(['lint', '--print-config', 'a.txt'], {cwd: folder})
  t.is(top.code, 0)
  const config = JSON.parse(top.stdout) as {file: string; configFile: string | null; rules: Record<string, [string, unknown]>}
  t.is(config.configFile, '.kutiprc.json')
  t.deepEqual(config.rules['quote-style'], ['error', {preferred: 'smart'}])
  t.deepEqual(config.rules['non-neutral-cue'], ['off', {}])
  t.deepEqual(config.rules['unattributed-quote']![0], 'error')
  // The nearest configuration wins (as unified-engine finds it); --rule wins over files.
  const sub = JSON.parse((await kutip(['lint', '--print-config', 'sub/b.md', '--rule', 'mixed-speakers=off'], {cwd: folder})).stdout) as typeof config
  t.is(sub.configFile, 'sub/.kutiprc.yml')
  t.deepEqual(sub.rules['anonymous-source'], ['info', {}])
  t.deepEqual(sub.rules['quote-style']![0], 'warn')
  t.deepEqual(sub.rules['mixed-speakers'], ['off', {}])
  const none = JSON.parse((await kutip(['lint', '--print-config', 'a.txt', '--no-config'], {cwd: folder})).stdout) as typeof config
  t.is(none.configFile, null)
})
