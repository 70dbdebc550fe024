/**
 * Rule options are checked against each rule's JSON schema (src/lint/rule-options.ts):
 * an unknown key or a wrong type is one line naming the rule, the option and
 * what was expected — in the library (`lint()`, the preset, a rule on its own),
 * and in the CLI (exit 2), naming the configuration file when the options came from one.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import test from 'ava'
import {lint} from '../src/lint/core.ts'
import {validateRules} from '../src/lint/preset.ts'
import {rules} from '../src/lint/rules/index.ts'
import quoteStyle from '../src/lint/rules/quote-style.ts'
import {repo, runKutip} from './fixtures/cli/run-kutip.ts'
import {tempFolder} from './helpers/temp-folder.ts'

test('every rule declares the schema of its options, its defaults match it, and its page documents each option', (t) => {
  for (const rule of rules) {
    const schema = rule.meta.schema
    if (!schema) {
      t.fail(`${rule.meta.id}: no schema`)
      continue
    }
    t.is(schema.additionalProperties, false, rule.meta.id)
    t.notThrows(() => validateRules({[rule.meta.id]: ['warn', rule.defaults]}), rule.meta.id)
    const page = readFileSync(path.join(repo, 'docs', 'rules', rule.meta.id + '.md'), 'utf8')
    const names = Object.keys(schema.properties)
    for (const name of names) t.true(page.includes('`' + name + '`'), `docs/rules/${rule.meta.id}.md documents \`${name}\``)
    if (names.length === 0) t.regex(page, /## Options\n\nNone\./u, `docs/rules/${rule.meta.id}.md says it takes no options`)
  }
})

const invalid: Array<[string, unknown, RegExp]> = [
  ['quote-style', ['error', {preferred: 42}], /^Invalid options for rule `quote-style`: `preferred` must be one of "consistent", "smart", "straight" \(got 42\)$/u],
  ['quote-style', ['error', {prefered: 'smart'}], /^Invalid options for rule `quote-style`: unknown option `prefered` \(known: preferred, smart, straight, apostrophes\)$/u],
  ['quote-style', {smart: '“”'}, /^Invalid options for rule `quote-style`: `smart` must be an array \(got "“”"\)$/u],
  ['quote-style', ['warn', 5], /^Invalid options for rule `quote-style`: `options` must be an object \(got 5\)$/u],
  ['non-neutral-cue', ['info', {allow: 'mengklaim'}], /^Invalid options for rule `non-neutral-cue`: `allow` must be an array \(got "mengklaim"\)$/u],
  ['inconsistent-name', ['warn', {allow: [['Jokowi', 3]]}], /^Invalid options for rule `inconsistent-name`: `allow\[0\]\[1\]` must be a string \(got 3\)$/u],
  ['missing-credit', ['warn', {reports: 'dua'}], /^Invalid options for rule `missing-credit`: `reports` must be a whole number \(got "dua"\)$/u],
  ['ambiguous-speaker', ['error', {twoCandidates: 'yes'}], /^Invalid options for rule `ambiguous-speaker`: `twoCandidates` must be true or false \(got "yes"\)$/u],
  ['mixed-speakers', ['warn', {strict: true}], /^Invalid options for rule `mixed-speakers`: takes no options \(got `strict`\)$/u],
  ['misquote', ['error', {sources: 5}], /^Invalid options for rule `misquote`: `sources` must be an array of source documents \(texts or \{id, text\}\) or a SourceIndex \(got 5\)$/u]
]

test('bad options are one line naming the rule, the option and what was expected: validateRules, lint(), a rule on its own', async (t) => {
  for (const [id, setting, message] of invalid) {
    t.throws(() => validateRules({[id]: setting}), {message}, id)
    await t.throwsAsync(lint('"Kami siap," kata Budi.', {rules: {[id]: setting}}), {message}, id)
  }
  t.throws(() => quoteStyle(['warn', {preferred: 'fancy'}] as never), {message: /^Invalid options for rule `quote-style`: `preferred` must be one of/u})
  // Good options, and settings that are only a severity, pass.
  t.notThrows(() => validateRules({'quote-style': ['error', {preferred: 'smart', smart: ['“”', '‘’']}], 'non-neutral-cue': ['info', {allow: ['mengklaim']}], 'unattributed-quote': 'off', 'mixed-speakers': ['warn', {}]}))
})

test('CLI: bad options from --rule or a configuration file exit 2 with one line; the file is named', async (t) => {
  t.timeout(60_000)
  const dir = tempFolder('kutip-options-', {'draft.txt': '"Kami siap," kata Budi.\n', 'sub/.kutiprc': '{"rules": {"quote-style": ["warn", {"preferred": "fancy"}]}}', 'sub/draft.txt': '"Kami siap," kata Budi.\n'})
  for (const [setting, line] of [
    ['quote-style=["error",{"preferred":42}]', /^kutip lint: --rule: Invalid options for rule `quote-style`: `preferred` must be one of "consistent", "smart", "straight" \(got 42\)\nRun `kutip lint --help` for usage\.\n$/u],
    ['quote-style=["error",{"prefered":"smart"}]', /^kutip lint: --rule: Invalid options for rule `quote-style`: unknown option `prefered`/u],
    ['non-neutral-cue=["info",{"allow":"mengklaim"}]', /^kutip lint: --rule: Invalid options for rule `non-neutral-cue`: `allow` must be an array \(got "mengklaim"\)\nRun `kutip lint --help` for usage\.\n$/u]
  ] as const) {
    const run = await runKutip(['lint', 'draft.txt', '--rule', setting], {cwd: dir})
    t.is(run.code, 2, setting)
    t.regex(run.stderr, line)
  }
  for (const args of [['sub/draft.txt'], ['sub']]) {
    const run = await runKutip(['lint', ...args], {cwd: dir})
    t.is(run.code, 2)
    t.regex(run.stderr, /^kutip lint: (sub\/)?draft\.txt: .*sub\/\.kutiprc: Invalid options for rule `quote-style`: `preferred` must be one of "consistent", "smart", "straight" \(got "fancy"\)\n$/u, args.join(' '))
  }
})
