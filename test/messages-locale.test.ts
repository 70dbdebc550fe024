/**
 * Messages in Indonesian and English: the catalogs (one per folder of
 * src/lang), the choice of locale (--locale, the configuration's `locale`,
 * `lint(…, {locale})`, LC_ALL/LC_MESSAGES/LANG, else English), and what stays
 * the same whatever the locale (ruleId, source, url, actual, expected).
 */
import test from 'ava'
import {lint} from '../src/lint/core.ts'
import {kutipLint} from '../src/lint/preset.ts'
import {catalogs, environmentLocale, format, resolveLocale, t, type MessageKey} from '../src/lang/messages.ts'
import {getLanguage} from '../src/lang/index.ts'
import {tempFolder} from './helpers/temp-folder.ts'
import {plainEnvironment, runKutip, type CliRun} from './fixtures/cli/run-kutip.ts'
import retextLatin from 'retext-latin'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {kutipState} from '../src/lint/state.ts'
import {verificationRules} from '../src/lint/rules/verify/index.ts'
import {SourceIndex} from '../src/verify/source-index.ts'
import {miniExtract} from './fixtures/verify/mini-extract.ts'


// Fictional draft: an unattributed quote, a comma outside the mark, a loaded cue, an anonymous source.
const draft = [
  '"Semua gudang sudah kosong sejak Jumat."',
  '',
  '"Harga gabah naik lagi", kata Wiratmo Sasongko, Kepala Dinas Pertanian Kabupaten Ngawen.',
  '',
  'Wiratmo mengklaim stok pupuk cukup sampai Desember.',
  '',
  '"Kami belum menerima surat itu," kata sumber.'
].join('\n')

const placeholders = (template: string): string[] => [...template.matchAll(/\{([a-z][a-zA-Z]*)\}/gu)].map((match) => match[1]).sort()

test('every Indonesian message is written, not copied, and asks only for parameters the English one has', (t) => {
  const english = catalogs.en
  const indonesian = catalogs.id
  t.deepEqual(Object.keys(indonesian).sort(), Object.keys(english).sort())
  const sameAsEnglish = (Object.keys(english) as MessageKey[]).filter((key) => english[key] === indonesian[key])
  // Only the bare templates with no words of their own, and `dateline` (a newsroom word in both), read the same.
  t.deepEqual(sameAsEnglish, ['report.md.dateline', 'report.html.dateline', 'summary.dateline'])
  for (const key of Object.keys(english) as MessageKey[]) {
    const wanted = new Set(placeholders(english[key]))
    // The verification rules: English repeats the engine's own sentence (`detail`); Indonesian says it from the verdict's fields.
    if (key === 'misattributed') wanted.add('document').add('source')
    for (const name of placeholders(indonesian[key])) t.true(wanted.has(name), `${key}: {${name}}`)
  }
  t.is(getLanguage('id').messages, catalogs.id)
})

test('t fills parameters and leaves unknown ones as written', (t_) => {
  t_.is(t('unbalanced-quote.unclosed', {mark: '“'}, 'id'), 'Tanda kutip pembuka `“` tidak ditutup di paragrafnya')
  t_.is(t('unbalanced-quote.unclosed', {mark: '“'}, 'en'), 'Opening quote mark `“` is never closed in its paragraph')
  t_.is(format('{a} dan {b}', {a: '{b}'}), '{b} dan {b}')
})

test('the locale: asked, else LC_ALL, LC_MESSAGES, LANG in that order, else English', (t) => {
  t.is(resolveLocale('id', {LANG: 'en_US.UTF-8'}), 'id')
  t.is(resolveLocale('en', {LANG: 'id_ID.UTF-8'}), 'en')
  t.is(resolveLocale('id_ID', {}), 'id')
  t.is(resolveLocale(undefined, {LANG: 'id_ID.UTF-8'}), 'id')
  t.is(resolveLocale(undefined, {LANG: 'in_ID'}), 'id')
  t.is(resolveLocale(undefined, {LC_ALL: 'en_GB.UTF-8', LANG: 'id_ID.UTF-8'}), 'en')
  t.is(resolveLocale(undefined, {LC_MESSAGES: 'id_ID', LANG: 'en_US'}), 'id')
  t.is(resolveLocale(undefined, {LC_ALL: '', LANG: 'id'}), 'id')
  t.is(resolveLocale(undefined, {LANG: 'fr_FR.UTF-8'}), 'en')
  t.is(resolveLocale(undefined, {LANG: 'C.UTF-8'}), 'en')
  t.is(resolveLocale(undefined, {}), 'en')
  t.is(environmentLocale({LANG: 'ind'}), undefined)
})

test('lint({locale}): only the reason changes; ruleId, source, url, place, actual and expected stay', async (t) => {
  const english = await lint(draft, {locale: 'en'})
  const indonesian = await lint(draft, {locale: 'id'})
  const fields = (file: typeof english) => file.messages.map((m) => ({ruleId: m.ruleId, source: m.source, url: m.url, line: m.line, column: m.column, actual: m.actual, expected: m.expected, fatal: m.fatal}))
  t.deepEqual(fields(indonesian), fields(english))
  const rules = new Set(english.messages.map((m) => m.ruleId))
  for (const rule of ['unattributed-quote', 'quote-punctuation', 'non-neutral-cue', 'anonymous-source']) t.true(rules.has(rule), rule)
  const reason = (file: typeof english, rule: string) => file.messages.find((m) => m.ruleId === rule)!.reason
  t.is(reason(indonesian, 'unattributed-quote'), 'Kutipan tanpa narasumber: siapa yang mengatakan ini? Tambahkan kata pengantar dan nama (`"…," kata …`)')
  t.is(reason(english, 'unattributed-quote'), 'Quote has no speaker a reader could identify: add a cue and a name (`"…," kata …`)')
  t.regex(reason(indonesian, 'non-neutral-cue'), /^`mengklaim` mengesankan pernyataannya patut diragukan; kata pengantar netral seperti `mengatakan`/u)
  t.regex(reason(indonesian, 'quote-punctuation'), /^Koma diletakkan di dalam tanda kutip penutup: `", kata` → `," kata`$/u)
  t.regex(reason(indonesian, 'anonymous-source'), /^`sumber` adalah sumber anonim/u)
  for (const message of indonesian.messages) t.notRegex(message.reason, /\b(?:the|is|has|quote)\b/u, String(message.ruleId))
})

test.serial('lint() without a locale follows LANG; an unknown locale is an error naming the known ones', async (t) => {
  const saved = {LC_ALL: process.env.LC_ALL, LANG: process.env.LANG}
  try {
    delete process.env.LC_ALL
    process.env.LANG = 'id_ID.UTF-8'
    t.regex((await lint('"Gudang kosong."')).messages[0].reason, /^Kutipan tanpa narasumber/u)
    process.env.LANG = 'en_US.UTF-8'
    t.regex((await lint('"Gudang kosong."')).messages[0].reason, /^Quote has no speaker/u)
  } finally {
    for (const [key, value] of Object.entries(saved)) if (value === undefined) delete process.env[key]; else process.env[key] = value
  }
  t.throws(() => kutipLint({locale: 'fr'}), {message: 'Unknown locale `fr` (known: en, id)'})
})

function kutip(args: string[], cwd: string, env: Record<string, string>): Promise<CliRun> {
  return runKutip(['lint', ...args], {cwd, env: plainEnvironment(env)})
}

test('kutip lint: --locale, then the configuration, then LANG', async (t) => {
  const plain = tempFolder('kutip-locale-', {'a.txt': '"Gudang kosong."\n'})
  const configured = tempFolder('kutip-locale-', {'a.txt': '"Gudang kosong."\n', '.kutiprc': '{"locale": "id"}\n'})
  const inPackage = tempFolder('kutip-locale-', {'a.txt': '"Gudang kosong."\n', 'package.json': '{"name": "x", "kutip": {"locale": "id"}}\n'})
  const indonesian = /Kutipan tanpa narasumber: siapa yang mengatakan ini\?.*unattributed-quote/u
  const english = /Quote has no speaker a reader could identify.*unattributed-quote/u
  t.regex((await kutip(['--locale', 'id', 'a.txt'], plain, {})).stderr, indonesian)
  t.regex((await kutip(['--locale=en', 'a.txt'], plain, {LANG: 'id_ID.UTF-8'})).stderr, english)
  t.regex((await kutip(['a.txt'], plain, {LANG: 'id_ID.UTF-8'})).stderr, indonesian)
  t.regex((await kutip(['a.txt'], plain, {})).stderr, english)
  t.regex((await kutip(['a.txt'], configured, {LANG: 'en_US.UTF-8'})).stderr, indonesian)
  t.regex((await kutip(['a.txt'], inPackage, {})).stderr, indonesian)
  t.regex((await kutip(['--locale', 'en', 'a.txt'], configured, {})).stderr, english)
  const json = JSON.parse((await kutip(['--locale', 'id', '--report', 'json', 'a.txt'], plain, {})).stdout)
  t.is(json[0].messages[0].ruleId, 'unattributed-quote')
  t.regex(json[0].messages[0].reason, /^Kutipan tanpa narasumber/u)
  const bad = await kutip(['--locale', 'fr', 'a.txt'], plain, {})
  t.is(bad.code, 2)
  t.regex(bad.stderr, /^kutip: unknown locale 'fr' \(known: en, id\)$/mu)
  const badConfig = await kutip(['a.txt'], tempFolder('kutip-locale-', {'a.txt': '"Gudang kosong."\n', '.kutiprc': '{"locale": "jv"}\n'}), {})
  t.not(badConfig.code, 0)
  t.regex(badConfig.stderr, /Unknown locale `jv`/u)
})

test('the verification rules speak Indonesian too, with the same fields', async (t) => {
  const source = {
    id: 'rilis.txt',
    text: '"Kami menyiapkan dua ratus bus tambahan untuk libur panjang," kata Gubernur Rahmat Hidayat. "Tarif tetap sama selama libur panjang akhir pekan ini," ujar Ketua Umum Dedi Kurniawan.'
  }
  const index = new SourceIndex([source], {extract: miniExtract})
  const draftText = [
    '"Kami menyiapkan tiga ratus bus tambahan untuk libur panjang," kata Rahmat.',
    '"Tarif tetap sama selama libur panjang akhir pekan ini," kata Rahmat.',
    '"Semua bus akan digratiskan selama libur panjang ini," kata Rahmat.'
  ].join('\n')
  const run = async (locale: 'id' | 'en') => {
    const file = new VFile({path: 'draf.txt', value: draftText, data: {kutipLocale: locale}})
    let processor = unified().use(retextLatin).use(kutipState, {extract: miniExtract})
    for (const rule of verificationRules) processor = processor.use(rule, {sources: index} as never)
    await processor.run(processor.parse(file), file)
    return file.messages
  }
  const [english, indonesian] = [await run('en'), await run('id')]
  const fields = (messages: typeof english) => messages.map((m) => [m.ruleId, m.line, m.column, m.actual, m.expected, m.url, m.fatal])
  t.deepEqual(fields(indonesian), fields(english))
  const reason = (messages: typeof english, rule: string) => messages.find((m) => m.ruleId === rule)!
  t.is(reason(indonesian, 'misquote').reason, 'Kutipan berbeda dengan `rilis.txt` tanpa penanda: 1 kata diubah (… untuk bagian yang dihilangkan, kurung siku untuk sisipan)')
  t.regex(reason(indonesian, 'misquote').note!, /^Beda kata \(sumber → kutipan\): .*\[-dua-\] \{\+tiga\+\}/u)
  t.is(reason(indonesian, 'misattributed').reason, 'Kata-kata ini di `rilis.txt` diucapkan oleh Dedi Kurniawan, bukan oleh narasumber yang disebut di naskah')
  t.regex(reason(indonesian, 'misattributed').note!, /^Sumber: rilis\.txt \d+–\d+: “Tarif tetap sama/u)
  t.is(reason(indonesian, 'unsupported-quote').reason, 'Kutipan ini tidak ditemukan di sumber mana pun')
  t.is(reason(english, 'misquote').reason, 'Quote differs from `rilis.txt`: 1 word changed without marking')
})
