/**
 * `--fix` to a fixed point (src/lint/fix-point.ts): one run gives what any
 * further run would give, and never a finding the draft did not have. The
 * two drafts of issue 13 first, in the library and through the CLI; then the
 * loop's own guarantees with a linter whose findings the test chooses.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import test from 'ava'
import {VFile} from 'vfile'
import {lint} from '../src/lint/core.ts'
import {applyFixes} from '../src/lint/fix.ts'
import {fixFile, fixText, fixToFixedPoint} from '../src/lint/fix-point.ts'
import {runKutip} from './fixtures/cli/run-kutip.ts'
import {tempFolder} from './helpers/temp-folder.ts'

const ids = (file: VFile) => file.messages.map((message) => message.ruleId)

test('a straight mark closing a smart one becomes `”` with the comma inside, in one run: `“Kami juga siap" kata Retno.`', async (t) => {
  const draft = '“Kami juga siap" kata Retno.'
  const before = await lint(draft)
  // The style fix retext-quotes proposed alone was `‘` (a quote opened inside the first), which left the text unbalanced.
  t.deepEqual(
    before.messages.filter((message) => message.ruleId === 'quote-style').map((message) => [message.actual, message.expected]),
    [['"', ['”']]]
  )
  const fixed = await fixText(draft)
  t.is(fixed.value, '“Kami juga siap,” kata Retno.')
  // Read as a quote now, Retno is a quoted person with one name and no role: reported, the fix kept.
  t.deepEqual(ids(fixed.file), ['first-reference'])
  t.is((await fixText(fixed.value)).value, fixed.value)
})

test('a full stop before a capitalised cue becomes a comma and the cue lower case, in one round: `"…." Ujar X`', async (t) => {
  const draft = '"Kami akan datang…." Ujar Budi Santoso.'
  const fixed = await fixText(draft)
  t.is(fixed.value, '"Kami akan datang…," ujar Budi Santoso.')
  t.is(fixed.rounds, 1)
  t.deepEqual(ids(fixed.file), [])
  // The same for a comma left outside the mark, and for a missing comma.
  t.is((await fixText('“Kami siap”. Kata Retno.')).value, '“Kami siap,” kata Retno.')
  t.is((await fixText('"Kami siap" Kata Retno.')).value, '"Kami siap," kata Retno.')
})

test('fixes that overlap are applied over several rounds of one run', async (t) => {
  // The comma moves inside (`”,` → `,”`) and the mark takes the draft's style (`”` → `"`): two fixes of one mark.
  const fixed = await fixText('"Kami siap”, kata Retno.')
  t.is(fixed.value, '"Kami siap," kata Retno.')
  t.is(fixed.rounds, 2)
  t.deepEqual(ids(fixed.file), ['first-reference'])
})

test('CLI: `lint --fix` reaches the fixed text in one run, and a second run changes nothing', async (t) => {
  t.timeout(60_000)
  const dir = tempFolder('kutip-fix-', {'a.txt': '“Kami juga siap" kata Retno.\n', 'b.txt': '"Kami akan datang…." Ujar Budi Santoso.\n'})
  const first = await runKutip(['lint', '--fix', 'a.txt', 'b.txt'], {cwd: dir})
  t.is(first.code, 0, first.stderr)
  t.is(readFileSync(path.join(dir, 'a.txt'), 'utf8'), '“Kami juga siap,” kata Retno.\n')
  t.is(readFileSync(path.join(dir, 'b.txt'), 'utf8'), '"Kami akan datang…," ujar Budi Santoso.\n')
  const second = await runKutip(['lint', '--fix', '--report', 'json', 'a.txt', 'b.txt'], {cwd: dir})
  t.is(second.code, 0)
  // What is left is Retno's one-word name with no role (a warning, exit 0), not a mark.
  t.deepEqual(
    (JSON.parse(second.stdout) as Array<{messages: Array<{ruleId: string}>}>).map((file) => file.messages.map((message) => message.ruleId)),
    [['first-reference'], []]
  )
  t.is(readFileSync(path.join(dir, 'a.txt'), 'utf8'), '“Kami juga siap,” kata Retno.\n')
})

test('fixFile: lints again with the options and format the file was linted with; its messages become those of the fixed text', async (t) => {
  const file = await lint(new VFile({path: 'draft.md', value: '# Judul\n\n“Kami juga siap" kata Retno. Ada "kata" lain.\n'}), {rules: {'quote-style': ['warn', {preferred: 'straight'}]}})
  t.true(file.messages.some((message) => message.ruleId === 'quote-style'))
  const fixed = await fixFile(file)
  t.is(fixed, '# Judul\n\n"Kami juga siap," kata Retno. Ada "kata" lain.\n')
  t.deepEqual(ids(file), ['first-reference'])
  // Nothing to fix: undefined, and the file keeps its messages.
  const unfixable = await lint('"Kami tidak tahu, kata Budi.')
  t.is(await fixFile(unfixable), undefined)
  t.deepEqual(ids(unfixable), ['unbalanced-quote'])
})

test('applyFixes (one round) is kept: the first of two overlapping fixes only', async (t) => {
  const file = await lint('"Kami siap”, kata Retno.')
  t.is(applyFixes(file), '"Kami siap", kata Retno.')
})

// The loop with a linter whose findings the test sets: text → messages.

function fakeLinter(findings: (text: string) => Array<{ruleId: string; start: number; end: number; expected?: string}>) {
  return async (value: string) => {
    const file = new VFile({value})
    for (const finding of findings(value)) {
      const message = file.message(finding.ruleId, {
        ruleId: finding.ruleId,
        source: 'kutip',
        place: {start: {line: 1, column: finding.start + 1, offset: finding.start}, end: {line: 1, column: finding.end + 1, offset: finding.end}}
      })
      message.actual = value.slice(finding.start, finding.end)
      if (finding.expected !== undefined) message.expected = [finding.expected]
    }
    return file
  }
}

test('a fix whose result has a finding the text did not have is left out; the other fixes are kept', async (t) => {
  // `a` → `b` is certain, but a `b` next to a `c` is a new finding; `x` → `y` is harmless.
  const linter = fakeLinter((text) => {
    const found = []
    for (let index = 0; index < text.length; index++) {
      if (text[index] === 'a') found.push({ruleId: 'a-to-b', start: index, end: index + 1, expected: 'b'})
      if (text[index] === 'x') found.push({ruleId: 'x-to-y', start: index, end: index + 1, expected: 'y'})
      if (text[index] === 'b' && text[index + 1] === 'c') found.push({ruleId: 'bc', start: index, end: index + 2})
    }
    return found
  })
  const result = await fixToFixedPoint('ac x a', linter)
  t.is(result.value, 'ac y b')
  t.deepEqual([...new Set(result.rejected.map((message) => message.ruleId))], ['a-to-b'])
  t.deepEqual(ids(result.file), ['a-to-b'])
})

test('a fix that brings an undescribed one-word name to light is applied, and the name reported (issue 16)', async (t) => {
  // The full stop after the mark ends the sentence: the quote has no speaker yet, so no first-reference finding.
  const draft = 'Harga gabah turun lagi. "Kami rugi besar". kata Hartono.'
  const before = await lint(draft, {locale: 'en'})
  t.false(before.messages.some((message) => message.ruleId === 'first-reference'))
  const fixed = await fixText(draft, {locale: 'en'})
  t.is(fixed.value, 'Harga gabah turun lagi. "Kami rugi besar," kata Hartono.')
  t.deepEqual(fixed.rejected, [])
  t.deepEqual(
    fixed.file.messages.map((message) => `${message.ruleId} ${message.actual}`),
    ['first-reference Hartono']
  )
  // A second run changes nothing: the finding is the editor's to resolve.
  t.is((await fixText(fixed.value)).value, fixed.value)
  // With a role nothing is left.
  t.deepEqual(ids((await fixText('"Kami rugi besar". kata Hartono, petani di Ngawen.')).file), [])
})

test('an advisory finding holds a fix back only when it points into the text the fix wrote; a finding on the marks always does', async (t) => {
  // `a` → `b` is certain; each `b` brings an advisory finding (first-reference), over the `b` or next to it.
  const over = fakeLinter((text) => [...text].flatMap((char, index) => (char === 'a' ? [{ruleId: 'quote-style', start: index, end: index + 1, expected: 'b'}] : char === 'b' ? [{ruleId: 'first-reference', start: index, end: index + 1}] : [])))
  t.is((await fixToFixedPoint('xa', over)).value, 'xa', 'the finding is on the text the fix wrote')
  const beside = fakeLinter((text) => [...text].flatMap((char, index) => (char === 'a' ? [{ruleId: 'quote-style', start: index, end: index + 1, expected: 'b'}] : char === 'b' && index > 0 ? [{ruleId: 'first-reference', start: 0, end: index}] : [])))
  const exposed = await fixToFixedPoint('xa', beside)
  t.is(exposed.value, 'xb', 'a finding beside the edit was there to be seen')
  t.deepEqual(ids(exposed.file), ['first-reference'])
  // The same finding from a rule on the marks (unbalanced-quote), or from a rule kutip does not know (a plugin), holds the fix back.
  for (const ruleId of ['unbalanced-quote', 'plugin-rule']) {
    const marks = fakeLinter((text) => [...text].flatMap((char, index) => (char === 'a' ? [{ruleId: 'quote-style', start: index, end: index + 1, expected: 'b'}] : char === 'b' && index > 0 ? [{ruleId, start: 0, end: index}] : [])))
    t.is((await fixToFixedPoint('xa', marks)).value, 'xa', ruleId)
  }
})

test('fixes that undo each other stop at the first repeat; rounds are bounded', async (t) => {
  const flip = fakeLinter((text) => [{ruleId: 'flip', start: 0, end: 1, expected: text[0] === 'p' ? 'q' : 'p'}])
  const cycle = await fixToFixedPoint('p', flip)
  t.is(cycle.value, 'q')
  t.is(cycle.rounds, 1)
  const grow = fakeLinter((text) => [{ruleId: 'grow', start: text.length, end: text.length, expected: '!'}])
  const bounded = await fixToFixedPoint('', grow, {maxRounds: 3})
  t.is(bounded.value, '!!!')
  t.is(bounded.rounds, 3)
})
