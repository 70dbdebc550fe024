/**
 * Verification with the real engine on the shared data (../shared, absent in
 * a fresh clone: then these tests pass with a message): the seed article
 * against drafts made from it, and a slice of the perturbation benchmark.
 */
import test from 'ava'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {runPerturbation} from '../scripts/perturb.ts'
import type {VerificationDetail} from '../src/verify/types.ts'
import {verify} from '../src/verify/verify.ts'
import {corpusFile} from '../scripts/eval/paths.ts'
import {needs} from './helpers/needs.ts'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const seedPath = path.join(repo, '..', 'shared', 'seed', 'antara-kim-rusia.txt')

needs(seedPath)('seed article: its own quote shortened with … is edited, with a word swapped is altered', (t) => {
  const seed = readFileSync(seedPath, 'utf8')
  const original = 'Mengingat ada banyak personel militer yang mendampinginya, (kami) memantau dengan cermat apakah perundingan perdagangan senjata antara Korut dan Rusia, serta terkait transfer teknologi, akan dilakukan'
  t.true(seed.includes(original), 'the seed still holds the quote this test edits')
  const check = (replacement: string): VerificationDetail => {
    const draft = seed.replace(original, replacement)
    const graph = verify(draft, [{id: 'antara-kim-rusia.txt', text: seed}])
    const start = draft.indexOf(replacement)
    const quote = graph.quotes.find((candidate) => candidate.content.start <= start + 5 && candidate.content.end >= start + 20)
    if (quote === undefined) throw new Error('extract no longer finds the Jeon quote in the seed')
    return quote.verification as VerificationDetail
  }
  const shortened = check(original.replace(', serta terkait transfer teknologi,', ' …'))
  t.is(shortened.verdict, 'edited')
  t.true(shortened.edits!.includes('omission'))
  const swapped = check(original.replace('banyak personel', 'sedikit personel'))
  t.is(swapped.verdict, 'altered')
  t.deepEqual(swapped.diff!.filter((step) => step.op !== 'equal'), [
    {op: 'delete', text: 'banyak'},
    {op: 'insert', text: 'sedikit'}
  ])
  t.is(check(original).verdict, 'verbatim')
})

needs(corpusFile)('perturbation benchmark, first 40 articles: altered quotes caught, untouched ones left alone', (t) => {
  t.timeout(300_000)
  const result = runPerturbation({limit: 40})
  if (result === null) return t.fail('the corpus is present but the perturbation benchmark read nothing')
  for (const perturbation of ['substituted', 'dropped'] as const) {
    const tally = result.tallies[perturbation]
    t.true(tally.cases >= 20, `${perturbation}: ${tally.cases} cases`)
    t.true(tally.verdicts.altered / tally.found >= 0.98, `${perturbation}: ${tally.verdicts.altered} of ${tally.found} altered`)
  }
  const untouched = result.tallies.untouched
  const flagged = untouched.verdicts.altered + untouched.verdicts.misattributed + untouched.verdicts.unsupported
  t.true(flagged / untouched.found <= 0.02, `untouched: ${flagged} of ${untouched.found} flagged`)
})
