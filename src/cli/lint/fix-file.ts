/**
 * `kutip lint --fix` and `--diff` for one linted file: its fixed text, then
 * a unified diff (--diff), the text on stdout (stdin), or the file rewritten
 * in its own encoding through the one write path (io/write-file.ts).
 *
 *   const problem = await fixFile(file, read, {diff: false, stdout})   // undefined, or one line: why it was not fixed
 *
 * `fixedText(file)` is the one place that decides how fixes are applied.
 */
import {say} from '../io/locale.ts'
import path from 'node:path'
import type {VFile} from 'vfile'
import {fixFile as fixToFixedPoint} from '../../lint/fix-point.ts'
import {displayPath} from '../../lint/reporters/message-fields.ts'
import {encodeText} from '../io/decode.ts'
import type {Output} from '../io/output.ts'
import type {TextRead} from '../io/read-input.ts'
import {replaceFile, WriteError} from '../io/write-file.ts'

/**
 * --fix and --diff for one linted file: its fixed text (`fixedText`), then a
 * unified diff on stdout (--diff), the text on stdout (stdin), or the file
 * rewritten in its own encoding through the one write path. Returns a
 * one-line problem when the file is not fixed; its fixable messages are then
 * reported as they were.
 */
export async function fixFile(file: VFile, read: TextRead, {diff, stdout}: {diff: boolean; stdout: Output | undefined}): Promise<string | undefined> {
  const before = String(file.value ?? '')
  const messages = file.messages
  const fixed = await fixedText(file)
  const name = file.path ? displayPath(file) : '<stdin>'
  if (diff) {
    if (fixed === undefined) return undefined
    // Loaded only for --diff: a plain lint run never pays for it (start-up time; the lint command is bundled).
    const {createTwoFilesPatch} = await import('diff')
    await stdout!.write(createTwoFilesPatch(name, name, before, fixed))
    return undefined
  }
  const isStdin = !file.path || read.bytes !== undefined
  if (fixed === undefined) {
    if (isStdin) await stdout!.write(read.bytes ?? encodeText(before, read.encoding))
    return undefined
  }
  if (!read.exact) {
    file.messages = messages
    if (isStdin) await stdout!.write(read.bytes ?? encodeText(before, read.encoding))
    return say('cli.lint.not-fixed-encoding', {problem: read.warnings[0]!.split(';')[0]!})
  }
  const bytes = encodeText(fixed, read.encoding)
  if (isStdin) {
    await stdout!.write(bytes)
    return undefined
  }
  try {
    await replaceFile(path.resolve(file.cwd, file.path), bytes, {expect: read.identity})
  } catch (error) {
    if (!(error instanceof WriteError)) throw error
    file.messages = messages
    return `not fixed: ${error.problem}`
  }
  return undefined
}

/**
 * The one function that turns a linted file into its fixed text (undefined:
 * nothing to fix): the certain fixes applied and the text re-linted until
 * nothing changes (lint/fix-point.ts), never a finding the draft did not
 * have; the file's messages become those of the fixed text (a new array).
 * --fix and --diff call nothing else, so how fixes are applied is decided here alone.
 */
export async function fixedText(file: VFile): Promise<string | undefined> {
  return fixToFixedPoint(file)
}
