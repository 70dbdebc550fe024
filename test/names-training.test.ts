/**
 * Training the name reader (src/names): deterministic, and the tagger reads
 * tokens exactly as training did (a model learnt from a tiny fictional set
 * tags that set back).
 */
import test from 'ava'
import {readFileSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {needs} from './helpers/needs.ts'
import {tokenize} from '../src/extract/tokens.ts'
import {indonesianNames} from '../src/lang/id/name-reader.ts'
import type {NameKind} from '../src/names/labels.ts'
import {decodeModel, encodeModel} from '../src/names/model.ts'
import {seededRandom, shuffle} from '../src/names/perceptron.ts'
import {NameTagger} from '../src/names/tagger.ts'
import {tagsOfTokens, trainNameModel, type LabelledText, type TrainOptions} from '../src/names/train.ts'

interface Fixture {
  texts: Array<{text: string; names: Array<[NameKind, string]>}>
}

const fixture = JSON.parse(readFileSync(new URL('fixtures/names/tiny-training.json', import.meta.url), 'utf8')) as Fixture

/** The fixture's names as character spans (each written once in its sentence). */
const texts: LabelledText[] = fixture.texts.map(({text, names}) => ({
  text,
  names: names.map(([kind, name]) => {
    const start = text.indexOf(name)
    if (start < 0) throw new Error(`fixture: '${name}' is not in '${text}'`)
    return {kind, start, end: start + name.length}
  })
}))

const options = (): TrainOptions => ({epochs: 8, seed: 7, features: {lexicon: true, wordSets: false}, sets: new Map()})

test('training twice on the same data gives the same weights, byte for byte', (t) => {
  const first = encodeModel(trainNameModel(texts, indonesianNames, options()), {minWeight: 0})
  const second = encodeModel(trainNameModel(texts, indonesianNames, options()), {minWeight: 0})
  t.true(first.length > 100)
  t.is(first, second)
})

test('the seed decides the order of the sentences, and only the seed', (t) => {
  const order = (seed: number) => shuffle([...Array(20).keys()], seededRandom(seed)).join(',')
  t.is(order(7), order(7))
  t.not(order(7), order(8))
})

test('a model learnt from the tiny set tags its sentences back', (t) => {
  const model = decodeModel(encodeModel(trainNameModel(texts, indonesianNames, options()), {minWeight: 0}))
  const tagger = new NameTagger(indonesianNames, {load: () => model})
  let right = 0
  for (const {text, names} of texts) {
    const found = tagger.names(tokenize(text).slice()).map((span) => `${span.kind}:${text.slice(span.start, span.end)}`)
    const gold = names.map((name) => `${name.kind}:${text.slice(name.start, name.end)}`)
    if (found.join('|') === gold.join('|')) right++
  }
  t.true(right >= texts.length - 1, `${right} of ${texts.length} sentences tagged back`)
})

test('names become BIO tags on the engine\'s tokens, B- on the first token', (t) => {
  const text = 'Kata dr Sari Wulan SpPD-KEMD, pasien membaik.'
  const start = text.indexOf('Sari Wulan')
  const tokens = tokenize(text).slice()
  const tags = [...tagsOfTokens(tokens, [{kind: 'PER', start, end: start + 'Sari Wulan'.length}])]
  t.deepEqual(
    tokens.map((token, index) => `${token.text}/${tags[index]}`),
    ['Kata/0', 'dr/0', 'Sari/1', 'Wulan/2', 'SpPD-KEMD/0', ',/0', 'pasien/0', 'membaik/0', './0']
  )
})

test('a tagger refuses weights trained for other features', (t) => {
  const model = decodeModel(encodeModel(trainNameModel(texts.slice(0, 2), indonesianNames, options()), {minWeight: 0}))
  const tagger = new NameTagger(indonesianNames, {load: () => ({...model, features: 'names-features-0'})})
  t.throws(() => tagger.tags(tokenize('Budi datang.').slice()), {message: /trained for features 'names-features-0'/})
})

test('the held-out articles of corpus/ are never training data, and every one of them exists', async (t) => {
  const {ownCorpus} = await import('../scripts/names/data.ts')
  const {heldOutSets} = await import('../scripts/eval/held-out.ts')
  const sets = heldOutSets()
  t.true(sets.length >= 2)
  // Training texts are stretches of the articles: a text of at least a few words found in an article came from it.
  const trained = ownCorpus(indonesianNames).map((text) => text.text).filter((text) => text.split(' ').length >= 4)
  const learntFrom = (article: string): boolean => trained.some((text) => article.includes(text))
  t.true(learntFrom(readFileSync(new URL('../corpus/kompascom-bus-sekolah-bandung.txt', import.meta.url), 'utf8')), 'the dev articles are still learnt from')
  for (const id of sets.flatMap((set) => set.articles)) {
    t.false(learntFrom(readFileSync(new URL(`../corpus/${id}.txt`, import.meta.url), 'utf8')), id)
  }
})

needs(path.join(fileURLToPath(new URL('../../shared/ner', import.meta.url))))('the shipped weights are what `npm run train` gives on today\'s data and lexicons (train --check)', (t) => {
  // A lexicon or corpus change the name reader learns from must come with its retrained weights.
  const run = spawnSync(process.execPath, ['--import=tsx', 'scripts/train.ts', '--check'], {cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8'})
  t.is(run.status, 0, run.stdout.split('\n').slice(-3).join('\n') + run.stderr)
  t.regex(run.stdout, /name-model\.ts is up to date/u)
})
