/**
 * A source document: the material a draft was written from (an interview
 * transcript, a press release, wire copy, an earlier article).
 *
 * Every source span kutip reports is an offset into `text`, the document's
 * *plain text*: for `.txt` and `.jsonl` the text itself, for `.md` and `.html`
 * prose left once markup is read (src/markup/prose.ts). `offsets`
 * maps plain-text offsets back to the original file where they differ.
 */

export type SourceFormat = 'text' | 'markdown' | 'html' | 'jsonl'

/** One stretch of plain text copied from `original` offsets in the file. */
export interface OffsetSegment {
  plain: number
  original: number
  length: number
}

export interface SourceDocument {
  /** How verdicts name the document: its path, or `path#id` for a JSON Lines record. */
  id: string
  /** Plain text: every reported span is an offset into this string. */
  text: string
  format: SourceFormat
  /** The file the document came from, when it came from one. */
  path?: string
  /**
   * Optional: the whole document is this person's own words (a transcript of
   * one speaker, a signed statement). Used when the document's own graph
   * names no speaker for a passage.
   */
  speaker?: string
  /** Plain-text → original-file offsets, for markup formats (sorted by `plain`). */
  offsets?: OffsetSegment[]
}

/** What callers may pass as sources: documents, `{id, text}` records or bare strings. */
export type SourceInput = SourceDocument | {id: string; text: string; speaker?: string} | string

/** Make every input a SourceDocument (bare strings get ids `source-1`, `source-2`, …). */
export function toSourceDocuments(inputs: readonly SourceInput[]): SourceDocument[] {
  return inputs.map((input, index) => {
    if (typeof input === 'string') return {id: `source-${index + 1}`, text: input, format: 'text'}
    if (input === null || typeof input !== 'object' || typeof input.text !== 'string') {
      throw new TypeError(`kutip: source ${index + 1} is neither a string nor {id, text}`)
    }
    const document: SourceDocument = {
      format: 'text',
      ...input,
      id: typeof input.id === 'string' && input.id !== '' ? input.id : `source-${index + 1}`
    }
    return document
  })
}

/** The offset in the original file of a plain-text offset (identity when there is no map). */
export function originalOffset(document: SourceDocument, plain: number): number {
  const segments = document.offsets
  if (!segments || segments.length === 0) return plain
  let low = 0
  let high = segments.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (segments[middle].plain <= plain) low = middle
    else high = middle - 1
  }
  const segment = segments[low]
  return segment.original + Math.min(Math.max(0, plain - segment.plain), segment.length)
}
