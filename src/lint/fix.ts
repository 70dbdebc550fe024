/**
 * `--fix`, one round: the certain fixes (messages with `expected`) of one
 * text as edits. A fix is applied only when the text still holds the `actual`
 * text at the message's place and does not overlap another fix (the first by
 * place wins; an insertion right where another edit ends waits for the next
 * round). `applyFixes(file)` applies one round to a linted file; the fixer
 * that re-lints to a fixed point is `fixFile` / `fixText` (fix-point.ts).
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export interface Edit {
  /** File offsets `[start, end)` replaced by `text`. */
  start: number
  end: number
  text: string
  message: VFileMessage
}

/** The file offsets `[start, end)` of a message, when it has them. */
export function spanOf(message: VFileMessage): {start: number; end: number} | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const start = place.start.offset
  const end = place.end.offset
  if (typeof start !== 'number' || typeof end !== 'number' || end < start) return undefined
  return {start, end}
}

function editOf(message: VFileMessage, source: string): Edit | undefined {
  if (message.source !== 'kutip' || !message.expected || message.expected.length !== 1) return undefined
  const span = spanOf(message)
  if (!span) return undefined
  if (message.actual !== undefined && source.slice(span.start, span.end) !== message.actual) return undefined
  return {start: span.start, end: span.end, text: message.expected[0], message}
}

/** The edits of one round: the applicable certain fixes, sorted, none overlapping another. */
export function editsOf(messages: readonly VFileMessage[], source: string): Edit[] {
  const edits = messages
    .map((message) => editOf(message, source))
    .filter((edit): edit is Edit => edit !== undefined)
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const chosen: Edit[] = []
  let reached = -1
  for (const edit of edits) {
    if (edit.start < reached || (edit.start === reached && edit.end === edit.start)) continue
    chosen.push(edit)
    reached = edit.end
  }
  return chosen
}

/** `source` with `edits` (sorted, not overlapping) applied. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  let result = ''
  let at = 0
  for (const edit of edits) {
    result += source.slice(at, edit.start) + edit.text
    at = edit.end
  }
  return result + source.slice(at)
}

/**
 * One round of fixes on a linted file: returns the new text, or undefined
 * when nothing changed (then the file must not be touched). Applied messages
 * are removed from the file's messages. `fixFile` goes on to a fixed point.
 */
export function applyFixes(file: VFile): string | undefined {
  const source = String(file.value ?? '')
  const chosen = editsOf(file.messages, source)
  if (chosen.length === 0) return undefined
  const result = applyEdits(source, chosen)
  const applied = new Set(chosen.map((edit) => edit.message))
  file.messages = file.messages.filter((message) => !applied.has(message))
  return result === source ? undefined : result
}
