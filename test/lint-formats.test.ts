/**
 * One core, three entry points: the same findings in plain text, Markdown and
 * HTML, at the right line and column of the *file* (the prose retext sees is
 * not the raw file), and in-document control in each format.
 */
import test from 'ava'
import {VFile} from 'vfile'
import type {Graph} from '../src/contract/graph.ts'
import {formatOf, lint} from '../src/lint/core.ts'
import {graph, span} from './fixtures/lint/graph.ts'

const none: Graph = graph('', {})

function where(file: VFile): string[] {
  return file.messages.map((message) => {
    const end = message.place && 'end' in message.place ? message.place.end : undefined
    return `${message.line}:${message.column}-${end?.line}:${end?.column} ${message.ruleId}`
  })
}

test('formatOf picks the format by extension', (t) => {
  t.is(formatOf('draft.md'), 'markdown')
  t.is(formatOf('a/b/draft.MARKDOWN'), 'markdown')
  t.is(formatOf('draft.html'), 'html')
  t.is(formatOf('draft.htm'), 'html')
  t.is(formatOf('draft.txt'), 'text')
  t.is(formatOf(undefined), 'text')
})

test('Markdown: positions point into the file, past headings, emphasis and links', async (t) => {
  const value = '# Harga *beras* naik\n\nKata [Budi](https://x.id) **Santoso**, "Kami tidak tahu", kata Budi.\n'
  const file = await lint(new VFile({value, path: 'draft.md'}), {extract: () => none})
  t.deepEqual(where(file), ['3:56-3:58 quote-punctuation'])
  const message = file.messages[0]
  const place = message.place && 'start' in message.place ? message.place : undefined
  t.is(value.slice(place!.start.offset, place!.end.offset), '",')
})

test('HTML: positions point into the file; blocks are separate paragraphs', async (t) => {
  const value = '<article>\n  <h1>Harga naik</h1>\n  <p>Kata <b>Budi</b>, "Kami tidak tahu", kata Budi.</p>\n  <p>"Itu salah</p>\n</article>\n'
  const file = await lint(new VFile({value, path: 'draft.html'}), {extract: () => none})
  t.deepEqual(where(file), ['3:40-3:42 quote-punctuation', '4:6-4:7 unbalanced-quote'])
})

test('graph offsets map back to the file in Markdown (the graph reads the prose, not the markup)', async (t) => {
  const value = '# Judul\n\nHarga **beras** naik di [pasar](https://x.id).\n\n"Kami tidak tahu," lanjut dia.\n'
  let seen = ''
  const file = await lint(new VFile({value, path: 'draft.md'}), {
    extract(text) {
      seen = text
      // The prose the graph sees: the quote comes before any speaker there is not.
      return graph(text, {quotes: [{content: 'Kami tidak tahu', cue: 'lanjut', speaker: null, mention: 'dia'}]})
    }
  })
  t.false(seen.includes('**'))
  t.true(seen.includes('Harga beras naik di pasar.'))
  // Nobody named before: reported at `lanjut dia` in the file (line 5), not at its offset in the prose.
  const message = file.messages.find((m) => m.ruleId === 'ambiguous-speaker')
  t.truthy(message)
  t.is(`${message!.line}:${message!.column}`, '5:20')
  const place = message!.place && 'start' in message!.place ? message!.place : undefined
  t.is(value.slice(place!.start.offset, place!.end.offset), 'lanjut dia')
  t.truthy(span(seen, 'lanjut dia'))
})

test('Markdown control: disable / enable / ignore comments', async (t) => {
  const value = [
    '"Satu", kata Budi.',
    '',
    '<!-- kutip disable quote-punctuation -->',
    '',
    '"Dua", kata Budi.',
    '',
    '<!-- kutip enable quote-punctuation -->',
    '',
    '"Tiga", kata Budi.',
    '',
    '<!-- kutip ignore -->',
    '"Empat", kata Budi.',
    '',
    '"Lima", kata Budi.'
  ].join('\n')
  const file = await lint(new VFile({value, path: 'draft.md'}), {extract: () => none})
  t.deepEqual(file.messages.map((m) => m.line), [1, 9, 14])
})

test('HTML control: comments work the same way', async (t) => {
  const value = '<p>"Satu", kata Budi.</p>\n<!-- kutip disable -->\n<p>"Dua", kata Budi.</p>\n<!-- kutip enable -->\n<p>"Tiga", kata Budi.</p>'
  const file = await lint(new VFile({value, path: 'draft.html'}), {extract: () => none})
  t.deepEqual(file.messages.map((m) => m.line), [1, 5])
})

test('HTML control: a comment on its own line covers the next element, as in Markdown', async (t) => {
  const quote = '<p>"Kami tidak bisa menahan harga lebih lama lagi."</p>'
  for (const [value, lines] of [
    [`<p>Harga naik.</p>\n<!-- kutip ignore unattributed-quote -->\n${quote}\n${quote}`, [4]],
    [`<p>Harga naik.</p>\n  <!-- kutip ignore unattributed-quote -->\n\n  ${quote}\n${quote}`, [5]],
    [`<p>Harga naik.</p>\n<!-- kutip ignore unattributed-quote -->${quote}\n${quote}`, [3]],
    [`<div>\n<!-- kutip ignore -->\n${quote}\n</div>\n${quote}`, [5]],
    [`<p>Harga naik.</p>\n<!-- kutip ignore quote-style -->\n${quote}`, [3]]
  ] as const) {
    const file = await lint(new VFile({value, path: 'draft.html'}), {extract: () => none})
    t.deepEqual(
      file.messages.filter((message) => message.ruleId === 'unattributed-quote').map((message) => message.line),
      [...lines],
      value
    )
  }
})

test('plain-text control: kutip-disable / kutip-enable / kutip-ignore lines', async (t) => {
  const value = [
    '"Satu", kata Budi.',
    'kutip-disable quote-punctuation',
    '"Dua", kata Budi.',
    'kutip-enable quote-punctuation',
    '"Tiga", kata Budi.',
    'kutip-ignore',
    '"Empat", kata Budi.',
    '"Lima", kata Budi.'
  ].join('\n')
  const file = await lint(value, {extract: () => none})
  t.deepEqual(file.messages.map((m) => m.line), [1, 5, 8])
})

test('an unknown rule in a control comment is reported', async (t) => {
  const file = await lint(new VFile({value: '<!-- kutip disable no-such-rule -->\n\nTeks.', path: 'x.md'}), {extract: () => none})
  t.deepEqual(file.messages.map((m) => [m.source, m.ruleId]), [['unified-message-control', 'known']])
})

test('a crashing graph becomes one message, not a crash', async (t) => {
  const file = await lint('"Kami tidak tahu," lanjut dia.', {
    extract() {
      throw new Error('boom')
    }
  })
  t.true(file.messages.some((m) => m.ruleId === 'graph' && /boom/.test(m.reason)))
})

test('a graph retextKutip put on a plain-text file is reused, and the lint shares its own', async (t) => {
  const text = 'Budi Santoso hadir di pasar itu.\n"Kami tidak bisa menahan harga lebih lama lagi."'
  const given = graph(text, {
    entities: [{id: 'b', name: 'Budi Santoso', mentions: ['Budi Santoso']}],
    quotes: [{content: 'Kami tidak bisa menahan harga lebih lama lagi', cue: 'hadir', speaker: 'b'}]
  })
  const file = new VFile(text)
  file.data.kutipGraph = given
  await lint(file)
  t.deepEqual(file.messages.map((m) => m.ruleId), [])
  const fresh = await lint(text)
  t.deepEqual(fresh.messages.map((m) => m.ruleId), ['unattributed-quote'])
  t.is(fresh.data.kutipGraph?.version, 1)
})

test('the preset works in your own retext pipeline (full retext-latin tree)', async (t) => {
  const {retext} = await import('retext')
  const {kutipLint} = await import('../src/lint/preset.ts')
  const file = await retext()
    .use(kutipLint, {extract: () => none, rules: {'quote-style': 'off'}})
    .process('Harga naik.\n"Kami tidak tahu", kata Budi. Ia mengklaim bahwa "harga naik.')
  t.deepEqual(
    file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`).sort(),
    ['2:17 quote-punctuation', '2:34 non-neutral-cue', '2:50 unbalanced-quote']
  )
})
