/**
 * One door for language: lint and verify ask `getLanguage(…)` for what they
 * know about Indonesian, and never reach into src/lang/id themselves, so a
 * second language is a second folder. The lexicons keep the case their
 * lookups expect.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import test from 'ava'
import {getLanguage} from '../src/lang/index.ts'
import {isContentWord, isNegated} from '../src/verify/stopwords.ts'
import {speakerTurns} from '../src/verify/speaker-turns.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? sourcesUnder(full) : name.endsWith('.ts') ? [full] : []
  })
}

test('no file of lint, verify, report or cli imports a language folder: they ask getLanguage()', (t) => {
  const offenders: string[] = []
  for (const folder of ['lint', 'verify', 'report', 'cli', 'text', 'markup']) {
    let files: string[]
    try {
      files = sourcesUnder(path.join(root, 'src', folder))
    } catch {
      continue
    }
    for (const file of files) {
      const imports = [...readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gmu)].map((match) => match[1]!)
      for (const specifier of imports) if (/\/lang\/[a-z]{2,3}\//u.test(specifier)) offenders.push(`${path.relative(root, file)} → ${specifier}`)
    }
  }
  t.deepEqual(offenders, [])
})

test('the lower-case lexicons of lint and verify are lower case; those written as in news text hold capitals', (t) => {
  const {editorial, comparison} = getLanguage('id')
  const lowerCase = [
    ...editorial.postQuoteCues, ...editorial.speechVerbs, ...editorial.speakerIntroducers, ...editorial.anonymousSourceHeads,
    ...editorial.notPersonAfterSource, ...editorial.affiliationLinks, ...editorial.anonymityReasons, ...editorial.outletNouns,
    ...editorial.outletReportVerbs, ...editorial.inlineCreditPhrases, ...editorial.titleNouns, ...editorial.quoteRecipients,
    ...editorial.nonNeutralCues.map((cue) => cue.word),
    ...comparison.stopwords, ...comparison.negations, ...comparison.nameHonorifics, ...comparison.roleModifiers, ...comparison.transcriptNonSpeakers
  ]
  t.deepEqual(lowerCase.filter((word) => word !== word.toLowerCase()), [])
  t.true(editorial.calendarWords.every((word) => /^\p{Lu}/u.test(word)))
  t.true(editorial.creditLabels.every((word) => /^\p{Lu}/u.test(word)))
})

test('verify reads its words from the language: stopwords, negations, transcript labels', (t) => {
  const {comparison} = getLanguage('id')
  t.false(isContentWord('bahwa'))
  t.true(comparison.stopwords.has('bahwa'))
  t.true(isContentWord('anggaran'))
  t.true(isNegated(['harga', 'tidak', 'naik']))
  t.false(isNegated(['bukan', 'tidak', 'mungkin']))
  const transcript = 'Wartawan: Kapan mulai?\nRina Kusuma: Pekan depan kami mulai.\n'
  const turns = speakerTurns(transcript)
  t.deepEqual(turns.map((turn) => turn.speaker), [null, 'Rina Kusuma'])
  t.true(comparison.interviewLabels.has('wartawan'))
})
