/**
 * Report speed over the 408-article corpus (../shared/corpus): building the
 * model and rendering each format, from graphs built from the gold quotes (so
 * the figure does not move with the engine), and the whole `report(texts)`
 * path with the real engine. Baseline: JSON.stringify of the same graphs and
 * texts, measured in the same process.
 */
import type {BenchRow} from '../scripts/bench.ts'
import {buildReport, renderReport, report, type ReportFormat} from '../src/index.ts'
import {extract} from '../src/pipeline.ts'
import {corpusGoldInputs} from '../test/report-fixtures.ts'

async function time(run: () => unknown | Promise<unknown>): Promise<number> {
  const started = performance.now()
  await run()
  return performance.now() - started
}

export default async function bench(): Promise<BenchRow[]> {
  const inputs = corpusGoldInputs()
  if (!inputs) return [{name: 'report: ../shared/corpus absent, skipped', value: '-'}]
  const quotes = inputs.reduce((sum, input) => sum + input.graph.quotes.length, 0)
  await renderReport(buildReport(inputs.slice(0, 5)), {format: 'html'}) // warm up Graphviz (WASM compile) and the JIT
  const baseline = await time(() => JSON.stringify(inputs))
  const rows: BenchRow[] = [{name: `corpus: ${inputs.length} articles, ${quotes} gold quotes; JSON.stringify baseline`, value: baseline.toFixed(0) + ' ms'}]
  const model = buildReport(inputs)
  rows.push({name: 'build the report model', value: (await time(() => buildReport(inputs))).toFixed(0) + ' ms'})
  for (const [format, graph] of [['html', true], ['html', false], ['md', true], ['json', true], ['jsonld', true], ['dot', true]] as [ReportFormat, boolean][]) {
    let size = 0
    const ms = await time(async () => (size = (await renderReport(model, {format, graph})).length))
    rows.push({
      name: `render ${format}${format === 'html' ? (graph ? ' with 408 SVG graphs' : ' without graphs') : ''} (${(size / 1e6).toFixed(1)} MB)`,
      value: `${ms.toFixed(0)} ms = ${(ms / baseline).toFixed(2)}× baseline`,
      target: format === 'html' && graph ? '< 10 s' : undefined
    })
  }
  const texts = inputs.map((input) => ({id: input.id, text: input.text}))
  const extractMs = await time(() => texts.forEach((input) => extract(input.text)))
  const fullMs = await time(() => report(texts, {format: 'html'}))
  rows.push({name: 'extract alone over the corpus (one thread)', value: extractMs.toFixed(0) + ' ms'})
  rows.push({name: 'report(texts) → HTML, engine included (one thread)', value: `${fullMs.toFixed(0)} ms = ${(fullMs / Math.max(1, extractMs)).toFixed(2)}× extract`})
  return rows
}
