/**
 * Prose: the text kutip reads from a document, as pieces that remember where
 * in the file they were read (markup, entities and escapes left behind) or
 * that were put in to keep blocks apart. Built by the markup-to-text map
 * (src/markup/prose.ts) and by the text view of an nlcst tree (text-view.ts).
 */
/** A stretch of the prose read from the file: `length` characters from `fileStart`. */
export interface ProseSegment {
  viewStart: number
  fileStart: number
  length: number
}

/** A piece of the prose: read from the file at `fileStart`, or put in to keep blocks apart (no `fileStart`). */
export interface ProsePiece {
  value: string
  fileStart?: number
}

export interface Prose {
  text: string
  /** The pieces in order (`text` is their concatenation). */
  pieces: ProsePiece[]
  /** The pieces read from the file, as view → file offsets (sorted by `viewStart`). */
  segments: ProseSegment[]
}

/** The prose of pieces: their text and segments. */
export function proseOf(pieces: ProsePiece[]): Prose {
  const parts: string[] = []
  const segments: ProseSegment[] = []
  let length = 0
  for (const piece of pieces) {
    if (piece.fileStart !== undefined) segments.push({viewStart: length, fileStart: piece.fileStart, length: piece.value.length})
    parts.push(piece.value)
    length += piece.value.length
  }
  return {text: parts.join(''), pieces, segments}
}

