import test from 'ava'
import {retext} from 'retext'
import retextKutip from '../src/plugin.ts'
import {extract} from '../src/pipeline.ts'

const text = 'Jakarta (ANTARA) - "Kami siap bekerja sama," kata Menteri Luar Negeri Retno Marsudi kepada wartawan.'

test('retextKutip puts the same graph as extract() on file.data.kutipGraph', async (t) => {
  const file = await retext().use(retextKutip).process(text)
  const graph = file.data.kutipGraph
  t.truthy(graph)
  t.deepEqual(graph, extract(text))
  const quote = graph!.quotes[0]!
  t.is(quote.kind, 'direct')
  t.is(quote.content.text, 'Kami siap bekerja sama')
  t.is(quote.cue?.text, 'kata')
  const speaker = graph!.entities.find((entity) => entity.id === quote.speaker)
  t.is(speaker?.name, 'Retno Marsudi')
})
