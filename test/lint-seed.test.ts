/**
 * The seed article lints with no false alarm; a copy with four planted errors
 * gets exactly those four (rule, line, column). Skipped without ../shared.
 */
import test from 'ava'
import {lint} from '../src/lint/core.ts'
import {plant, readSeed, seedPath} from './fixtures/lint/seed.ts'
import {needs} from './helpers/needs.ts'

const seed = readSeed()

const seedTest = needs(seedPath)

seedTest('the seed article lints clean (no false alarm on its correct attributions)', async (t) => {
  const file = await lint(seed!)
  t.deepEqual(
    file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`),
    []
  )
})

seedTest('the planted copy gets exactly the four planted errors, at their place', async (t) => {
  const planted = plant(seed!)
  const file = await lint(planted.text)
  const got = file.messages.map((message) => {
    const place = message.place && 'start' in message.place ? message.place.start : undefined
    return {ruleId: message.ruleId, at: place?.offset, line: message.line, column: message.column}
  })
  const expected = planted.errors.map((error) => ({ruleId: error.ruleId, at: error.at, line: 1, column: error.at + 1}))
  t.deepEqual(got, expected)
  const reasons = file.messages.map((message) => message.reason)
  t.regex(reasons[0], /^`lanjut dia` has no earlier speaker/)
  t.regex(reasons[1], /^First mention of Jeon Ha-kyou is `Jeon`/)
  t.regex(reasons[2], /^Put the comma inside the closing quote mark/)
  t.regex(reasons[3], /^Quote has no speaker a reader could identify/)
  t.deepEqual(file.messages[2].expected, [',"'])
})
