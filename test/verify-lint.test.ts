/**
 * The verification lint rules (`misquote`, `misattributed`,
 * `unsupported-quote`) as retext plugins: silent without sources, messages in
 * the lint rules' shape with sources.
 */
import test from 'ava'
import retextLatin from 'retext-latin'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {kutipState} from '../src/lint/state.ts'
import misattributed from '../src/lint/rules/verify/misattributed.ts'
import misquote from '../src/lint/rules/verify/misquote.ts'
import unsupportedQuote from '../src/lint/rules/verify/unsupported-quote.ts'
import {SourceIndex} from '../src/verify/source-index.ts'
import {miniExtract} from './fixtures/verify/mini-extract.ts'

const sources = [
  {
    id: 'wire.txt',
    text: '"Kami sudah menyiapkan dua ratus bus tambahan untuk libur panjang," kata Gubernur Rahmat Hidayat. "Tarif tetap sama selama libur panjang akhir pekan ini," ujar Ketua Umum Dedi Kurniawan.'
  }
]
const index = new SourceIndex(sources, {extract: miniExtract})

const draft = [
  '"Kami sudah menyiapkan tiga ratus bus tambahan untuk libur panjang," kata Rahmat.',
  '"Tarif tetap sama selama libur panjang akhir pekan ini," kata Rahmat.',
  '"Semua bus akan digratiskan selama libur panjang ini," kata Rahmat.'
].join('\n')

async function run(settings: {sources?: unknown}): Promise<VFile> {
  const file = new VFile({path: 'draft.txt', value: draft})
  const processor = unified()
    .use(retextLatin)
    .use(kutipState, {extract: miniExtract})
    .use(misquote, settings as never)
    .use(misattributed, settings as never)
    .use(unsupportedQuote, settings as never)
  await processor.run(processor.parse(file), file)
  return file
}

test('without sources the rules say nothing', async (t) => {
  const file = await run({})
  t.deepEqual(file.messages, [])
})

test('misquote: at the quote’s words, with the source’s words as expected', async (t) => {
  const file = await run({sources: index})
  const message = file.messages.find((candidate) => candidate.ruleId === 'misquote')!
  t.truthy(message)
  t.is(message.source, 'kutip')
  t.is(message.url, 'https://github.com/kutip/kutip/blob/main/docs/rules/misquote.md')
  t.is(message.actual, 'Kami sudah menyiapkan tiga ratus bus tambahan untuk libur panjang')
  t.deepEqual(message.expected, ['Kami sudah menyiapkan dua ratus bus tambahan untuk libur panjang'])
  t.is(message.line, 1)
  t.is(message.column, 2)
  t.is(message.fatal, true)
  t.regex(message.reason, /Quote differs from `wire\.txt`: 1 word changed without marking/)
  t.regex(message.note!, /\[-dua-\] \{\+tiga\+\}/)
})

test('misattributed: at the speaker mention, naming the source’s speaker (no automatic fix)', async (t) => {
  const file = await run({sources: index})
  const message = file.messages.find((candidate) => candidate.ruleId === 'misattributed')!
  t.truthy(message)
  t.is(message.line, 2)
  t.is(message.actual, 'Rahmat')
  t.is(message.expected, undefined)
  t.regex(message.reason, /from `Dedi Kurniawan`/)
  t.is(message.url, 'https://github.com/kutip/kutip/blob/main/docs/rules/misattributed.md')
})

test('unsupported-quote: a warning with the overlap', async (t) => {
  const file = await run({sources: index})
  const message = file.messages.find((candidate) => candidate.ruleId === 'unsupported-quote')!
  t.truthy(message)
  t.is(message.line, 3)
  t.is(message.fatal, false)
  t.is(message.expected, undefined)
  t.is(message.actual, 'Semua bus akan digratiskan selama libur panjang ini')
})

test('sources given as documents work too, and the draft is verified once for all three rules', async (t) => {
  const file = await run({sources})
  t.deepEqual(
    file.messages.map((message) => message.ruleId).sort(),
    ['misattributed', 'misquote', 'unsupported-quote']
  )
  t.truthy(file.data.kutipVerification)
})

test('a rule can be switched off', async (t) => {
  const file = new VFile({path: 'draft.txt', value: draft})
  const processor = unified().use(retextLatin).use(kutipState, {extract: miniExtract}).use(misquote, ['off', {sources: index}] as never)
  await processor.run(processor.parse(file), file)
  t.deepEqual(file.messages, [])
})

test('withSources: the preset’s sources reach each verification rule’s setting', async (t) => {
  const {withSources, verificationRuleIds} = await import('../src/lint/rules/verify/with-sources.ts')
  t.deepEqual([...verificationRuleIds].sort(), ['misattributed', 'misquote', 'unsupported-quote'])
  t.deepEqual(withSources(undefined, sources), {sources})
  t.deepEqual(withSources('warn', sources), ['warn', {sources}])
  t.deepEqual(withSources(['error', {}], sources), ['error', {sources}])
  t.deepEqual(withSources(['error', {sources: []}], sources), ['error', {sources: []}])
  t.is(withSources('off', sources), 'off')
  t.is(withSources('warn', undefined), 'warn')
  const file = new VFile({path: 'draft.txt', value: draft})
  const processor = unified().use(retextLatin).use(kutipState, {extract: miniExtract}).use(misquote, withSources('warn', index) as never)
  await processor.run(processor.parse(file), file)
  t.is(file.messages.length, 1)
  t.is(file.messages[0].fatal, false)
})
