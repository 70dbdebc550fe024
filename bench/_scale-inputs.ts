/**
 * The generated inputs of bench/scale.ts (files starting with `_` are not
 * bench sections), written to a folder the caller removes:
 *
 *   writeLongDocument(file, megabytes)    // corpus/*.txt one after another, blank lines between, to that size
 *   writeConsistencySources(dir, count)   // `count` source files whose statements each recur in ~5 of them
 *
 * Nothing is random beyond a seeded generator: the same call writes the same bytes.
 */
import {closeSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync, writeSync} from 'node:fs'
import path from 'node:path'
import {random} from '../test/fixtures/adversarial/generate.ts'
import {repo} from './_measure.ts'

/** The project's own articles (corpus/*.txt), in name order. */
function ownArticles(): string[] {
  const dir = path.join(repo, 'corpus')
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(dir, name), 'utf8').trim() + '\n\n')
}

/**
 * One long document (a transcript, a year of a column) as kutip meets it: the project's articles one after another,
 * each a run of paragraphs, a blank line between them, until `megabytes` × 10⁶ UTF-8 bytes. Written piece by piece,
 * so a 100 MB document never is one string here. Returns its size in bytes.
 */
export function writeLongDocument(file: string, megabytes: number): number {
  const articles = ownArticles()
  const descriptor = openSync(file, 'w')
  let bytes = 0
  try {
    for (let index = 0; bytes < megabytes * 1e6; index++) {
      const article = articles[index % articles.length]!
      writeSync(descriptor, article)
      bytes += Buffer.byteLength(article)
    }
  } finally {
    closeSync(descriptor)
  }
  return bytes
}

/** Fictional speakers. */
const speakers = ['Budi Santoso', 'Sri Wahyuni', 'Agus Salim', 'Dewi Lestari', 'Joko Susilo', 'Rina Marlina', 'Hendra Gunawan', 'Maria Ulfa']

/** Documents that quote each statement, on average, at any count: the growth measured is the corpus's, not the repetition's. */
const documentsPerStatement = 5
const quotesPerDocument = 6
const sentencesPerDocument = 24

/**
 * `count` source files (`source-00001.txt`, …, about 3.5 KB each) for `kutip verify --consistency`: plain sentences
 * of the project's own vocabulary, and quoted statements, each credited to its speaker (`"…," kata Budi Santoso.`),
 * drawn from a pool of count × 6 / 5 statements so that each recurs in about five documents whatever the count; one
 * quote in twenty names another speaker (an inconsistency to find). Returns the total size in bytes.
 */
export function writeConsistencySources(dir: string, count: number): number {
  mkdirSync(dir, {recursive: true})
  const own = new Set(ownArticles().join(' ').toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length >= 3))
  const next = random(20261207)
  // Padded with made-up words of Indonesian syllables to the size of a news corpus's vocabulary (as bench/verify.ts):
  // with a few thousand words only, every three-word phrase would recur everywhere.
  const syllables = ['ba', 'ka', 'ta', 'ma', 'na', 'ra', 'sa', 'la', 'pa', 'ga', 'ke', 'me', 'ne', 'se', 'ti', 'ri', 'ni', 'ku', 'lu', 'ngan', 'kan', 'an', 'in', 'ar', 'dung', 'pat', 'rus']
  while (own.size < 40_000) {
    let made = ''
    for (let length = 2 + Math.floor(next() * 3); length > 0; length--) made += syllables[Math.floor(next() * syllables.length)]
    own.add(made)
  }
  const vocabulary = [...own].sort()
  // Ranks shuffled (not alphabetical), then low ranks far more often (Zipf-like), as in running text.
  for (let index = vocabulary.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1))
    ;[vocabulary[index], vocabulary[other]] = [vocabulary[other]!, vocabulary[index]!]
  }
  const word = (pick: () => number): string => vocabulary[Math.floor(vocabulary.length * pick() ** 3)]!
  const sentence = (pick: () => number, length: number): string => {
    const words = Array.from({length}, () => word(pick)).join(' ')
    return words[0]!.toUpperCase() + words.slice(1)
  }
  const statements = Math.ceil((count * quotesPerDocument) / documentsPerStatement)
  /** Statement `number`'s words: the same every time it is quoted. */
  const statement = (number: number): string => {
    const own = random(number + 1)
    return sentence(own, 10 + Math.floor(own() * 12)).toLowerCase()
  }
  let bytes = 0
  for (let document = 0; document < count; document++) {
    const paragraphs: string[] = []
    for (let index = 0; index < sentencesPerDocument; index++) paragraphs.push(sentence(next, 8 + Math.floor(next() * 14)) + '.')
    for (let index = 0; index < quotesPerDocument; index++) {
      const number = Math.floor(next() * statements)
      const speaker = next() < 0.05 ? speakers[Math.floor(next() * speakers.length)]! : speakers[number % speakers.length]!
      const words = statement(number)
      const quote = `"${words[0]!.toUpperCase() + words.slice(1)}," kata ${speaker}.`
      paragraphs.splice(1 + Math.floor(next() * paragraphs.length), 0, quote)
    }
    const text = paragraphs.join('\n\n') + '\n'
    writeFileSync(path.join(dir, `source-${String(document + 1).padStart(5, '0')}.txt`), text)
    bytes += Buffer.byteLength(text)
  }
  return bytes
}
