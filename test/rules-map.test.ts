/**
 * docs/engine.md is the map of the engine: its tables list the ids of every ordered rule list (quote rules,
 * indirect rules, speaker rules, phrase readings) in the order the engine tries them, each with the file or line that says what the
 * rule reads.
 */
import {readFileSync} from 'node:fs'
import test from 'ava'
import {speakerRules} from '../src/attribute/speaker-rules.ts'
import {phraseReadings} from '../src/phrase/read.ts'
import {indirectRules} from '../src/statements/indirect/rules.ts'
import {continuedParagraph} from '../src/statements/quote/continued-paragraph.ts'
import {quoteRules} from '../src/statements/quote/rules.ts'

const map = readFileSync(new URL('../docs/engine.md', import.meta.url), 'utf8')

/** The ids of the table whose rows follow `heading`, in order: the first cell of each row, in backticks. */
function tableIds(heading: string): string[] {
  const at = map.indexOf(heading)
  if (at < 0) return []
  const lines = map.slice(at).split('\n')
  const start = lines.findIndex((line) => line.trim().startsWith('| id |'))
  const ids: string[] = []
  for (const line of lines.slice(start + 2)) {
    const cell = /^\s*\| `([^`]+)` \|/u.exec(line)
    if (!cell) break
    ids.push(cell[1]!)
  }
  return ids
}

test('the quote rules, in the order they are tried, then continued-paragraph', (t) => {
  t.deepEqual(tableIds('**Quote rules**'), [...quoteRules.map((rule) => rule.id), continuedParagraph.id])
})

test('the indirect rules, in the order they are tried', (t) => {
  t.deepEqual(tableIds('**Indirect rules**'), indirectRules.map((rule) => rule.id))
})

test('the speaker rules, in order of precision', (t) => {
  t.deepEqual(tableIds('**Speakers**'), speakerRules.map((rule) => rule.id))
})

test('every rule file the quote and indirect tables name exists', (t) => {
  for (const [, file] of map.matchAll(/\| `((?:quote|indirect)\/[a-z-]+\.ts)` \|/gu)) {
    t.notThrows(() => readFileSync(new URL(`../src/statements/${file}`, import.meta.url)), file)
  }
})

test('the phrase readings, in the order they are tried', (t) => {
  t.deepEqual(tableIds('**Phrase readings**'), phraseReadings.map((reading) => reading.id))
})
