/**
 * Huge message counts and huge articles give their output, not a stack
 * trace: the stylish reporter on 30k messages with their notes and URLs, or
 * 200k without (vfile-reporter alone throws `RangeError: Maximum call stack
 * size exceeded`), a rule over an entity with
 * 200k mentions, and `report -f jsonld` on an article of 60k quotes (it spread
 * the article's nodes into one push()).
 */
import test from 'ava'
import {VFile} from 'vfile'
import reporter from 'vfile-reporter'
import {lint} from '../src/lint/core.ts'
import {stylishReporter} from '../src/lint/reporters/index.ts'
import {stylishInPieces} from '../src/lint/reporters/stylish.ts'
import {report} from '../src/index.ts'
import type {Graph} from '../src/contract/graph.ts'
import {graph} from './fixtures/lint/graph.ts'

/** A file with `count` messages, three to a line, warnings and errors, with a URL, and a note every `noteEvery`. */
function fileWith(count: number, path?: string, noteEvery = 7): VFile {
  const file = new VFile({path, value: ''})
  for (let index = 0; index < count; index++) {
    const line = 1 + Math.floor(index / 3)
    const error = index % 5 === 0
    const message = file.message(error ? 'Opening quote mark is never closed' : 'Unexpected straight quote', {
      place: {start: {line, column: 1 + (index % 3)}, end: {line, column: 2 + (index % 3)}},
      ruleId: error ? 'unbalanced-quote' : 'quote-style',
      source: 'kutip'
    })
    message.fatal = error
    message.url = 'https://example.com/' + message.ruleId
    if (index % noteEvery === 0) message.note = 'Catatan.'
  }
  return file
}

test('stylish in pieces: the same report as vfile-reporter in one go (the columns line up, the totals count all)', (t) => {
  for (const options of [{}, {verbose: true}, {silent: true}, {quiet: true}]) {
    const files = [fileWith(251, 'b.txt'), fileWith(3, 'a.txt'), fileWith(120), fileWith(0, 'c.txt')]
    const expected = reporter(files, {...options, color: false, defaultName: '<stdin>'}) + '\n'
    t.is(stylishInPieces(files, {...options, color: false}, 50), expected, JSON.stringify(options))
  }
})

test('stylish: 30k messages with --verbose give the report, where vfile-reporter alone overflows the stack', (t) => {
  t.timeout(240_000)
  // Five lines each with --verbose (the message, its URL, its note): 150k rows for vfile-reporter to spread.
  const file = fileWith(30_000, 'many.txt', 1)
  t.throws(() => reporter([file], {color: false, verbose: true}), {instanceOf: RangeError})
  const out = stylishReporter([file], {color: false, verbose: true})
  const lines = out.trimEnd().split('\n')
  t.is(lines[0], 'many.txt')
  t.is(lines.filter((line) => /^\d+:\d+-\d+:\d+ /u.test(line)).length, 30_000)
  t.is(lines.at(-1), '30000 messages (✖ 6000 errors, ⚠ 24000 warnings)')
})

test('lint: a person with 200k mentions does not overflow a rule (ambiguous-speaker took their first mention with Math.min(...))', async (t) => {
  const text = '"Ya," kata Budi, "tidak," kata Andi. "Kami siap," lanjut dia.'
  const two = graph(text, {
    entities: [
      {id: 'e1', name: 'Budi', mentions: ['Budi']},
      {id: 'e2', name: 'Andi', mentions: ['Andi']}
    ],
    quotes: [
      {content: 'Ya,', cue: 'kata', speaker: 'e1', mention: 'Budi'},
      {content: 'tidak,', cue: 'kata#2', speaker: 'e2', mention: 'Andi'}
    ]
  })
  // The graph of a long text: Budi named 200k times (here all at his one mention).
  const budi = two.entities[0]
  const many = {...two, entities: [{...budi, mentions: Array.from({length: 200_000}, () => budi.mentions[0])}, two.entities[1]]}
  const file = await lint(text, {extract: () => many})
  t.deepEqual(
    file.messages.filter((message) => message.ruleId === 'ambiguous-speaker').map((message) => message.reason),
    ['`lanjut dia` could be Budi or Andi: name the speaker']
  )
})

test('report -f jsonld: an article of 60k quotes gives its graph', async (t) => {
  t.timeout(120_000)
  const pieces: string[] = []
  const quotes = []
  let at = 0
  for (let index = 0; index < 60_000; index++) {
    const sentence = `"Kami siap ${index}," kata Budi. `
    const comma = sentence.indexOf(',')
    const kata = sentence.indexOf('kata')
    const budi = sentence.indexOf('Budi')
    quotes.push({
      id: 'q' + index,
      kind: 'direct',
      content: {start: at + 1, end: at + comma + 1, text: sentence.slice(1, comma + 1)},
      cue: {start: at + kata, end: at + kata + 4, text: 'kata'},
      speaker: 'e1',
      speakerMention: {start: at + budi, end: at + budi + 4, text: 'Budi'},
      addressee: null,
      citing: null,
      confidence: 1,
      rule: 'test'
    })
    pieces.push(sentence)
    at += sentence.length
  }
  const text = pieces.join('')
  const entities = [{id: 'e1', type: 'person', name: 'Budi', aliases: [], roles: [], mentions: quotes.map((quote) => quote.speakerMention)}]
  const big = {...graph(text, {}), entities, quotes} as unknown as Graph
  const output = await report([{id: 'big', text, graph: big}], {format: 'jsonld'})
  const parsed = JSON.parse(output) as {'@graph': Array<{type?: unknown}>}
  t.is(parsed['@graph'].filter((node) => node.type === 'Quotation').length, 60_000)
})
