/**
 * `--fix` to a fixed point, safe for a pre-commit hook: apply the certain
 * fixes, lint the result, apply the fixes that are left (those an earlier fix
 * overlapped), until nothing changes (at most `maxRounds` rounds), so one run
 * gives what any further run would give.
 *
 * A round never causes a finding: the result of a round is linted, and a
 * finding of the new text that matches no finding of the old one (same rule,
 * at the same place once the edits are accounted for) and that the edits
 * could have caused is blamed on the nearest edit, which is left out; the
 * round is tried again without it. An edit could have caused a finding on the
 * marks (quote-style, quote-punctuation, unbalanced-quote, a plugin's rule),
 * or one that points into text the edit wrote. A finding about what the text
 * says (an advisory rule: who speaks, how a person is named, credits; see
 * RuleMeta.advisory) that elsewhere shows up after a fix was there to be seen:
 * the fix only let kutip read the quote the way a reader does (`"Kami siap."
 * kata Hartono` → `"Kami siap," kata Hartono` brings Hartono's mononym to
 * light). Holding the fix back would leave a broken quote and hide nothing,
 * so the fix is applied and the finding reported with the others.
 *
 * So every finding on the marks of the fixed text was a finding of the
 * input, the text changes only inside the spans of certain fixes (never a
 * word lost), and one run reaches the fixed point (a second run changes
 * nothing).
 *
 * - `fixToFixedPoint(value, lintOnce)`: the loop, with any linter;
 * - `fixText(value, options)`: lint options as for `lint()`;
 * - `fixFile(file)`: a file `lint()` (or the CLI) already linted, with the
 *   same format and options; its messages become those of the fixed text.
 */
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {formatOf, lint, type LintFileOptions} from './core.ts'
import {applyEdits, editsOf, spanOf, type Edit} from './fix.ts'
import {lowerBound} from './context.ts'
import {advisoryRuleIds} from './rules/index.ts'

/** Lint one version of the text; resolves to its file with its messages. */
export type LintOnce = (value: string) => Promise<VFile>

export interface FixPointOptions {
  /** The lint of `value`, when already done (saves one lint). */
  first?: VFile
  /** Rounds at most (default 10). */
  maxRounds?: number
}

export interface FixResult {
  /** The fixed text (the input when no fix applied). */
  value: string
  /** The lint of `value`: the findings left. */
  file: VFile
  /** Rounds that changed the text. */
  rounds: number
  /** The findings fixed, each as reported on the text of its round. */
  applied: VFileMessage[]
  /** Fixes left out because the text they gave had a finding on the marks (or in the text they wrote) the text before did not. */
  rejected: VFileMessage[]
}

/** Tries of one round (each leaves out at least one more edit). */
const attemptsPerRound = 12

/** Where `offset` of the text before `edits` (sorted, not overlapping) is in the text after them. */
function mapOffset(offset: number, edits: readonly Edit[], side: 'start' | 'end'): number {
  let shift = 0
  for (const edit of edits) {
    if (edit.end < offset || (edit.end === offset && edit.start < offset)) {
      shift += edit.text.length - (edit.end - edit.start)
      continue
    }
    if (edit.start > offset || edit.end > offset) break
    // An insertion right at `offset`: the start stays before it, the end after it.
    return edit.start + shift + (side === 'end' ? edit.text.length : 0)
  }
  return offset + shift
}

interface Placed {
  start: number
  end: number
}

/** The findings of the text before a round, by rule, placed in the text after it. */
class Known {
  private readonly placed = new Map<string, {spans: Placed[]; longest: number}>()
  private readonly unplaced = new Set<string>()

  constructor(messages: readonly VFileMessage[], edits: readonly Edit[]) {
    for (const message of messages) {
      const key = keyOf(message)
      const span = spanOf(message)
      if (!span) {
        this.unplaced.add(key + '\u0000' + message.reason)
        continue
      }
      let group = this.placed.get(key)
      if (!group) this.placed.set(key, (group = {spans: [], longest: 0}))
      const start = mapOffset(span.start, edits, 'start')
      const end = Math.max(start, mapOffset(span.end, edits, 'end'))
      group.spans.push({start, end})
      group.longest = Math.max(group.longest, end - start)
    }
    for (const group of this.placed.values()) group.spans.sort((a, b) => a.start - b.start)
  }

  /** Whether a finding of the new text was there before: same rule, a span that overlaps its old one's (or touches it, for an empty span). */
  has(message: VFileMessage): boolean {
    const key = keyOf(message)
    const span = spanOf(message)
    if (!span) return this.unplaced.has(key + '\u0000' + message.reason)
    const group = this.placed.get(key)
    if (!group) return false
    // Old spans that start at most `longest` before this one could reach it.
    for (let index = lowerBound(group.spans, span.start - group.longest, (placed) => placed.start); index < group.spans.length; index++) {
      const old = group.spans[index]
      if (old.start > span.end) break
      const empty = old.start === old.end || span.start === span.end
      if (empty ? old.end >= span.start : old.start < span.end && old.end > span.start) return true
    }
    return false
  }
}

/**
 * Whether the edits of a round could have caused `message`, a finding the text before did not have: any finding on
 * the marks, and an advisory one only when it points into the text an edit wrote (see the module comment).
 */
function causedByEdits(message: VFileMessage, edits: readonly Edit[]): boolean {
  if (message.source !== 'kutip' || !advisoryRuleIds.has(message.ruleId ?? '')) return true
  const span = spanOf(message)
  if (!span) return false
  return edits.some((edit) => {
    const start = mapOffset(edit.start, edits, 'start')
    const end = start + edit.text.length
    return start < span.end && span.start < end
  })
}

function keyOf(message: VFileMessage): string {
  return (message.source ?? '') + ':' + (message.ruleId ?? '')
}

/** The edits to leave out: the nearest one (in the new text) to each new finding; all of them for a finding with no place. */
function blame(fresh: readonly VFileMessage[], edits: readonly Edit[]): Set<Edit> {
  const blamed = new Set<Edit>()
  const after = edits.map((edit) => {
    const start = mapOffset(edit.start, edits, 'start')
    return {edit, start, end: start + edit.text.length}
  })
  for (const message of fresh) {
    const span = spanOf(message)
    if (!span) {
      for (const edit of edits) blamed.add(edit)
      continue
    }
    let nearest = after[0]
    let distance = Infinity
    for (const candidate of after) {
      if (blamed.has(candidate.edit)) continue
      const gap = Math.max(0, span.start - candidate.end, candidate.start - span.end)
      if (gap < distance) {
        distance = gap
        nearest = candidate
      }
    }
    blamed.add(nearest.edit)
  }
  return blamed
}

/** Apply certain fixes and re-lint until the text stops changing (see the module comment). */
export async function fixToFixedPoint(value: string, lintOnce: LintOnce, options: FixPointOptions = {}): Promise<FixResult> {
  const maxRounds = options.maxRounds ?? 10
  let current = value
  let file = options.first ?? (await lintOnce(value))
  const seen = new Set([current])
  const applied: VFileMessage[] = []
  const rejected: VFileMessage[] = []
  let rounds = 0
  while (rounds < maxRounds) {
    let edits = editsOf(file.messages, current)
    let accepted: {value: string; file: VFile} | undefined
    for (let attempt = 0; edits.length > 0 && attempt < attemptsPerRound; attempt++) {
      const next = applyEdits(current, edits)
      if (next === current) break
      const nextFile = await lintOnce(next)
      const known = new Known(file.messages, edits)
      const fresh = nextFile.messages.filter((message) => !known.has(message) && causedByEdits(message, edits))
      if (fresh.length === 0) {
        accepted = {value: next, file: nextFile}
        break
      }
      const blamed = blame(fresh, edits)
      for (const edit of blamed) rejected.push(edit.message)
      edits = edits.filter((edit) => !blamed.has(edit))
    }
    // Nothing left to apply, or a fix that undoes an earlier one (a cycle): stop here.
    if (!accepted || seen.has(accepted.value)) break
    for (const edit of edits) applied.push(edit.message)
    current = accepted.value
    file = accepted.file
    seen.add(current)
    rounds++
  }
  return {value: current, file, rounds, applied, rejected}
}

export interface FixTextOptions extends LintFileOptions {
  /** Path of the text (for the format, when `format` is not given, and in messages). */
  path?: string
  /** Rounds at most (default 10). */
  maxRounds?: number
}

/** Fix a text to a fixed point with the options of `lint()`. */
export async function fixText(value: string, options: FixTextOptions = {}): Promise<FixResult> {
  const {path, maxRounds, ...lintOptions} = options
  const format = lintOptions.format ?? formatOf(path)
  return fixToFixedPoint(value, (text) => lint(new VFile({value: text, path}), {...lintOptions, format}), {maxRounds})
}

/**
 * Fix a file that was linted (by `lint()`, `linter()` or the CLI), to a
 * fixed point, with the format and options it was linted with. Resolves to
 * the fixed text, or undefined when no fix applies (then the file must not
 * be touched). The file's messages become the findings left in the fixed
 * text (their places are in the fixed text); its value is not changed.
 */
export async function fixFile(file: VFile): Promise<string | undefined> {
  const source = String(file.value ?? '')
  // A file that could not be linted (unreadable, bad configuration) has failures, not findings.
  if (file.messages.some((message) => message.fatal === true && message.source !== 'kutip')) return undefined
  if (editsOf(file.messages, source).length === 0) return undefined
  const format = file.data.kutipFormat ?? formatOf(file.path)
  const options = file.data.kutipLintOptions ?? {}
  const result = await fixToFixedPoint(source, (text) => lint(new VFile({value: text, path: file.path, cwd: file.cwd}), {...options, format}), {first: file})
  if (result.value === source) return undefined
  file.messages = result.file.messages
  return result.value
}
