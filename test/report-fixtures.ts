/**
 * Graphs for the report tests, built by hand (so the tests do not depend on
 * how far the engine has come) from a reading: which words are quoted, by
 * whom, with which cue. Spans are found in the text, so they always satisfy
 * `text === input.slice(start, end)`.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Entity, EntityType, Graph, Quote, QuoteKind, Span, Verification} from '../src/contract/graph.ts'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const sharedDir = path.resolve(repoRoot, '..', 'shared')

/** A span of `needle` in `text`, the occurrence nearest to `near` (default: the first). */
export function spanOf(text: string, needle: string, near = 0): Span {
  let best = -1
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (best === -1 || Math.abs(at - near) < Math.abs(best - near)) best = at
  }
  if (best === -1) throw new Error(`fixture: ${JSON.stringify(needle)} not in text`)
  return {start: best, end: best + needle.length, text: needle}
}

export interface ReadingEntity {
  name: string
  type: EntityType
  aliases?: string[]
  role?: string
  affiliation?: string
}

export interface ReadingQuote {
  kind: QuoteKind
  content: string
  cue?: string
  speaker?: string
  mention?: string
  addressee?: string
  citing?: string
  verification?: Verification
}

export interface Reading {
  entities: ReadingEntity[]
  quotes: ReadingQuote[]
  publisher?: string
  place?: string
  sources?: string[]
  credits?: {role: string; name: string}[]
  copyright?: {holder: string; year: number}
}

export function graphFromReading(text: string, reading: Reading): Graph {
  const ids = new Map<string, string>()
  const entities: Entity[] = []
  const entity = (name: string, type: EntityType = 'organization'): string => {
    let id = ids.get(name)
    if (!id) {
      id = 'e' + (entities.length + 1)
      ids.set(name, id)
      const read = reading.entities.find((candidate) => candidate.name === name)
      const mentions = [name, ...(read?.aliases ?? [])].filter((form) => text.includes(form)).map((form) => spanOf(text, form))
      entities.push({id, type: read?.type ?? type, name, aliases: read?.aliases ?? [], roles: [], mentions})
      if (read?.role) entities.at(-1)!.roles.push({title: read.role, affiliation: read.affiliation ? entity(read.affiliation) : null})
    }
    return id
  }
  for (const read of reading.entities) entity(read.name, read.type)
  const quotes: Quote[] = reading.quotes.map((read, index) => {
    const content = spanOf(text, read.content)
    return {
      id: 'q' + (index + 1),
      kind: read.kind,
      content,
      cue: read.cue ? spanOf(text, read.cue, content.end) : null,
      speaker: read.speaker ? entity(read.speaker, 'person') : null,
      speakerMention: read.mention ? spanOf(text, read.mention, content.end) : null,
      addressee: read.addressee ? entity(read.addressee, 'outlet') : null,
      citing: read.citing ? entity(read.citing, 'anonymous') : null,
      confidence: 0.9 - index * 0.01,
      rule: 'fixture',
      ...(read.verification ? {verification: read.verification} : {})
    }
  })
  const publisher = reading.publisher ? entity(reading.publisher, 'outlet') : null
  return {
    version: 1,
    lang: 'id',
    document: {
      publisher,
      dateline: reading.place && publisher ? {place: reading.place, outlet: publisher, span: spanOf(text, reading.place)} : null,
      sources: (reading.sources ?? []).map((name) => entity(name, 'outlet')),
      credits: (reading.credits ?? []).map((credit) => ({...credit, span: spanOf(text, credit.name)})),
      copyright: reading.copyright ?? null
    },
    entities,
    quotes,
    edges: quotes.filter((quote) => quote.speaker).map((quote) => ({type: 'said', from: quote.speaker!, to: quote.id, evidence: [quote.content]}))
  }
}

/** A short article of our own, written for these tests, with the editor's reading of it. */
export const ownArticle = {
  text:
    'Jakarta (Kabar Kutip) - Menteri Kesehatan Budi Santoso mengatakan vaksin tambahan akan tiba pekan depan. ' +
    '"Kami sudah menyiapkan 40 gudang pendingin di seluruh provinsi," kata Budi kepada Kantor Berita Nusa di Jakarta, Senin. ' +
    'Menurut seorang pejabat yang enggan disebut namanya, distribusi bisa tertunda. ' +
    'Juru bicara Ikatan Dokter Indonesia Rina Hapsari menyebut rencana itu "terlambat tiga bulan" dan meminta pemerintah terbuka. ' +
    '"Kami tidak menerima jadwal apa pun," ujarnya, mengutip surat dari dinas kesehatan. ' +
    'Sementara itu, "semua berjalan sesuai rencana," demikian bunyi pernyataan tertulis.\n\n' +
    'Sumber: Nusa-Antarpos\n\nPewarta: Dewi Lestari\nEditor: Agus Salim\n\nCOPYRIGHT © Kabar Kutip 2024',
  reading: {
    publisher: 'Kabar Kutip',
    place: 'Jakarta',
    sources: ['Nusa', 'Antarpos'],
    credits: [
      {role: 'reporter', name: 'Dewi Lestari'},
      {role: 'editor', name: 'Agus Salim'}
    ],
    copyright: {holder: 'Kabar Kutip', year: 2024},
    entities: [
      {name: 'Budi Santoso', type: 'person', aliases: ['Budi'], role: 'Menteri Kesehatan', affiliation: 'Kementerian Kesehatan'},
      {name: 'Rina Hapsari', type: 'person', role: 'Juru bicara', affiliation: 'Ikatan Dokter Indonesia'},
      {name: 'seorang pejabat yang enggan disebut namanya', type: 'anonymous'},
      {name: 'Kantor Berita Nusa', type: 'outlet', aliases: ['Nusa']},
      {name: 'surat dari dinas kesehatan', type: 'organization'}
    ],
    quotes: [
      {kind: 'indirect', content: 'vaksin tambahan akan tiba pekan depan', cue: 'mengatakan', speaker: 'Budi Santoso', mention: 'Budi Santoso'},
      {
        kind: 'direct',
        content: 'Kami sudah menyiapkan 40 gudang pendingin di seluruh provinsi,',
        cue: 'kata',
        speaker: 'Budi Santoso',
        mention: 'Budi',
        addressee: 'Kantor Berita Nusa',
        verification: {verdict: 'edited', source: {document: 'siaran-pers.txt', span: {start: 0, end: 10, text: 'Kami telah'}}, score: 0.86, diff: [{op: 'delete', text: 'Kami telah'}, {op: 'insert', text: 'Kami sudah'}, {op: 'equal', text: ' menyiapkan 40 gudang'}]}
      },
      {kind: 'indirect', content: 'distribusi bisa tertunda', cue: 'Menurut', speaker: 'seorang pejabat yang enggan disebut namanya', mention: 'seorang pejabat yang enggan disebut namanya'},
      {kind: 'mixed', content: 'terlambat tiga bulan', cue: 'menyebut', speaker: 'Rina Hapsari', mention: 'Rina Hapsari'},
      {kind: 'direct', content: 'Kami tidak menerima jadwal apa pun,', cue: 'ujarnya', speaker: 'Rina Hapsari', citing: 'surat dari dinas kesehatan'},
      {kind: 'direct', content: 'semua berjalan sesuai rencana,', cue: 'bunyi'}
    ]
  } satisfies Reading
}

export const seedPath = path.join(sharedDir, 'seed', 'antara-kim-rusia.txt')
export const corpusPath = path.join(sharedDir, 'corpus', 'pfsa-id-dev.jsonl')

interface ExpectedParty {
  type: EntityType
  name?: string
  mention?: string
  role?: string
  affiliation?: string
}

/**
 * The seed article's graph as the editor read it (`.expected.json`, read from
 * ../shared at test time, never copied here); null when ../shared is absent.
 */
export function seedReading(): {text: string; graph: Graph} | null {
  const expectedPath = seedPath.replace(/\.txt$/, '.expected.json')
  if (!existsSync(seedPath) || !existsSync(expectedPath)) return null
  const text = readFileSync(seedPath, 'utf8')
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as {
    document: {publisher: string; dateline: {place: string}; sources: string[]; credits: {role: string; name: string}[]; copyright: {holder: string; year: number}}
    entities: {type: EntityType; name: string; aliases?: string[]}[]
    quotes: {kind: QuoteKind; content: string; cue: string; speaker: ExpectedParty; addressee?: ExpectedParty; citing?: ExpectedParty}[]
  }
  const nameOf = (party: ExpectedParty): string => party.name ?? party.mention!
  const entities: ReadingEntity[] = expected.entities.map((entity) => ({name: entity.name, type: entity.type, aliases: entity.aliases ?? []}))
  for (const quote of expected.quotes) {
    for (const party of [quote.speaker, quote.addressee, quote.citing]) {
      if (party && !entities.some((entity) => entity.name === nameOf(party))) entities.push({name: nameOf(party), type: party.type})
      const known = party && entities.find((entity) => entity.name === nameOf(party))
      if (known && party.role && !known.role) Object.assign(known, {role: party.role, affiliation: party.affiliation})
    }
  }
  const reading: Reading = {
    publisher: expected.document.publisher,
    place: expected.document.dateline.place,
    sources: expected.document.sources,
    credits: expected.document.credits,
    copyright: expected.document.copyright,
    entities,
    quotes: expected.quotes.map((quote) => ({
      kind: quote.kind,
      content: quote.content,
      cue: quote.cue,
      speaker: nameOf(quote.speaker),
      mention: quote.speaker.mention && text.includes(quote.speaker.mention) ? quote.speaker.mention : undefined,
      addressee: quote.addressee ? nameOf(quote.addressee) : undefined,
      citing: quote.citing ? nameOf(quote.citing) : undefined
    }))
  }
  return {text, graph: graphFromReading(text, reading)}
}

interface CorpusQuote {
  content: Span
  cue: (Span & {label: string}) | null
  speakerMention: (Span & {label: string}) | null
  speaker: string | null
}

/**
 * The corpus articles with graphs built from their gold quotes (direct quotes
 * with cue, speaker mention and speaker), so report tests and the benchmark
 * have corpus-sized, realistic graphs whatever the engine finds today.
 * Null when ../shared/corpus is absent.
 */
export function corpusGoldInputs(): Array<{id: string; text: string; graph: Graph}> | null {
  if (!existsSync(corpusPath)) return null
  return readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const record = JSON.parse(line) as {id: string; text: string; quotes: CorpusQuote[]}
      const entities = new Map<string, Entity>()
      const quotes: Quote[] = record.quotes.map((gold, index) => {
        let speaker: string | null = null
        if (gold.speaker !== null) {
          let entity = entities.get(gold.speaker)
          if (!entity) {
            entity = {id: 'e' + (entities.size + 1), type: 'person', name: gold.speaker, aliases: [], roles: [], mentions: []}
            entities.set(gold.speaker, entity)
          }
          if (gold.speakerMention) entity.mentions.push(strip(gold.speakerMention))
          speaker = entity.id
        }
        return {
          id: 'q' + (index + 1),
          kind: 'direct',
          content: strip(gold.content),
          cue: gold.cue ? strip(gold.cue) : null,
          speaker,
          speakerMention: gold.speakerMention ? strip(gold.speakerMention) : null,
          addressee: null,
          citing: null,
          confidence: 1,
          rule: 'gold'
        }
      })
      const graph: Graph = {
        version: 1,
        lang: 'id',
        document: {publisher: null, dateline: null, sources: [], credits: [], copyright: null},
        entities: [...entities.values()],
        quotes,
        edges: []
      }
      return {id: record.id, text: record.text, graph}
    })
}

const strip = (span: Span): Span => ({start: span.start, end: span.end, text: span.text})
