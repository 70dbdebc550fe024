/**
 * Property-based tests (fast-check) of `extract` over generated text mixing
 * Indonesian words, every quote mark, cue words, names, punctuation, white
 * space and random Unicode (test/fixtures/adversarial/generate.ts):
 * never throws, every span is the input at its offsets, every id and edge
 * resolves, the graph validates against docs/graph.schema.json, and the same
 * input gives byte-identical JSON.
 *
 * `npm test` runs a few hundred cases (KUTIP_PROPERTY_RUNS to change);
 * `npm run bench -- robust` runs 100k+. A failure prints fast-check's seed and
 * the shrunk counterexample.
 */
import test from 'ava'
import fc from 'fast-check'
import {graphProblems} from './fixtures/adversarial/check.ts'
import {newsTextArbitrary} from './fixtures/adversarial/generate.ts'

const numRuns = Number(process.env.KUTIP_PROPERTY_RUNS ?? 300)

test('extract: sound, schema-valid, deterministic graphs for generated news-like text', (t) => {
  t.timeout(120_000)
  fc.assert(
    fc.property(newsTextArbitrary(), (text) => {
      const problems = graphProblems(text)
      if (problems.length > 0) throw new Error(problems.slice(0, 5).join('\n'))
    }),
    {numRuns}
  )
  t.pass(`${numRuns} generated inputs`)
})

test('extract: sound graphs for short strings of only quote marks, cues and spaces', (t) => {
  t.timeout(120_000)
  const dense = fc
    .array(fc.constantFrom('"', '“', '”', '„', '«', '»', '‘', '’', "'", '‹', '›', ' ', '\n', '\n\n', ',', '.', 'kata', 'ujarnya', 'dia', 'Budi', 'menurut'), {maxLength: 60})
    .map((pieces) => pieces.join(''))
  fc.assert(
    fc.property(dense, (text) => {
      const problems = graphProblems(text)
      if (problems.length > 0) throw new Error(problems.slice(0, 5).join('\n'))
    }),
    {numRuns}
  )
  t.pass()
})

test('extract: any string of UTF-16 code units (lone surrogates too) gives a sound graph', (t) => {
  t.timeout(120_000)
  fc.assert(
    fc.property(fc.string({unit: 'binary', maxLength: 300}), (text) => {
      const problems = graphProblems(text)
      if (problems.length > 0) throw new Error(problems.slice(0, 5).join('\n'))
    }),
    {numRuns}
  )
  t.pass()
})

// Counterexamples fast-check once found, kept so they stay fixed whatever the seed.
test('extract: counterexamples found before give sound graphs', (t) => {
  // `,Budi`: a name right after a comma at the very start (a role chunk looked before the text).
  for (const text of [',Budi', ', Budi', ',\nBudi', 'Bupati ,Budi']) t.deepEqual(graphProblems(text), [], JSON.stringify(text))
})
