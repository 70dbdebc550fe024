/**
 * `kutip lint` end to end: configuration files, ignore files, stdin, --fix,
 * reporters (SARIF validated against the SARIF 2.1.0 schema), exit codes and
 * one-line errors.
 */
import {spawn} from 'node:child_process'
import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import test from 'ava'
import {Ajv} from 'ajv'
import addFormats from 'ajv-formats'
import {escapeData, escapeProperty} from '../src/lint/reporters/github.ts'
import {tempFolder} from './helpers/temp-folder.ts'
import {runKutip, type CliRun} from './fixtures/cli/run-kutip.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = path.join(root, 'bin', 'kutip.js')

function kutip(args: string[], options: {cwd: string; input?: string}): Promise<CliRun> {
  return runKutip(['lint', ...args], {cwd: options.cwd, input: options.input, env: {...process.env, NO_COLOR: '1'}})
}

const folder = (files: Record<string, string | Buffer>): string => tempFolder('kutip-lint-', files)

const clean = '"Kami tidak tahu," kata Ketua RT Budi Santoso.\n'
const warning = '"Kami tidak tahu", kata Ketua RT Budi Santoso.\n'
const error = '"Kami tidak tahu, kata Ketua RT Budi Santoso.\n'

test.serial('exit codes: 0 clean, 0 warnings, 1 errors, 1 warnings with --frail', async (t) => {
  t.timeout(60_000)
  const dir = folder({'clean.txt': clean, 'warning.txt': warning, 'error.txt': error})
  t.is((await kutip(['clean.txt'], {cwd: dir})).code, 0)
  const warned = await kutip(['warning.txt'], {cwd: dir})
  t.is(warned.code, 0)
  t.regex(warned.stderr, /warning\.txt\n1:17-1:19 +warning +Put the comma inside the closing quote mark/)
  t.is((await kutip(['warning.txt', '--frail'], {cwd: dir})).code, 1)
  const failed = await kutip(['error.txt'], {cwd: dir})
  t.is(failed.code, 1)
  t.regex(failed.stderr, /1:1-1:2 +error +Opening quote mark `"` is never closed in its paragraph +unbalanced-quote +kutip/)
})

test.serial('configuration: .kutiprc, .kutiprc.json, .kutiprc.yml, .kutiprc.js and package.json "kutip"', async (t) => {
  t.timeout(60_000)
  const dir = folder({
    'rc/.kutiprc': '{"rules": {"quote-punctuation": "error"}}',
    'rc/draft.txt': warning,
    'json/.kutiprc.json': '{"rules": {"quote-punctuation": "off"}}',
    'json/draft.txt': warning,
    'yml/.kutiprc.yml': 'rules:\n  quote-punctuation: info\n',
    'yml/draft.txt': warning,
    'js/.kutiprc.js': 'module.exports = {rules: {"quote-punctuation": ["error", {}]}}\n',
    'js/draft.txt': warning,
    'pkg/package.json': '{"name": "x", "kutip": {"rules": {"quote-punctuation": 2}}}',
    'pkg/draft.txt': warning,
    'none/draft.txt': warning
  })
  const run = await kutip(['.', '--report', 'json'], {cwd: dir})
  const report = JSON.parse(run.stdout) as Array<{path: string; messages: Array<{ruleId: string; severity: string}>}>
  const severity = Object.fromEntries(report.map((file) => [file.path, file.messages.map((m) => m.severity).join(',')]))
  t.deepEqual(severity, {
    'js/draft.txt': 'error',
    'json/draft.txt': '',
    'none/draft.txt': 'warning',
    'pkg/draft.txt': 'error',
    'rc/draft.txt': 'error',
    'yml/draft.txt': 'info'
  })
  t.is(run.code, 1)
})

test.serial('--rule wins over the configuration file; --rc-path and --no-config', async (t) => {
  t.timeout(60_000)
  const dir = folder({'.kutiprc': '{"rules": {"quote-punctuation": "error"}}', 'other.json': '{"rules": {"quote-punctuation": "off"}}', 'draft.txt': warning})
  t.is((await kutip(['draft.txt'], {cwd: dir})).code, 1)
  t.is((await kutip(['draft.txt', '--rule', 'quote-punctuation=warn'], {cwd: dir})).code, 0)
  const viaRcPath = await kutip(['draft.txt', '--rc-path', 'other.json', '--frail'], {cwd: dir})
  t.is(viaRcPath.code, 0)
  t.is((await kutip(['draft.txt', '--no-config', '--frail'], {cwd: dir})).code, 1)
})

test.serial('.kutipignore and --ignore-path leave files out of a folder run', async (t) => {
  t.timeout(60_000)
  const dir = folder({'.kutipignore': 'drafts/old/\n', 'drafts/new.txt': error, 'drafts/old/a.txt': error, 'other-ignore': 'drafts/\n'})
  const run = await kutip(['.', '--report', 'json'], {cwd: dir})
  t.deepEqual((JSON.parse(run.stdout) as Array<{path: string}>).map((file) => file.path), ['drafts/new.txt'])
  const ignored = await kutip(['.', '--report', 'json', '--ignore-path', 'other-ignore'], {cwd: dir})
  t.deepEqual(JSON.parse(ignored.stdout), [])
  t.is(ignored.code, 0)
})

test.serial('stdin, with --file-path choosing the format', async (t) => {
  t.timeout(60_000)
  const dir = folder({})
  const text = await kutip([], {cwd: dir, input: warning})
  t.is(text.code, 0)
  t.regex(text.stderr, /<stdin>\n1:17-1:19/)
  const markdown = await kutip(['--file-path', 'draft.md', '--report', 'json'], {cwd: dir, input: '# Judul\n\n' + warning + '\n<!-- kutip ignore -->\n' + warning})
  const report = JSON.parse(markdown.stdout) as Array<{path: string; messages: Array<{startLine: number}>}>
  t.deepEqual(report.map((file) => [file.path, file.messages.map((m) => m.startLine)]), [['draft.md', [3]]])
})

test.serial('--fix applies certain fixes, leaves files without fixes untouched, reports what is left', async (t) => {
  t.timeout(60_000)
  const dir = folder({'fixable.txt': warning + '"Kenapa?," kata Budi.\n', 'unfixable.txt': error, 'clean.txt': clean})
  const before = statSync(path.join(dir, 'unfixable.txt')).mtimeMs
  const cleanBefore = statSync(path.join(dir, 'clean.txt')).mtimeMs
  await new Promise((resolve) => setTimeout(resolve, 20))
  const run = await kutip(['.', '--fix', '--report', 'json'], {cwd: dir})
  t.is(readFileSync(path.join(dir, 'fixable.txt'), 'utf8'), clean + '"Kenapa?" kata Budi.\n')
  t.is(statSync(path.join(dir, 'unfixable.txt')).mtimeMs, before)
  t.is(statSync(path.join(dir, 'clean.txt')).mtimeMs, cleanBefore)
  const report = JSON.parse(run.stdout) as Array<{path: string; messages: Array<{ruleId: string}>}>
  t.deepEqual(
    report.map((file) => [file.path, file.messages.map((m) => m.ruleId)]),
    [
      ['clean.txt', []],
      ['fixable.txt', []],
      ['unfixable.txt', ['unbalanced-quote']]
    ]
  )
  t.is(run.code, 1)
})

test.serial('errors exit 2 with one line naming the file and the problem', async (t) => {
  t.timeout(60_000)
  const dir = folder({'.kutiprc': '{"rules": {"no-such-rule": "error"}}', 'draft.txt': clean, 'sub/.kutiprc.json': '{not json', 'sub/draft.txt': clean})
  const badRule = await kutip(['draft.txt'], {cwd: dir})
  t.is(badRule.code, 2)
  t.regex(badRule.stderr, /^kutip lint: draft\.txt: .*\.kutiprc: Unknown rule `no-such-rule` \(known: .*\)\n$/)
  const badJson = await kutip(['sub/draft.txt'], {cwd: dir})
  t.is(badJson.code, 2)
  t.regex(badJson.stderr, /^kutip lint: sub\/draft\.txt: .*\n$/)
  const missing = await kutip(['nope.txt'], {cwd: dir})
  t.is(missing.code, 2)
  t.regex(missing.stderr, /^kutip lint: nope\.txt: .*no such file or directory.*\n$/)
  const usage = await kutip(['draft.txt', '--bogus'], {cwd: dir})
  t.is(usage.code, 2)
  t.is(usage.stderr, 'kutip lint: unknown option --bogus\nRun `kutip lint --help` for usage.\n')
  const reporter = await kutip(['draft.txt', '--report', 'xml'], {cwd: dir})
  t.is(reporter.code, 2)
  t.is(reporter.stderr, 'kutip lint: unknown reporter `xml` (known: stylish, json, sarif, github)\nRun `kutip lint --help` for usage.\n')
})

test.serial('--quiet hides clean files, --silent shows errors only', async (t) => {
  t.timeout(60_000)
  const dir = folder({'clean.txt': clean, 'warning.txt': warning, 'error.txt': error})
  const quiet = JSON.parse((await kutip(['.', '--report', 'json', '--quiet'], {cwd: dir})).stdout) as Array<{path: string}>
  t.deepEqual(quiet.map((file) => file.path), ['error.txt', 'warning.txt'])
  const silent = JSON.parse((await kutip(['.', '--report', 'json', '--silent', '--quiet'], {cwd: dir})).stdout) as Array<{path: string}>
  t.deepEqual(silent.map((file) => file.path), ['error.txt'])
})

test.serial('json reporter: no nlcst ancestors, stable fields', async (t) => {
  t.timeout(60_000)
  const dir = folder({'warning.txt': warning})
  const run = await kutip(['warning.txt', '--report', 'json'], {cwd: dir})
  t.false(run.stdout.includes('ancestors'))
  t.false(run.stdout.includes('WordNode'))
  const [file] = JSON.parse(run.stdout) as Array<{messages: Array<Record<string, unknown>>}>
  t.deepEqual(Object.keys(file.messages[0]).sort(), [
    'actual', 'endColumn', 'endLine', 'expected', 'note', 'reason', 'ruleId', 'severity', 'source', 'startColumn', 'startLine', 'url'
  ])
})

test.serial('github reporter: workflow commands with escaped properties and data', async (t) => {
  t.timeout(60_000)
  t.is(escapeData('50% a:b,c\r\nd'), '50%25 a:b,c%0D%0Ad')
  t.is(escapeProperty('50% a:b,c\r\nd'), '50%25 a%3Ab%2Cc%0D%0Ad')
  const dir = folder({'dir,with:odd%name/warning.txt': warning, 'error.txt': error})
  const run = await kutip(['.', '--report', 'github'], {cwd: dir})
  t.deepEqual(run.stdout.trim().split('\n'), [
    '::warning file=dir%2Cwith%3Aodd%25name/warning.txt,line=1,col=17,endLine=1,endColumn=19,title=kutip(quote-punctuation)::Put the comma inside the closing quote mark: `", kata` → `," kata` (https://github.com/kutip/kutip/blob/main/docs/rules/quote-punctuation.md)',
    '::error file=error.txt,line=1,col=1,endLine=1,endColumn=2,title=kutip(unbalanced-quote)::Opening quote mark `"` is never closed in its paragraph (https://github.com/kutip/kutip/blob/main/docs/rules/unbalanced-quote.md)'
  ])
})

test.serial('sarif reporter: validates against the SARIF 2.1.0 schema; rules, fingerprints, fixes', async (t) => {
  t.timeout(60_000)
  const require = createRequire(import.meta.url)
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>
  // The file is draft-04 (`id`); Ajv 8 reads it as draft-07 once the draft-04 keys are renamed.
  delete schema.$schema
  schema.$id = schema.id
  delete schema.id
  // The schema's patterns are ECMAScript without the `u` flag (one is not valid with it).
  const regExp = Object.assign((pattern: string, flags: string) => new RegExp(pattern, flags.replace('u', '')), {code: 'RegExp'})
  const ajv = new Ajv({strict: false, allErrors: true, code: {regExp}})
  addFormats.default(ajv)
  const validate = ajv.compile(schema)

  const dir = folder({'a.txt': warning + error, 'b.md': '# T\n\n' + warning})
  const run = await kutip(['.', '--report', 'sarif'], {cwd: dir})
  const log = JSON.parse(run.stdout)
  t.true(validate(log), JSON.stringify(validate.errors, null, 2))
  const [sarifRun] = log.runs
  t.is(log.version, '2.1.0')
  t.is(sarifRun.tool.driver.name, 'kutip')
  t.deepEqual(sarifRun.tool.driver.rules.map((rule: {id: string}) => rule.id).sort(), [
    'ambiguous-speaker', 'anonymous-source', 'first-reference', 'inconsistent-name', 'misattributed', 'misquote', 'missing-credit',
    'mixed-speakers', 'non-neutral-cue', 'quote-punctuation', 'quote-style', 'unattributed-quote', 'unbalanced-quote', 'unsupported-quote'
  ])
  const results = sarifRun.results as Array<{ruleId: string; ruleIndex: number; level: string; partialFingerprints: Record<string, string>; fixes?: unknown[]; locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number}}}>}>
  t.deepEqual(
    results.map((result) => [result.locations[0].physicalLocation.artifactLocation.uri, result.locations[0].physicalLocation.region.startLine, result.ruleId, result.level, Boolean(result.fixes)]),
    [
      ['a.txt', 1, 'quote-punctuation', 'warning', true],
      ['a.txt', 2, 'unbalanced-quote', 'error', false],
      ['b.md', 3, 'quote-punctuation', 'warning', true]
    ]
  )
  for (const result of results) t.is(sarifRun.tool.driver.rules[result.ruleIndex].id, result.ruleId)
  // Fingerprints do not depend on the line: the same finding moved down keeps its fingerprint.
  const moved = folder({'a.txt': '\n\n' + warning + error, 'b.md': '# T\n\n' + warning})
  const again = JSON.parse((await kutip(['.', '--report', 'sarif'], {cwd: moved})).stdout)
  t.deepEqual(
    again.runs[0].results.map((result: {partialFingerprints: unknown}) => result.partialFingerprints),
    results.map((result) => result.partialFingerprints)
  )
  t.is(new Set(results.map((result) => JSON.stringify(result.partialFingerprints))).size, results.length)
})

test.serial('--sources turns on the verification rules against the given texts', async (t) => {
  t.timeout(60_000)
  const dir = folder({
    'pers.txt': 'Dalam jumpa pers, Budi Santoso mengatakan, "Kami akan menaikkan harga beras bulan depan karena biaya angkut naik."\n',
    'draft.txt': 'Ketua Asosiasi Pedagang Beras Budi Santoso hadir. "Kami akan menurunkan harga beras bulan depan karena biaya angkut naik," kata Budi Santoso.\n'
  })
  t.is((await kutip(['draft.txt'], {cwd: dir})).code, 0)
  const run = await kutip(['draft.txt', '--sources', 'pers.txt', '--report', 'json'], {cwd: dir})
  const [file] = JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string; startLine: number; startColumn: number}>}>
  t.deepEqual(file.messages.map((m) => [m.ruleId, m.startLine, m.startColumn]), [['misquote', 1, 52]])
  t.is(run.code, 1)
  const missing = await kutip(['draft.txt', '--sources', 'nope.txt'], {cwd: dir})
  t.is(missing.code, 2)
  t.is(missing.stderr, 'kutip lint: nope.txt: cannot read the source (no such file or directory)\n')
})

test.serial('--watch lints once, lints a file again when it changes, and exits with the last run’s code on Ctrl-C', async (t) => {
  t.timeout(60_000)
  const dir = folder({'draft.txt': clean})
  const child = spawn(process.execPath, [bin, 'lint', 'draft.txt', '--watch', '--report', 'json'], {cwd: dir, env: {...process.env, NO_COLOR: '1'}})
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
  const until = async (ready: () => boolean, what: string, poke?: () => void): Promise<void> => {
    for (let waited = 0; !ready(); waited += 250) {
      if (waited > 30_000) throw new Error(`timed out waiting for ${what}; stdout: ${stdout}; stderr: ${stderr}`)
      // The watcher may still be starting: write the change again now and then.
      if (poke && waited % 1000 === 0) poke()
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  try {
    await until(() => stderr.includes('watching'), 'the watcher')
    t.false(stdout.includes('unbalanced-quote'), 'the first run finds nothing')
    const firstRun = stdout.length
    await until(() => stdout.slice(firstRun).includes('unbalanced-quote'), 'the second run', () => writeFileSync(path.join(dir, 'draft.txt'), error))
  } finally {
    child.kill('SIGINT')
  }
  t.is(await exited, 1, stderr)
})

test.serial('--fix with the text on stdin prints the fixed text to stdout and writes no file (--file-path only names it)', async (t) => {
  t.timeout(60_000)
  const dir = folder({})
  const fixed = await kutip(['--fix', '--file-path', 'P.txt'], {cwd: dir, input: warning})
  t.is(fixed.code, 0)
  t.is(fixed.stdout, clean)
  t.is(fixed.stderr, 'P.txt: no issues found\n')
  t.deepEqual(readdirSync(dir), [])
  // A machine report goes to stderr then: stdout is the text.
  const json = await kutip(['--fix', '--stdin-filename', 'P.md', '--report', 'json'], {cwd: dir, input: warning + error})
  t.is(json.stdout, clean + error)
  t.deepEqual((JSON.parse(json.stderr) as Array<{path: string; messages: Array<{ruleId: string}>}>).map((file) => [file.path, file.messages.map((m) => m.ruleId)]), [['P.md', ['unbalanced-quote']]])
  t.is(json.code, 1)
  // Nothing to fix: the text comes out as it went in.
  t.is((await kutip(['--fix'], {cwd: dir, input: error})).stdout, error)
  t.deepEqual(readdirSync(dir), [])
})

test.serial('--diff (--fix-dry-run) prints a unified diff of the fixes and writes nothing', async (t) => {
  t.timeout(60_000)
  const other = '"Ya," kata Budi.\n'
  const dir = folder({'a.txt': warning + other, 'clean.txt': clean})
  const before = statSync(path.join(dir, 'a.txt')).mtimeMs
  for (const flag of ['--diff', '--fix-dry-run']) {
    const run = await kutip(['.', flag], {cwd: dir})
    t.is(run.code, 0)
    t.is(run.stdout, ['Index: a.txt', '='.repeat(67), '--- a.txt', '+++ a.txt', '@@ -1,2 +1,2 @@', '-' + warning.trimEnd(), '+' + clean.trimEnd(), ' ' + other.trimEnd(), ''].join('\n'))
  }
  t.is(readFileSync(path.join(dir, 'a.txt'), 'utf8'), warning + other)
  t.is(statSync(path.join(dir, 'a.txt')).mtimeMs, before)
})

test.serial('--fix writes a file back in its own encoding: UTF-16 LE/BE, UTF-8 BOM, CRLF; invalid UTF-8 is not rewritten', async (t) => {
  t.timeout(60_000)
  const utf16 = (text: string, endian: 'le' | 'be') => {
    const body = Buffer.from(text, 'utf16le')
    if (endian === 'be') body.swap16()
    return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body])
  }
  const bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])
  const crlf = (text: string) => text.replace(/\n/g, '\r\n')
  const broken = Buffer.concat([Buffer.from(warning), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])])
  const dir = folder({'le.txt': utf16(crlf(warning), 'le'), 'be.txt': utf16(warning, 'be'), 'bom.md': bom(warning), 'crlf.txt': crlf(warning), 'broken.txt': broken})
  const run = await kutip(['.', '--fix', '--report', 'json'], {cwd: dir})
  const at = (name: string) => readFileSync(path.join(dir, name))
  t.deepEqual(at('le.txt'), utf16(crlf(clean), 'le'))
  t.deepEqual(at('be.txt'), utf16(clean, 'be'))
  t.deepEqual(at('bom.md'), bom(clean))
  t.deepEqual(at('crlf.txt'), Buffer.from(crlf(clean)))
  t.deepEqual(at('broken.txt'), broken)
  t.is(run.code, 2)
  t.is(
    run.stderr,
    `kutip lint: broken.txt: warning: invalid UTF-8 at byte ${Buffer.byteLength(warning) + 3}; bad bytes were replaced with U+FFFD (offsets count the replacements)\n` +
      `kutip lint: broken.txt: not fixed: invalid UTF-8 at byte ${Buffer.byteLength(warning) + 3}; writing the fixes would also change those bytes (repair the encoding first)\n`
  )
  const report = JSON.parse(run.stdout) as Array<{path: string; messages: Array<{ruleId: string}>}>
  t.deepEqual(report.find((file) => file.path === 'broken.txt')?.messages.map((m) => m.ruleId), ['quote-punctuation'], 'the fix not made is still reported')
  t.deepEqual(readdirSync(dir).sort(), ['be.txt', 'bom.md', 'broken.txt', 'crlf.txt', 'le.txt'])
})
