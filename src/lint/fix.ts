/**
 * `--fix`: apply the certain fixes (messages with `expected`) of one file.
 * A fix is applied only when the file still holds the `actual` text at the
 * message's place and does not overlap another fix; applied messages are
 * removed from the file's messages. Returns the new text, or undefined when
 * nothing changed (then the file must not be touched).
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

interface Edit {
  start: number
  end: number
  text: string
  message: VFileMessage
}

function editOf(message: VFileMessage, source: string): Edit | undefined {
  if (message.source !== 'kutip' || !message.expected || message.expected.length !== 1) return undefined
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const start = place.start.offset
  const end = place.end.offset
  if (typeof start !== 'number' || typeof end !== 'number' || end < start) return undefined
  if (message.actual !== undefined && source.slice(start, end) !== message.actual) return undefined
  return {start, end, text: message.expected[0], message}
}

export function applyFixes(file: VFile): string | undefined {
  const source = String(file.value ?? '')
  const edits = file.messages
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
  if (chosen.length === 0) return undefined
  let result = ''
  let at = 0
  for (const edit of chosen) {
    result += source.slice(at, edit.start) + edit.text
    at = edit.end
  }
  result += source.slice(at)
  const applied = new Set(chosen.map((edit) => edit.message))
  file.messages = file.messages.filter((message) => !applied.has(message))
  return result === source ? undefined : result
}
