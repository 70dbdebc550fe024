import test from 'ava'
import {ParseLatin} from 'parse-latin'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {retext} from 'retext'
import retextLatin from 'retext-latin'
import {unified, type Processor} from 'unified'
import type {Root as NlcstRoot} from 'nlcst'
import {VFile} from 'vfile'
import type {Graph, Quote} from '../src/contract/graph.ts'
import {checkGraphIntegrity} from '../src/graph/schema.ts'
import retextKutip from '../src/plugin.ts'
import {extract} from '../src/pipeline.ts'

const text = 'Jakarta (ANTARA) - "Kami siap bekerja sama," kata Menteri Luar Negeri Retno Marsudi kepada wartawan.'

// A Markdown draft: markup inside the quote (bold, a link) and around it (a heading, a list item).
const markdown = `# Bus sekolah untuk Bandung

BANDUNG, KOMPAS.com - "Kalau mereka naik bus, jalan **jauh lebih lega**," kata Kepala Dinas Perhubungan Kota Bandung [Rudi Hermawan](https://example.com/rudi).

- Ia menambahkan, jadwal akan diumumkan pada Desember.
`

const html = `<!doctype html><html><head><title>Bus sekolah</title></head><body>
<p>BANDUNG, KOMPAS.com - "Kalau mereka naik bus, jalan <strong>jauh lebih lega</strong>," kata Kepala Dinas Perhubungan Kota Bandung <a href="https://example.com/rudi">Rudi Hermawan</a>.</p>
</body></html>
`

/**
 * A retext processor for remark-retext / rehype-retext's bridge mode. Their types accept only a
 * processor with no transformer (`Processor<NlcstRoot>`), which rejects retext-quotes just the same.
 */
const bridge = (processor: unknown) => processor as Processor<NlcstRoot>

function speakerOf(graph: Graph, quote: Quote | undefined): string | undefined {
  return graph.entities.find((entity) => entity.id === quote?.speaker)?.name
}

/** The Markdown draft's graph as `file.data` holds it, checked against the text it declares and against the file. */
function assertMarkdownReading(t: import('ava').ExecutionContext, file: VFile): void {
  const graph = file.data.kutipGraph!
  const input = file.data.kutipText!
  t.is(typeof input, 'string')
  t.deepEqual(checkGraphIntegrity(graph, input), [], 'every span is kutipText.slice(start, end)')
  t.false(input.includes('**'), 'the graph reads the prose, not the Markdown')
  t.false(input.includes('https://'), 'link targets are not prose')
  const quote = graph.quotes.find((candidate) => candidate.kind === 'direct')
  t.is(quote?.content.text, 'Kalau mereka naik bus, jalan jauh lebih lega')
  t.is(quote?.cue?.text, 'kata')
  t.is(speakerOf(graph, quote), 'Rudi Hermawan')
  const indirect = graph.quotes.find((candidate) => candidate.content.text.startsWith('jadwal'))
  t.is(speakerOf(graph, indirect), 'Rudi Hermawan', '“Ia menambahkan” in the list item goes to the same speaker')

  // kutipPosition: the span's place in the Markdown file.
  const source = String(file)
  const place = file.data.kutipPosition!(quote!.content)
  t.is(source.slice(place.start.offset!, place.end.offset!), 'Kalau mereka naik bus, jalan **jauh lebih lega', 'from the first character of the span to its last (markup closing after it is not in)')
  t.is(place.start.line, 3)
  t.is(place.start.column, source.split('\n')[2]!.indexOf('Kalau') + 1)
  const mention = file.data.kutipPosition!(quote!.speakerMention!)
  t.is(source.slice(mention.start.offset!, mention.end.offset!), 'Rudi Hermawan')
}

test('retextKutip puts the same graph as extract() on file.data.kutipGraph', async (t) => {
  const file = await retext().use(retextKutip).process(text)
  const graph = file.data.kutipGraph
  t.truthy(graph)
  t.deepEqual(graph, extract(text))
  t.is(file.data.kutipText, text, 'plain text: the graph reads the file itself')
  const quote = graph!.quotes[0]!
  t.is(quote.kind, 'direct')
  t.is(quote.content.text, 'Kami siap bekerja sama')
  t.is(quote.cue?.text, 'kata')
  t.is(speakerOf(graph!, quote), 'Retno Marsudi')
  const place = file.data.kutipPosition!(quote.content)
  t.deepEqual(place, {start: {line: 1, column: 21, offset: 20}, end: {line: 1, column: 43, offset: 42}})
})

test('retextKutip inside remark-retext reads the prose of a Markdown draft', async (t) => {
  const file = new VFile({path: 'draft.md', value: markdown})
  const processor = unified().use(remarkParse).use(remarkRetext, bridge(unified().use(retextLatin).use(retextKutip)))
  await processor.run(processor.parse(file), file)
  assertMarkdownReading(t, file)
})

test('retextKutip after remark-retext with a parser (mutate mode) reads the same prose', async (t) => {
  const file = new VFile({path: 'draft.md', value: markdown})
  const processor = unified().use(remarkParse).use(remarkRetext, new ParseLatin()).use(retextKutip)
  await processor.run(processor.parse(file), file)
  assertMarkdownReading(t, file)
})

test('retextKutip after a remark-retext bridge, on the Markdown tree itself, reads the same prose', async (t) => {
  const file = new VFile({path: 'draft.md', value: markdown})
  const processor = unified().use(remarkParse).use(remarkRetext, unified().use(retextLatin)).use(retextKutip)
  await processor.run(processor.parse(file), file)
  assertMarkdownReading(t, file)
  const bare = new VFile({path: 'draft.md', value: markdown})
  const withoutBridge = unified().use(remarkParse).use(retextKutip)
  await withoutBridge.run(withoutBridge.parse(bare), bare)
  t.deepEqual(bare.data.kutipGraph, file.data.kutipGraph, 'no bridge at all: the same reading')
  t.is(bare.data.kutipText, file.data.kutipText)
})

test('retextKutip reads the prose of an HTML draft (behind rehype-retext, or on the hast tree)', async (t) => {
  const readings: VFile[] = []
  for (const processor of [
    unified().use(rehypeParse).use(rehypeRetext, bridge(unified().use(retextLatin).use(retextKutip))),
    unified().use(rehypeParse).use(retextKutip)
  ]) {
    const file = new VFile({path: 'draft.html', value: html})
    await processor.run(processor.parse(file), file)
    readings.push(file)
    const graph = file.data.kutipGraph!
    t.deepEqual(checkGraphIntegrity(graph, file.data.kutipText!), [])
    t.false(file.data.kutipText!.includes('<strong>'))
    const quote = graph.quotes.find((candidate) => candidate.kind === 'direct')
    t.is(quote?.content.text, 'Kalau mereka naik bus, jalan jauh lebih lega')
    t.is(speakerOf(graph, quote), 'Rudi Hermawan')
    const place = file.data.kutipPosition!(quote!.content)
    t.is(html.slice(place.start.offset!, place.end.offset!), 'Kalau mereka naik bus, jalan <strong>jauh lebih lega')
  }
  t.deepEqual(readings[0]!.data.kutipGraph, readings[1]!.data.kutipGraph)
})

test('retextKutip on a tree without positions reads the file as plain text and says so', async (t) => {
  const file = new VFile(text)
  await unified()
    .use(retextKutip)
    .run({type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: text}]}]} as never, file)
  t.is(file.data.kutipText, text)
  t.deepEqual(file.data.kutipGraph, extract(text))
  t.is(file.messages[0]?.ruleId, 'prose')
  t.is(file.messages[0]?.source, 'kutip')
})
