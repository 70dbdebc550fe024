/**
 * Property tests (fast-check) of `--fix` (src/lint/fix-point.ts) over 10,000
 * generated drafts: short Indonesian-like reported speech with quote marks of
 * every style (straight, smart, low, guillemets, single), nested quotes, cues
 * before and after (capitalised or not), commas and full stops inside and
 * outside the marks, and loose marks. For every draft x:
 *
 * - fix(fix(x)) = fix(x): one run is enough, a pre-commit hook never loops;
 * - fix(x) differs from x only inside the spans of x's certain fixes;
 * - fix(x) has no finding on the marks x did not have (per rule, never more
 *   findings); a finding about what the text says (an advisory rule: a
 *   mononym, an unattributed quote) may come to light once a fix lets kutip
 *   read the quote as a reader does, and it does not hold the fix back.
 *
 * Linted through the library (`fixText`), not the CLI, with a fixed seed so a
 * run cannot flake; KUTIP_FIX_RUNS changes the count (KUTIP_FIX_SEED the seed).
 */
import test from 'ava'
import fc from 'fast-check'
import type {VFile} from 'vfile'
import {lint} from '../src/lint/core.ts'
import {spanOf} from '../src/lint/fix.ts'
import {fixText} from '../src/lint/fix-point.ts'
import {advisoryRuleIds} from '../src/lint/rules/index.ts'

const numRuns = Number(process.env.KUTIP_FIX_RUNS ?? 10_000)
const seed = Number(process.env.KUTIP_FIX_SEED ?? 20_251_207)

const marks = ['"', '“', '”', '„', '«', '»', "'", '‘', '’']
const words = fc.constantFrom('kami', 'siap', 'tidak', 'tahu', 'harga', 'beras', 'naik', 'Jakarta', 'akan', 'datang', 'besok', 'rapat', 'itu', 'batal', 'Jum\'at', 'ya')
const content = fc
  .tuple(
    fc.array(words, {minLength: 1, maxLength: 5}),
    // A nested quote or term inside the quote.
    fc.option(fc.tuple(fc.constantFrom("'", '‘', '"', '“'), words, fc.constantFrom("'", '’', '"', '”')).map(([open, word, close]) => open + word + close))
  )
  .map(([list, nested]) => {
    const text = list.join(' ')
    return nested === null ? text[0].toUpperCase() + text.slice(1) : text[0].toUpperCase() + text.slice(1) + ' ' + nested
  })
const inner = fc.constantFrom('', '', ',', '.', '?', '!', '…', '...', '….', '?,', ',?', '.,')
const outer = fc.constantFrom('', '', ',', '.', ';')
const cue = fc.constantFrom('kata', 'Kata', 'ujar', 'Ujar', 'ucap', 'tanya', 'Tanya', 'jelas', 'katanya', 'ujarnya', 'ungkap')
const speaker = fc.constantFrom('Budi', 'Retno', 'Budi Santoso', 'dia', 'Ketua RT Ani', 'ia')
const space = fc.constantFrom(' ', ' ', '', '  ')
const end = fc.constantFrom('.', '.', '', ',', '!')

/** `"…," kata Budi.` and its broken forms. */
const quoteThenCue = fc
  .tuple(fc.constantFrom(...marks), content, inner, fc.constantFrom(...marks), outer, space, cue, speaker, end)
  .map(([open, words, inside, close, outside, gap, verb, name, stop]) => `${open}${words}${inside}${close}${outside}${gap}${verb} ${name}${stop}`)
/** `Kata Budi, "…".` and its broken forms. */
const cueThenQuote = fc
  .tuple(fc.constantFrom('Kata', 'Budi mengatakan', 'Menurut Ani', 'Ia menegaskan', 'Retno bertanya'), fc.constantFrom(', ', ': ', ' '), fc.constantFrom(...marks), content, inner, fc.constantFrom(...marks), outer)
  .map(([intro, link, open, words, inside, close, outside]) => `${intro}${link}${open}${words}${inside}${close}${outside}`)
/** Prose, a quoted term, or a loose mark. */
const other = fc.oneof(
  fc.array(words, {minLength: 1, maxLength: 4}).map((list) => list.join(' ') + '.'),
  fc.tuple(words, fc.constantFrom(...marks), words, fc.constantFrom(...marks)).map(([a, open, b, close]) => `Program ${open}${a} ${b}${close} diluncurkan.`),
  fc.constantFrom(...marks)
)
const draft = fc
  .array(fc.tuple(fc.oneof({weight: 3, arbitrary: quoteThenCue}, {weight: 2, arbitrary: cueThenQuote}, {weight: 1, arbitrary: other}), fc.constantFrom(' ', ' ', '\n', '\n\n')), {minLength: 1, maxLength: 3})
  .map((parts) => parts.map(([sentence, gap]) => sentence + gap).join(''))

/**
 * Drafts whose quotes open and close where a reader sees them (`"…"`, `“…”`, and the mixed `“…"` / `"…”`),
 * with the EYD punctuation and the cue's case gone wrong: one run applies every certain fix.
 * Quotes run together in one paragraph, pronoun cues and one-word names too: a fixed comma can bring
 * to light a finding about what the text says (mixed-speakers, ambiguous-speaker, a mononym in
 * first-reference), and that never holds the fix back.
 */
const pairedContent = fc
  .tuple(fc.array(words, {minLength: 1, maxLength: 5}), fc.option(fc.tuple(fc.constantFrom(["'", "'"], ['‘', '’']), words)))
  .map(([list, nested]) => {
    const text = list.join(' ')
    return text[0].toUpperCase() + text.slice(1) + (nested === null ? '' : ` ${nested[0][0]}${nested[1]}${nested[0][1]}`)
  })
const pairedQuote = fc
  .tuple(fc.constantFrom(['"', '"'], ['“', '”'], ['“', '"'], ['"', '”']), pairedContent, fc.constantFrom('', ',', '.', '?', '!', '…', '….'), fc.constantFrom('', ',', '.'), cue, fc.constantFrom('Retno', 'Budi Santoso', 'Ketua RT Ani', 'dia'))
  .map(([[open, close], words, inside, outside, verb, name]) => `${open}${words}${inside}${close}${outside} ${verb} ${name}.`)
const pairedDraft = fc
  .tuple(fc.array(pairedQuote, {minLength: 1, maxLength: 3}), fc.constantFrom('\n', ' '))
  .map(([parts, gap]) => parts.join(gap))

/** The file spans `[start, end]` of the certain fixes of a linted file, merged. */
function fixableSpans(file: VFile): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const message of file.messages) {
    const span = message.expected?.length === 1 && message.source === 'kutip' ? spanOf(message) : undefined
    if (span) spans.push([span.start, span.end])
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: Array<[number, number]> = []
  for (const span of spans) {
    const last = merged.at(-1)
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push([...span])
  }
  return merged
}

/**
 * Whether `after` is `before` with only the text inside `spans` replaced:
 * the text outside the spans (`g0 s1 g1 … gn`) must appear in `after` as
 * `g0 r1 g1 … gn` for some replacements `r`. Tried at every place each gap occurs.
 */
function changedOnlyInside(before: string, after: string, spans: Array<[number, number]>): boolean {
  const gaps: string[] = []
  let at = 0
  for (const [start, stop] of spans) {
    gaps.push(before.slice(at, start))
    at = stop
  }
  gaps.push(before.slice(at))
  if (gaps.length === 1) return before === after
  if (!after.startsWith(gaps[0]) || !after.endsWith(gaps.at(-1)!) || after.length < gaps[0].length + gaps.at(-1)!.length) return false
  const limit = after.length - gaps.at(-1)!.length
  const failed = new Set<string>()
  const place = (gap: number, from: number): boolean => {
    if (gap === gaps.length - 1) return from <= limit
    const key = gap + ':' + from
    if (failed.has(key)) return false
    for (let index = after.indexOf(gaps[gap], from); index !== -1 && index <= limit; index = after.indexOf(gaps[gap], index + 1)) {
      if (place(gap + 1, index + gaps[gap].length)) return true
    }
    failed.add(key)
    return false
  }
  return place(1, gaps[0].length)
}

function countByRule(file: VFile): Map<string, number> {
  const counts = new Map<string, number>()
  for (const message of file.messages) counts.set(String(message.ruleId), (counts.get(String(message.ruleId)) ?? 0) + 1)
  return counts
}

test('the property checks themselves: a change outside the spans is caught', (t) => {
  t.true(changedOnlyInside('"a" kata b', '"a," kata b', [[2, 3]]))
  t.false(changedOnlyInside('"a" kata b', '"a" Kata b', [[2, 3]]))
  t.true(changedOnlyInside('a..', 'a,.', [[1, 2]]))
  t.false(changedOnlyInside('abc', 'abd', []))
})

test(`fix(fix(x)) = fix(x), changes only inside the fixed spans, no new finding on the marks: ${numRuns} generated drafts`, async (t) => {
  t.timeout(600_000)
  let fixedDrafts = 0
  await fc.assert(
    fc.asyncProperty(draft, async (text) => {
      const first = await fixText(text)
      const again = await fixText(first.value)
      if (again.value !== first.value) throw new Error(`not idempotent:\n${JSON.stringify(first.value)}\n→ ${JSON.stringify(again.value)}`)
      const before = await lint(text, {format: 'text'})
      if (!changedOnlyInside(text, first.value, fixableSpans(before))) {
        throw new Error(`changed outside the fixed spans ${JSON.stringify(fixableSpans(before))}: ${JSON.stringify(first.value)}`)
      }
      const counts = countByRule(before)
      for (const [rule, count] of countByRule(first.file)) {
        if (!advisoryRuleIds.has(rule) && count > (counts.get(rule) ?? 0)) throw new Error(`new ${rule} finding in ${JSON.stringify(first.value)}`)
      }
      if (first.value !== text) fixedDrafts++
    }),
    {numRuns, seed}
  )
  // The drafts exercise the fixer: a good share of them are changed.
  t.true(fixedDrafts > numRuns / 4, `${fixedDrafts} of ${numRuns} drafts changed`)
})

test(`drafts with readable quote pairs: every certain fix is applied in one run: ${numRuns / 10} generated drafts`, async (t) => {
  t.timeout(600_000)
  await fc.assert(
    fc.asyncProperty(pairedDraft, async (text) => {
      const fixed = await fixText(text)
      const left = fixed.file.messages.filter((message) => message.expected !== undefined && message.source === 'kutip')
      if (left.length > 0) throw new Error(`${JSON.stringify(fixed.value)}: left ${left.map((message) => message.reason).join('; ')}`)
    }),
    {numRuns: numRuns / 10, seed}
  )
  t.pass()
})
