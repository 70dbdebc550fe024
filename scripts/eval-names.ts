/**
 * `npm run eval:names`: how well the trained name reader (src/names) finds
 * names, next to today's rule reader (the person and organisation mentions of
 * extract()'s graph) on the same data.
 *
 * - span F1 per kind on the NER test files (idner-news-2k, NERGrit): exact
 *   kind and ends (conlleval);
 * - PERSON spans of the PFSA dev corpus (PERSON and PERSONCOREF that hold a
 *   name): PFSA marks only the speakers, so a reader's person span is scored
 *   only where it overlaps a gold one: recall = gold names found with the same
 *   name words (ranks, honorifics and titles aside, as the eval's scoring does),
 *   precision = overlapping spans that have them;
 * - the fictional boundary sentences of test/fixtures/names/boundary.json:
 *   how many each reader gets exactly right (every person, nothing more);
 * - speed: tokens a second, and the tagger's time as a share of extract()'s;
 * - `--ablations`: models trained without the lexicon features, without the
 *   synthetic sentences, without both, without the word sets (gazetteer).
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {extract} from '../src/pipeline.ts'
import {tokenize} from '../src/extract/tokens.ts'
import {indonesianNames} from '../src/lang/id/name-reader.ts'
import {decodeModel, encodeModel, type NameModel} from '../src/names/model.ts'
import {NameTagger} from '../src/names/tagger.ts'
import {nameReader, setNameReader} from '../src/phrase/tagged-names.ts'
import type {LabelledText} from '../src/names/train.ts'
import {RANKS_AND_HONORIFICS, labelTokens} from './eval/names.ts'
import {corpusFile, repoRoot} from './eval/paths.ts'
import {nerDataPresent, nerSets} from './names/data.ts'
import {shippedMinWeight, shippedRecipe, trainWithRecipe, type Recipe} from './names/recipe.ts'
import {SpanScore, type KindSpan} from './names/score.ts'

type Reader = (text: string) => KindSpan[]

const taggerOf = (tagger: NameTagger): Reader => (text) =>
  tagger.names(tokenize(text).slice()).map(({kind, start, end}) => ({kind, start, end}))

/** Today's rule reader: the spans of the graph's people (PER) and organisations and outlets (ORG); pronoun mentions left out. */
const ruleReader: Reader = (text) => {
  const spans: KindSpan[] = []
  const shipped = nameReader()
  setNameReader('rules')
  const graph = extract(text)
  setNameReader(shipped)
  for (const entity of graph.entities) {
    const kind = entity.type === 'person' ? 'PER' : entity.type === 'organization' || entity.type === 'outlet' ? 'ORG' : null
    if (!kind) continue
    for (const mention of entity.mentions) if (/^\P{Ll}/u.test(mention.text)) spans.push({kind, start: mention.start, end: mention.end})
  }
  return spans
}

const percent = (value: number): string => value.toFixed(1)

// --- NER test files ---------------------------------------------------------

function nerScore(texts: readonly LabelledText[], reader: Reader, kinds: readonly string[]): SpanScore {
  const score = new SpanScore()
  for (const {text, names} of texts) score.add(names, reader(text), kinds)
  return score
}

// --- PFSA person spans --------------------------------------------------------

/** Title words the judge leaves out at a name's start besides ranks and honorifics (`Presiden Jokowi` → Jokowi). */
const judgeTitles = new Set(['presiden', 'wakil', 'wapres', 'menteri', 'gubernur', 'bupati', 'wali', 'kota', 'ketua', 'politisi', 'dokter', 'kepala', 'direktur', 'mantan', 'sekjen', 'jubir'])

/** The words of a person span the judge compares: lower case, ranks, honorifics and leading titles left out. */
function judgedWords(text: string): string[] {
  const words = labelTokens(text)
  let first = 0
  while (first < words.length && (RANKS_AND_HONORIFICS.has(words[first]!) || judgeTitles.has(words[first]!))) first++
  return words.slice(first).filter((word) => !RANKS_AND_HONORIFICS.has(word))
}

interface PfsaArticle {
  text: string
  names: Array<{start: number; end: number; words: string}>
}

function pfsaArticles(): PfsaArticle[] {
  if (!existsSync(corpusFile)) return []
  return readFileSync(corpusFile, 'utf8').trim().split('\n').map((line) => {
    const article = JSON.parse(line) as {text: string; spans: Array<{label: string; start: number; end: number; text: string}>}
    const names = article.spans
      .filter((span) => span.label === 'PERSON' || span.label === 'PERSONCOREF')
      .map((span) => ({start: span.start, end: span.end, words: judgedWords(span.text)}))
      // A name: some word left, written with a capital (not `dia`, not `Presiden` alone).
      .filter((span) => span.words.length > 0 && /\p{Lu}/u.test(article.text.slice(span.start, span.end)))
      .map((span) => ({start: span.start, end: span.end, words: span.words.join(' ')}))
    return {text: article.text, names}
  })
}

function pfsaScore(articles: readonly PfsaArticle[], reader: Reader): {precision: number; recall: number; f1: number; gold: number; overlapping: number} {
  let gold = 0
  let found = 0
  let overlapping = 0
  let right = 0
  for (const article of articles) {
    if (article.names.length === 0) continue
    const spans = reader(article.text).filter((span) => span.kind === 'PER')
    const words = spans.map((span) => judgedWords(article.text.slice(span.start, span.end)).join(' '))
    for (const name of article.names) {
      gold++
      if (spans.some((span, index) => span.start < name.end && name.start < span.end && words[index] === name.words)) found++
    }
    spans.forEach((span, index) => {
      const touched = article.names.filter((name) => span.start < name.end && name.start < span.end)
      if (touched.length === 0) return
      overlapping++
      if (touched.some((name) => name.words === words[index])) right++
    })
  }
  const precision = overlapping === 0 ? 0 : (right / overlapping) * 100
  const recall = gold === 0 ? 0 : (found / gold) * 100
  return {precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), gold, overlapping}
}

// --- Boundary sentences -------------------------------------------------------

interface BoundaryCase {
  kind: string
  text: string
  persons: string[]
}

export function boundaryCases(): BoundaryCase[] {
  const file = path.join(repoRoot, 'test', 'fixtures', 'names', 'boundary.json')
  return (JSON.parse(readFileSync(file, 'utf8')) as {cases: BoundaryCase[]}).cases
}

/** Whether the reader finds exactly the case's people, every one with both ends right. */
function boundaryRight(reader: Reader, item: BoundaryCase): boolean {
  const found = reader(item.text).filter((span) => span.kind === 'PER').map((span) => item.text.slice(span.start, span.end))
  return found.length === item.persons.length && item.persons.every((name) => found.includes(name))
}

function boundaryScore(reader: Reader): {right: number; total: number; wrong: string[]} {
  const cases = boundaryCases()
  const wrong = cases.filter((item) => !boundaryRight(reader, item))
  return {right: cases.length - wrong.length, total: cases.length, wrong: wrong.map((item) => item.text)}
}

// --- Report -------------------------------------------------------------------

const idnerTest = nerSets.idnerTest
const nergritTest = nerSets.nergritTest

function accuracyRows(label: string, reader: Reader, articles: readonly PfsaArticle[], kinds: readonly string[]): string[] {
  const rows: string[] = []
  for (const [name, texts] of [['idner-news-2k test', idnerTest()], ['NERGrit test', nergritTest()]] as const) {
    const score = nerScore(texts, reader, kinds)
    const cells = [...kinds, '*'].map((kind) => (kind === '*' && kinds.length === 1 ? '' : percent(score.f1(kind).f1)))
    rows.push(`| ${label} | ${name} | ${cells.join(' | ')} |`)
  }
  return rows
}

async function main(): Promise<void> {
  if (!nerDataPresent()) {
    console.log('eval:names: ../shared/ner is missing; nothing measured')
    return
  }
  const args = process.argv.slice(2)
  const articles = pfsaArticles()
  const shipped = new NameTagger(indonesianNames)
  const loadStarted = performance.now()
  void shipped.weights
  const loadMs = performance.now() - loadStarted
  const tagger = taggerOf(shipped)

  console.log('## Span F1 on the NER test files (exact kind and ends)\n')
  console.log('| reader | test file | PER | ORG | LOC | all |')
  console.log('|---|---|---|---|---|---|')
  for (const row of accuracyRows('tagger', tagger, articles, ['PER', 'ORG', 'LOC'])) console.log(row)
  for (const [name, texts] of [['idner-news-2k test', idnerTest()], ['NERGrit test', nergritTest()]] as const) {
    const score = nerScore(texts, ruleReader, ['PER', 'ORG'])
    console.log(`| rules (graph entities) | ${name} | ${percent(score.f1('PER').f1)} | ${percent(score.f1('ORG').f1)} | – | – |`)
  }
  for (const [name, texts] of [['idner-news-2k test', idnerTest()], ['NERGrit test', nergritTest()]] as const) {
    const score = nerScore(texts, tagger, ['PER', 'ORG', 'LOC'])
    const detail = ['PER', 'ORG', 'LOC'].map((kind) => {
      const f = score.f1(kind)
      return `${kind} P ${percent(f.precision)} R ${percent(f.recall)} (${f.gold})`
    })
    console.log(`\n${name}, tagger: ${detail.join('; ')}`)
  }

  if (articles.length > 0) {
    console.log('\n## PFSA dev: person names (PERSON, PERSONCOREF), scored where a reader\'s span overlaps a gold one\n')
    console.log('| reader | precision | recall | F1 | gold names | overlapping spans |')
    console.log('|---|---|---|---|---|---|')
    for (const [name, reader] of [['tagger', tagger], ['rules (graph entities)', ruleReader]] as const) {
      const score = pfsaScore(articles, reader)
      console.log(`| ${name} | ${percent(score.precision)} | ${percent(score.recall)} | ${percent(score.f1)} | ${score.gold} | ${score.overlapping} |`)
    }
  } else console.log('\n(PFSA dev corpus absent: ../shared/corpus/pfsa-id-dev.jsonl)')

  console.log('\n## Boundary sentences (test/fixtures/names/boundary.json), exactly right\n')
  for (const [name, reader] of [['tagger', tagger], ['rules (graph entities)', ruleReader]] as const) {
    const score = boundaryScore(reader)
    console.log(`- ${name}: ${score.right} / ${score.total}`)
    if (args.includes('--verbose')) for (const text of score.wrong) console.log(`    wrong: ${text}`)
  }

  if (articles.length > 0) speed(articles, loadMs)
  if (args.includes('--ablations')) await ablations(articles)
}

/**
 * Speed, as `npm run bench` measures extract: article by article, the tagger
 * right after extract() on the same article (so a burst of load from
 * elsewhere hits both alike), the best of three rounds. The first round of a
 * fresh tagger is reported apart: it fills the word cache.
 */
function speed(articles: readonly PfsaArticle[], loadMs: number): void {
  const texts = articles.map((article) => article.text)
  const tokens = texts.map((text) => tokenize(text).slice())
  const count = tokens.reduce((sum, list) => sum + list.length, 0)
  const time = (run: () => void): number => {
    const started = performance.now()
    run()
    return performance.now() - started
  }
  for (const text of texts.slice(0, 20)) extract(text)
  const fresh = new NameTagger(indonesianNames)
  void fresh.weights
  let extractMs = Infinity
  let tagMs = Infinity
  let firstTagMs = 0
  for (let round = 0; round < 4; round++) {
    let extractRound = 0
    let tagRound = 0
    texts.forEach((text, index) => {
      extractRound += time(() => extract(text))
      tagRound += time(() => fresh.tags(tokens[index]!))
    })
    if (round === 0) firstTagMs = tagRound
    else tagMs = Math.min(tagMs, tagRound)
    extractMs = Math.min(extractMs, extractRound)
  }
  const rate = (ms: number): string => Math.round((count / ms) * 1000).toLocaleString('en')
  console.log('\n## Speed (PFSA dev, ' + texts.length + ' articles, ' + count + ' tokens; tokenizing not counted, the engine does it anyway)\n')
  console.log(`- weights decoded once: ${loadMs.toFixed(0)} ms`)
  console.log(`- extract(): ${extractMs.toFixed(0)} ms (${rate(extractMs)} tokens/s)`)
  console.log(`- tagger, first round (word cache filling): ${firstTagMs.toFixed(0)} ms (${rate(firstTagMs)} tokens/s), ${percent((firstTagMs / extractMs) * 100)}% of extract time`)
  console.log(`- tagger, best later round: ${tagMs.toFixed(0)} ms (${rate(tagMs)} tokens/s), ${percent((tagMs / extractMs) * 100)}% of extract time (target ≤ 20%)`)
  // The graph's own cost of the tagger: extract() with the shipped name reader and with the rules alone, article by
  // article in turn, the best of four rounds.
  const shipped = nameReader()
  let withMs = Infinity
  let withoutMs = Infinity
  for (let round = 0; round < 4; round++) {
    let withRound = 0
    let withoutRound = 0
    for (const text of texts) {
      setNameReader('rules')
      withoutRound += time(() => extract(text))
      setNameReader(shipped)
      withRound += time(() => extract(text))
    }
    withMs = Math.min(withMs, withRound)
    withoutMs = Math.min(withoutMs, withoutRound)
  }
  console.log(`- extract() with the name reader '${shipped}': ${withMs.toFixed(0)} ms; with 'rules' alone: ${withoutMs.toFixed(0)} ms; the tagger's share of extract time: ${percent(((withMs - withoutMs) / withMs) * 100)}% (target ≤ 20%)`)
}

async function ablations(articles: readonly PfsaArticle[]): Promise<void> {
  const variants: Array<[string, Recipe]> = [
    ['shipped (all data, all features)', shippedRecipe],
    ['without lexicon features', {...shippedRecipe, lexicon: false}],
    ['without synthetic sentences', {...shippedRecipe, synthetic: 0}],
    ['without lexicon and synthetic', {...shippedRecipe, lexicon: false, synthetic: 0}],
    ['without word sets (gazetteer, common words)', {...shippedRecipe, wordSets: false}]
  ]
  console.log('\n## Ablations (each model trained here with the shipped recipe but for the change)\n')
  console.log('| model | idner PER | idner all | NERGrit PER | NERGrit all | PFSA person F1 | boundary right |')
  console.log('|---|---|---|---|---|---|---|')
  for (const [name, recipe] of variants) {
    const model: NameModel = decodeModel(encodeModel(await trainWithRecipe(recipe), {minWeight: shippedMinWeight}))
    const reader = taggerOf(new NameTagger(indonesianNames, {load: () => model}))
    const idner = nerScore(idnerTest(), reader, ['PER', 'ORG', 'LOC'])
    const nergrit = nerScore(nergritTest(), reader, ['PER', 'ORG', 'LOC'])
    const pfsa = articles.length > 0 ? percent(pfsaScore(articles, reader).f1) : '–'
    const boundary = boundaryScore(reader)
    console.log(`| ${name} | ${percent(idner.f1('PER').f1)} | ${percent(idner.f1().f1)} | ${percent(nergrit.f1('PER').f1)} | ${percent(nergrit.f1().f1)} | ${pfsa} | ${boundary.right} / ${boundary.total} |`)
  }
}

await main()
