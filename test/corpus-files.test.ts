/**
 * The project's own corpus (`corpus/*.txt` + `*.expected.json`): checks every
 * editor's reading against its article, so that a typo in a reading fails CI.
 *
 * This checks the data, not the engine: every quoted content, cue, mention,
 * role, affiliation, entity name and not-quote is an exact substring of the
 * article, sits where the reading says (cue and mention near their content,
 * quotes in article order), and every field has the documented shape
 * (see corpus/README.md).
 */
import test from 'ava'
import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus')

const quoteKinds = new Set(['direct', 'indirect', 'mixed'])
const entityTypes = new Set(['person', 'organization', 'outlet', 'anonymous', 'group'])
const creditRoles = new Set(['reporter', 'translator', 'editor', 'contributor'])
/** Opening and closing quote marks used by Indonesian outlets. */
const quoteMarks = new Set(['"', '“', '”', '‘', '’', '„', '«', '»', "'"])
/** How far (UTF-16 units) a cue or a speaker mention may sit from its content. */
const nearWindow = 320

type Json = unknown
type Record_ = {[key: string]: Json}

function isRecord(value: Json): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isNonEmptyString(value: Json): value is string {
  return typeof value === 'string' && value.trim() !== '' && value === value.trim()
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}|\p{N}/u.test(char)
}

/** Start offsets of `needle` in `haystack` where it stands as whole words. */
function wordOccurrences(haystack: string, needle: string, from = 0, to = haystack.length): number[] {
  const found: number[] = []
  let index = haystack.indexOf(needle, from)
  while (index !== -1 && index + needle.length <= to) {
    const before = haystack[index - 1]
    const after = haystack[index + needle.length]
    const wholeStart = !isLetter(needle[0]) || !isLetter(before)
    const wholeEnd = !isLetter(needle.at(-1)) || !isLetter(after)
    if (wholeStart && wholeEnd) found.push(index)
    index = haystack.indexOf(needle, index + 1)
  }
  return found
}

function unknownKeys(value: Record_, allowed: string[], where: string, problems: string[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) problems.push(`${where}: unknown field "${key}"`)
  }
}

/** A field that must be an exact (case-sensitive) substring of the article. */
function expectInText(text: string, value: Json, where: string, problems: string[]): void {
  if (!isNonEmptyString(value)) problems.push(`${where}: must be a non-empty, trimmed string`)
  else if (!text.includes(value)) problems.push(`${where}: "${value}" is not in the article`)
}

/** Document fields name things as the article writes them, in any letter case. */
function expectInTextAnyCase(text: string, value: Json, where: string, problems: string[]): void {
  if (!isNonEmptyString(value)) problems.push(`${where}: must be a non-empty, trimmed string`)
  else if (!text.toLowerCase().includes(value.toLowerCase())) problems.push(`${where}: "${value}" is not in the article`)
}

function expectNear(text: string, value: Json, start: number, end: number, where: string, problems: string[]): void {
  if (!isNonEmptyString(value)) {
    problems.push(`${where}: must be a non-empty, trimmed string`)
    return
  }
  const from = Math.max(0, start - nearWindow)
  const to = Math.min(text.length, end + nearWindow)
  if (wordOccurrences(text, value, from, to).length === 0) {
    problems.push(`${where}: "${value}" does not stand as a word within ${nearWindow} characters of its content`)
  }
}

function checkDocument(text: string, document: Json, problems: string[]): void {
  if (!isRecord(document)) {
    problems.push('document: missing or not an object')
    return
  }
  unknownKeys(document, ['publisher', 'dateline', 'sources', 'credits', 'copyright'], 'document', problems)
  for (const key of ['publisher', 'dateline', 'sources', 'credits', 'copyright']) {
    if (!(key in document)) problems.push(`document.${key}: missing (use null or [] when the article has none)`)
  }
  if (document.publisher !== null) expectInTextAnyCase(text, document.publisher, 'document.publisher', problems)
  const dateline = document.dateline
  if (dateline !== null && dateline !== undefined) {
    if (!isRecord(dateline)) problems.push('document.dateline: must be an object or null')
    else {
      unknownKeys(dateline, ['place', 'outlet'], 'document.dateline', problems)
      expectInTextAnyCase(text, dateline.place, 'document.dateline.place', problems)
      expectInTextAnyCase(text, dateline.outlet, 'document.dateline.outlet', problems)
      const head = text.slice(0, 400)
      if (isNonEmptyString(dateline.place) && !head.toLowerCase().includes(dateline.place.toLowerCase())) {
        problems.push(`document.dateline.place: "${dateline.place}" is not in the article's head`)
      }
    }
  }
  if (!Array.isArray(document.sources)) problems.push('document.sources: must be an array')
  else document.sources.forEach((source, i) => expectInTextAnyCase(text, source, `document.sources[${i}]`, problems))
  if (!Array.isArray(document.credits)) problems.push('document.credits: must be an array')
  else {
    document.credits.forEach((credit, i) => {
      if (!isRecord(credit)) {
        problems.push(`document.credits[${i}]: must be an object`)
        return
      }
      unknownKeys(credit, ['role', 'name'], `document.credits[${i}]`, problems)
      if (typeof credit.role !== 'string' || !creditRoles.has(credit.role)) {
        problems.push(`document.credits[${i}].role: "${String(credit.role)}" is not one of ${[...creditRoles].join(', ')}`)
      }
      expectInText(text, credit.name, `document.credits[${i}].name`, problems)
    })
  }
  const copyright = document.copyright
  if (copyright !== null && copyright !== undefined) {
    if (!isRecord(copyright)) problems.push('document.copyright: must be an object or null')
    else {
      unknownKeys(copyright, ['holder', 'year'], 'document.copyright', problems)
      expectInTextAnyCase(text, copyright.holder, 'document.copyright.holder', problems)
      if (typeof copyright.year !== 'number' || !text.includes(String(copyright.year))) {
        problems.push(`document.copyright.year: ${String(copyright.year)} is not a year written in the article`)
      }
    }
  }
}

/** A party to a statement: speaker, addressee or cited source. */
function checkParty(
  text: string,
  party: Json,
  fields: string[],
  entityNames: Set<string>,
  near: {start: number; end: number},
  where: string,
  problems: string[]
): void {
  if (!isRecord(party)) {
    problems.push(`${where}: must be an object`)
    return
  }
  unknownKeys(party, fields, where, problems)
  if (typeof party.type !== 'string' || !entityTypes.has(party.type)) {
    problems.push(`${where}.type: "${String(party.type)}" is not one of ${[...entityTypes].join(', ')}`)
  }
  if (party.type === 'anonymous') {
    if (party.name !== undefined) problems.push(`${where}.name: an anonymous party has no name, only a mention`)
    if (party.mention === undefined) problems.push(`${where}.mention: an anonymous party needs the words that describe it`)
  } else {
    expectInText(text, party.name, `${where}.name`, problems)
    if (party.type !== 'group' && isNonEmptyString(party.name) && !entityNames.has(party.name)) {
      problems.push(`${where}.name: "${party.name}" is not listed in entities`)
    }
  }
  if (party.mention !== undefined) expectNear(text, party.mention, near.start, near.end, `${where}.mention`, problems)
  if (party.cue !== undefined) expectNear(text, party.cue, near.start, near.end, `${where}.cue`, problems)
  for (const key of ['role', 'affiliation']) {
    if (party[key] !== undefined) expectInText(text, party[key], `${where}.${key}`, problems)
  }
  if (party.alsoAccepted !== undefined) {
    if (!Array.isArray(party.alsoAccepted)) problems.push(`${where}.alsoAccepted: must be an array`)
    else party.alsoAccepted.forEach((name, i) => expectInText(text, name, `${where}.alsoAccepted[${i}]`, problems))
  }
}

/** Direct and mixed content sits right inside quote marks (the closing comma or full stop left out). */
function checkQuoteMarks(text: string, content: string, start: number, kind: string, where: string, problems: string[]): void {
  const end = start + content.length
  const opened = quoteMarks.has(text[start - 1] ?? '')
  let after = end
  if (text[after] === ',' || text[after] === '.') after++
  const closed = quoteMarks.has(text[after] ?? '')
  // A quote continued in the next paragraph: no closing mark, the paragraph ends.
  const continued = after === text.length || text[after] === '\n'
  if (kind === 'indirect') {
    if (opened && closed) problems.push(`${where}: content is inside quote marks, so it is direct or mixed, not indirect`)
    return
  }
  if (!opened) problems.push(`${where}: a ${kind} quote's content must start right after an opening quote mark`)
  if (!closed && !continued) problems.push(`${where}: a ${kind} quote's content must end at its closing mark (the closing comma or full stop left out)`)
}

function checkQuotes(text: string, quotes: Json, entityNames: Set<string>, problems: string[]): void {
  if (!Array.isArray(quotes)) {
    problems.push('quotes: must be an array')
    return
  }
  let previousStart = 0
  quotes.forEach((quote, i) => {
    const where = `quotes[${i}]`
    if (!isRecord(quote)) {
      problems.push(`${where}: must be an object`)
      return
    }
    unknownKeys(quote, ['kind', 'content', 'cue', 'speaker', 'addressee', 'citing'], where, problems)
    if (typeof quote.kind !== 'string' || !quoteKinds.has(quote.kind)) {
      problems.push(`${where}.kind: "${String(quote.kind)}" is not one of direct, indirect, mixed`)
    }
    const content = quote.content
    if (!isNonEmptyString(content)) {
      problems.push(`${where}.content: must be a non-empty, trimmed string`)
      return
    }
    if (!text.includes(content)) {
      problems.push(`${where}.content: not in the article: "${content.slice(0, 60)}…"`)
      return
    }
    const start = text.indexOf(content, previousStart)
    if (start === -1) {
      problems.push(`${where}.content: out of article order: "${content.slice(0, 60)}…"`)
      return
    }
    previousStart = start
    const end = start + content.length
    if (/[,.;:]$/.test(content)) problems.push(`${where}.content: ends with punctuation; leave the closing comma or full stop out`)
    checkQuoteMarks(text, content, start, String(quote.kind), `${where}.content`, problems)
    if (quote.cue !== null) expectNear(text, quote.cue, start, end, `${where}.cue`, problems)
    const near = {start, end}
    if (quote.speaker === null) problems.push(`${where}.speaker: every statement in this corpus has a speaker`)
    else checkParty(text, quote.speaker, ['type', 'name', 'mention', 'role', 'affiliation', 'alsoAccepted'], entityNames, near, `${where}.speaker`, problems)
    if (quote.addressee !== undefined) checkParty(text, quote.addressee, ['type', 'name', 'mention', 'alsoAccepted'], entityNames, near, `${where}.addressee`, problems)
    if (quote.citing !== undefined) checkParty(text, quote.citing, ['type', 'name', 'mention', 'cue', 'affiliation', 'alsoAccepted'], entityNames, near, `${where}.citing`, problems)
  })
}

function checkNotQuotes(text: string, notQuotes: Json, quotes: Json, problems: string[]): void {
  if (!Array.isArray(notQuotes)) {
    problems.push('notQuotes: must be an array')
    return
  }
  const contents = new Set(Array.isArray(quotes) ? quotes.map((quote) => (isRecord(quote) ? quote.content : undefined)) : [])
  notQuotes.forEach((notQuote, i) => {
    const where = `notQuotes[${i}]`
    if (!isRecord(notQuote)) {
      problems.push(`${where}: must be an object`)
      return
    }
    unknownKeys(notQuote, ['text', 'why'], where, problems)
    expectInText(text, notQuote.text, `${where}.text`, problems)
    if (!isNonEmptyString(notQuote.why)) problems.push(`${where}.why: say why it is not a statement`)
    if (contents.has(notQuote.text)) problems.push(`${where}.text: also read as a quote's content`)
  })
}

function checkEntities(text: string, entities: Json, problems: string[]): Set<string> {
  const names = new Set<string>()
  if (!Array.isArray(entities)) {
    problems.push('entities: must be an array')
    return names
  }
  entities.forEach((entity, i) => {
    const where = `entities[${i}]`
    if (!isRecord(entity)) {
      problems.push(`${where}: must be an object`)
      return
    }
    unknownKeys(entity, ['type', 'name', 'aliases'], where, problems)
    if (typeof entity.type !== 'string' || !entityTypes.has(entity.type) || entity.type === 'anonymous') {
      problems.push(`${where}.type: "${String(entity.type)}" is not a named entity type`)
    }
    expectInText(text, entity.name, `${where}.name`, problems)
    if (typeof entity.name === 'string') {
      if (names.has(entity.name)) problems.push(`${where}.name: "${entity.name}" is listed twice`)
      names.add(entity.name)
    }
    if (entity.aliases !== undefined) {
      if (!Array.isArray(entity.aliases)) problems.push(`${where}.aliases: must be an array`)
      else entity.aliases.forEach((alias, j) => expectInText(text, alias, `${where}.aliases[${j}]`, problems))
    }
  })
  return names
}

/** Every problem found in one reading of one article; empty when the reading is sound. */
function checkReading(text: string, reading: Json): string[] {
  const problems: string[] = []
  if (!isRecord(reading)) return ['the reading is not a JSON object']
  unknownKeys(reading, ['about', 'document', 'quotes', 'notQuotes', 'entities'], 'reading', problems)
  checkDocument(text, reading.document, problems)
  const entityNames = checkEntities(text, reading.entities, problems)
  checkQuotes(text, reading.quotes, entityNames, problems)
  checkNotQuotes(text, reading.notQuotes, reading.quotes, problems)
  return problems
}

const files = readdirSync(corpusDir)
const articles = files.filter((name) => name.endsWith('.txt')).sort()
const readings = files.filter((name) => name.endsWith('.expected.json')).sort()

test('the corpus holds articles, each with its reading and each reading with its article', (t) => {
  t.true(articles.length >= 8, `expected at least 8 articles in corpus/, found ${articles.length}`)
  t.deepEqual(
    readings.map((name) => name.replace(/\.expected\.json$/, '.txt')),
    articles,
    'every corpus/<name>.txt needs corpus/<name>.expected.json and the other way round'
  )
})

for (const article of articles) {
  test(`corpus/${article}: the reading matches the article`, (t) => {
    const text = readFileSync(join(corpusDir, article), 'utf8')
    const readingPath = join(corpusDir, article.replace(/\.txt$/, '.expected.json'))
    let reading: Json
    try {
      reading = JSON.parse(readFileSync(readingPath, 'utf8'))
    } catch (error) {
      t.fail(`${readingPath}: ${(error as Error).message}`)
      return
    }
    t.deepEqual(checkReading(text, reading), [])
    t.true(isRecord(reading) && Array.isArray(reading.quotes) && reading.quotes.length >= 3, 'a corpus article carries at least 3 statements')
  })
}

// The checker itself: a sound reading passes, and each kind of typo is caught.
const sample = 'Jakarta (ANTARA) - "Kami siap," kata Budi Santoso. Budi mengatakan bahwa stok aman.\n\nEditor: Ani'
const soundReading = {
  document: {
    publisher: 'ANTARA',
    dateline: {place: 'Jakarta', outlet: 'ANTARA'},
    sources: [],
    credits: [{role: 'editor', name: 'Ani'}],
    copyright: null
  },
  quotes: [
    {kind: 'direct', content: 'Kami siap', cue: 'kata', speaker: {type: 'person', name: 'Budi Santoso'}},
    {kind: 'indirect', content: 'stok aman', cue: 'mengatakan', speaker: {type: 'person', name: 'Budi Santoso', mention: 'Budi'}}
  ],
  notQuotes: [],
  entities: [{type: 'person', name: 'Budi Santoso', aliases: ['Budi']}]
}

function withChange(change: (reading: typeof soundReading) => void): Json {
  const copy = structuredClone(soundReading)
  change(copy)
  return copy
}

test('checkReading accepts a sound reading', (t) => {
  t.deepEqual(checkReading(sample, soundReading), [])
})

test('checkReading catches typos and misplaced fields', (t) => {
  const cases: Array<[string, Json, RegExp]> = [
    ['content typo', withChange((r) => { r.quotes[0]!.content = 'Kami siapp' }), /quotes\[0\]\.content: not in the article/],
    ['closing comma kept', withChange((r) => { r.quotes[0]!.content = 'Kami siap,' }), /ends with punctuation/],
    ['direct without marks', withChange((r) => { r.quotes[1]!.kind = 'direct' }), /opening quote mark/],
    ['indirect inside marks', withChange((r) => { r.quotes[0]!.kind = 'indirect' }), /not indirect/],
    ['bad kind', withChange((r) => { r.quotes[0]!.kind = 'quote' }), /kind: "quote"/],
    ['cue not there', withChange((r) => { r.quotes[0]!.cue = 'ujar' }), /quotes\[0\]\.cue/],
    ['cue only inside a word', withChange((r) => { r.quotes[1]!.cue = 'menga' }), /does not stand as a word/],
    ['empty name', withChange((r) => { r.quotes[0]!.speaker.name = '' }), /speaker\.name: must be a non-empty/],
    ['speaker missing from entities', withChange((r) => { r.entities = [] }), /not listed in entities/],
    ['out of order', withChange((r) => { r.quotes.reverse() }), /out of article order/],
    ['unknown field', withChange((r) => { Object.assign(r.quotes[0]!, {speeker: 'x'}) }), /unknown field "speeker"/],
    ['document field missing', withChange((r) => { delete (r.document as Partial<typeof r.document>).sources }), /document\.sources: missing/],
    ['credit typo', withChange((r) => { r.document.credits[0]!.name = 'Anni' }), /credits\[0\]\.name/],
    ['copyright year absent', withChange((r) => { Object.assign(r.document, {copyright: {holder: 'ANTARA', year: 2023}}) }), /copyright\.year/],
    ['notQuote typo', withChange((r) => { Object.assign(r, {notQuotes: [{text: 'stok amann', why: 'x'}]}) }), /notQuotes\[0\]\.text/]
  ]
  for (const [label, reading, expected] of cases) {
    const problems = checkReading(sample, reading)
    t.true(problems.some((problem) => expected.test(problem)), `${label}: got ${JSON.stringify(problems)}`)
  }
})
