/**
 * The name reader's data: the NER sets and the gazetteer in ../shared/ner,
 * our own corpus/, read into labelled texts (src/names/train.ts) — and the
 * word sets the model carries.
 *
 * Licences (../shared/ner/README.md): idner-news-2k MIT, NERGrit Apache-2.0,
 * the MDEE gazetteer free to use with citation (names from DBpedia, CC BY-SA);
 * our corpus/ is ours. ../shared/corpus (PFSA, Detik) is never read here.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {tokenize} from '../../src/extract/tokens.ts'
import {familyNames, givenNames, townNames} from '../../src/lang/id/common-names.ts'
import {towns} from '../../src/lang/id/name-lexicons.ts'
import type {NameReaderKnowledge} from '../../src/lang/name-reader.ts'
import {opensSentence} from '../../src/names/features.ts'
import {hash32} from '../../src/names/hash.ts'
import type {NameKind} from '../../src/names/labels.ts'
import {sentenceRanges} from '../../src/names/segments.ts'
import type {LabelledName, LabelledText} from '../../src/names/train.ts'
import {ownCorpusDir, sharedDir} from '../eval/paths.ts'
import {heldOutSets} from '../eval/held-out.ts'

export const nerDir = path.join(sharedDir, 'ner')

const kinds: Record<string, NameKind> = {PER: 'PER', PERSON: 'PER', ORG: 'ORG', ORGANISATION: 'ORG', LOC: 'LOC', PLACE: 'LOC'}

/**
 * A CoNLL-style file (one token a line, the tag in the last column, a blank
 * line between sentences) as texts: the tokens joined by single spaces, the
 * names as character spans.
 */
export function readConll(file: string): LabelledText[] {
  const texts: LabelledText[] = []
  let words: string[] = []
  let tags: string[] = []
  const flush = (): void => {
    if (words.length === 0) return
    let text = ''
    const names: LabelledName[] = []
    let open: LabelledName | null = null
    words.forEach((word, index) => {
      const start = text.length === 0 ? 0 : text.length + 1
      text = text.length === 0 ? word : text + ' ' + word
      const tag = tags[index]!
      const kind = kinds[tag.slice(2)]
      const inside = tag.startsWith('I-') && open && open.kind === kind
      if (inside) {
        open!.end = text.length
        return
      }
      if (open) names.push(open)
      open = kind && (tag.startsWith('B-') || tag.startsWith('I-')) ? {kind, start, end: text.length} : null
    })
    if (open) names.push(open)
    texts.push({text, names})
    words = []
    tags = []
  }
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/u, '')
    if (line.trim() === '') {
      flush()
      continue
    }
    const columns = line.includes('\t') ? line.split('\t') : line.split(' ')
    words.push(columns[0]!)
    tags.push(columns[columns.length - 1]!)
  }
  flush()
  return texts
}

/** Gazetteer lines that are clean names: letters (ASCII, Latin-1 accents), dots, hyphens and apostrophes; 1–5 words. */
export function readGazetteer(file: string): string[] {
  const names: string[] = []
  for (const raw of readFileSync(file, 'latin1').split('\n')) {
    const line = raw.replace(/\r$/u, '').trim()
    if (line === '' || line.length > 60) continue
    const words = line.split(/\s+/u)
    if (words.length > 5) continue
    if (!words.every((word) => /^[A-ZÀ-Þ][A-Za-zÀ-ÿ'.-]*$/u.test(word))) continue
    names.push(line)
  }
  return names
}

/**
 * Common Indonesian given and family names and towns, written by us
 * (src/lang/id/common-names.ts), with the regencies and towns of
 * src/lang/id/name-lexicons.ts: the everyday names the gazetteer of famous
 * people lacks (`Deni`, `Irvan`). Each list sorted and without repeats.
 */
export function ownNames(): {given: string[]; family: string[]; cities: string[]} {
  const sorted = (words: Iterable<string>): string[] => [...new Set(words)].sort()
  const capitalised = (word: string): string => word.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase())
  return {given: sorted(givenNames), family: sorted(familyNames), cities: sorted([...townNames, ...[...towns].map(capitalised)])}
}

export const gazetteer = {
  persons: (): string[] => readGazetteer(path.join(nerDir, 'mdee-gazetteer', 'person.txt')),
  organizations: (): string[] => readGazetteer(path.join(nerDir, 'mdee-gazetteer', 'organization.txt'))
}

export const nerSets = {
  idnerTrain: (): LabelledText[] => readConll(path.join(nerDir, 'idner-news-2k', 'train.txt')),
  idnerDev: (): LabelledText[] => readConll(path.join(nerDir, 'idner-news-2k', 'dev.txt')),
  idnerTest: (): LabelledText[] => readConll(path.join(nerDir, 'idner-news-2k', 'test.txt')),
  nergritTrain: (): LabelledText[] => readConll(path.join(nerDir, 'nergrit', 'train.txt')),
  nergritValid: (): LabelledText[] => readConll(path.join(nerDir, 'nergrit', 'valid.txt')),
  nergritTest: (): LabelledText[] => readConll(path.join(nerDir, 'nergrit', 'test.txt'))
}

export function nerDataPresent(): boolean {
  return existsSync(path.join(nerDir, 'idner-news-2k', 'train.txt')) && existsSync(path.join(nerDir, 'nergrit', 'train.txt'))
}

interface ExpectedEntity {
  type: string
  name: string
  aliases?: string[]
}

/** Word classes a capitalised word may have and still be no name's: titles, cues, calendar words, openers. */
const safeClasses = new Set(['rank', 'honorific', 'role', 'role-word', 'company-title', 'calendar', 'opener', 'adverb', 'function', 'pronoun', 'cue-inverted', 'cue-anaphoric', 'cue-clausal', 'according', 'subordinator'])

/**
 * Our corpus/ articles, labelled from their readings (`*.expected.json`): every
 * occurrence of a person's or organisation's name or alias. Only the
 * sentences whose every other capitalised word is a title, cue or calendar
 * word (or, opening the sentence, a word the article also writes in lower case) are kept, so no unlabelled name is taught as `O`.
 */
export function ownCorpus(knowledge: NameReaderKnowledge): LabelledText[] {
  const texts: LabelledText[] = []
  // Held-out articles (corpus/held-out.json) measure generalisation: the name reader never learns from them.
  const heldOut = new Set(heldOutSets().flatMap((set) => set.articles))
  const files = readdirSync(ownCorpusDir).filter((name) => name.endsWith('.expected.json') && !heldOut.has(name.slice(0, -'.expected.json'.length)))
  for (const file of files.sort()) {
    const text = readFileSync(path.join(ownCorpusDir, file.replace(/\.expected\.json$/u, '.txt')), 'utf8')
    const reading = JSON.parse(readFileSync(path.join(ownCorpusDir, file), 'utf8')) as {entities?: ExpectedEntity[]}
    const forms: Array<{form: string; kind: NameKind}> = []
    for (const entity of reading.entities ?? []) {
      const kind: NameKind | null = entity.type === 'person' ? 'PER' : entity.type === 'organization' ? 'ORG' : null
      if (!kind) continue
      for (const form of [entity.name, ...(entity.aliases ?? [])]) forms.push({form, kind})
    }
    forms.sort((a, b) => b.form.length - a.form.length)
    const tokens = tokenize(text).slice()
    const lowerWords = new Set(tokens.filter((token) => token.word && !token.capitalized).map((token) => token.lower))
    const names: LabelledName[] = []
    const taken = new Uint8Array(text.length)
    for (const {form, kind} of forms) {
      let at = text.indexOf(form)
      while (at >= 0) {
        const end = at + form.length
        const wordEdges = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[end] ?? ' ')
        if (wordEdges && !taken.subarray(at, end).some((value) => value === 1)) {
          names.push({kind, start: at, end})
          taken.fill(1, at, end)
        }
        at = text.indexOf(form, end)
      }
    }
    // One labelled text per sentence (as the tagger cuts them) whose unlabelled capitals are all safe.
    for (const [first, end] of sentenceRanges(tokens, knowledge.abbreviations)) {
      const span = tokens.slice(first, end)
      const clean = span.every((word, position) => {
        if (!word.word || !word.capitalized || taken[word.start] === 1) return true
        // A sentence's first word may be a common word written with a capital (`Awalnya`).
        if (opensSentence(span, position, 0) && lowerWords.has(word.lower)) return true
        return (knowledge.wordClasses.get(word.lower) ?? []).some((wordClass) => safeClasses.has(wordClass))
      })
      if (!clean) continue
      const start = span[0]!.start
      const stop = span[span.length - 1]!.end
      texts.push({
        text: text.slice(start, stop),
        names: names.filter((name) => name.start >= start && name.end <= stop).map((name) => ({...name, start: name.start - start, end: name.end - start}))
      })
    }
  }
  return texts
}

/**
 * The word sets the model carries: the words of the gazetteer's person and
 * organisation names, common Indonesian given and family names (ours: src/lang/id/common-names.ts), and the words the training texts write in lower case
 * (common words: `Awalnya` opening a sentence is one), as hash32 keys.
 */
export function wordSets(persons: readonly string[], organizations: readonly string[], texts: readonly LabelledText[], commonNames: readonly string[]): Map<string, Set<number>> {
  const wordsOf = (names: readonly string[]): Set<number> => {
    const set = new Set<number>()
    for (const name of names) for (const token of tokenize(name)) if (token.word && token.text.length > 1) set.add(hash32(token.lower))
    return set
  }
  const lowerCounts = new Map<string, number>()
  for (const {text} of texts) {
    for (const token of tokenize(text)) {
      if (token.word && !token.capitalized && /\p{L}/u.test(token.text)) lowerCounts.set(token.lower, (lowerCounts.get(token.lower) ?? 0) + 1)
    }
  }
  const common = new Set<number>()
  for (const [word, count] of [...lowerCounts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (count >= 2) common.add(hash32(word))
  return new Map([
    ['gaz-person', wordsOf(persons)],
    ['gaz-org', wordsOf(organizations)],
    ['common', common],
    ['names-id', wordsOf(commonNames)]
  ])
}
