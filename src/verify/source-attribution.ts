/**
 * Who says a stretch of a source, according to the source itself: the
 * speaker of the quote in the source's own graph (extracted lazily) that
 * covers the stretch; else, in a transcript, the speaker of the turn
 * (`Nama: …`) that holds it; else the speaker the source document declares.
 */
import type {QuoteKind} from '../contract/graph.ts'
import {graphSpeaker, speakerNamed, type Speaker} from './speaker-match.ts'
import type {SourceIndex} from './source-index.ts'

export interface SourceAttribution {
  speaker: Speaker | null
  /** The covering quote's id in the source's graph. */
  quote: string | null
  /** Its kind: `indirect` means the source reports the words, the speaker did not say them so. */
  kind: QuoteKind | null
}

/** The attribution of source text [start, end) of a document. */
export function attributionAt(index: SourceIndex, document: number, start: number, end: number): SourceAttribution {
  const graph = index.graphOf(document)
  const declared = index.documents[document].speaker
  // The quote whose content fits the stretch best (Jaccard), so that of nested
  // quotes (`X menyatakan, menurut Y, …`) the one that is exactly these words wins.
  let best: {id: string; speaker: string | null; kind: QuoteKind; fit: number} | null = null
  for (const quote of graph?.quotes ?? []) {
    const overlap = Math.min(end, quote.content.end) - Math.max(start, quote.content.start)
    const shorter = Math.min(end - start, quote.content.end - quote.content.start)
    if (overlap <= 0 || overlap < shorter * 0.5) continue
    const fit = overlap / (Math.max(end, quote.content.end) - Math.min(start, quote.content.start))
    if (best === null || fit > best.fit) best = {id: quote.id, speaker: quote.speaker, kind: quote.kind, fit}
  }
  if (best !== null) {
    const speaker = graph === null ? null : graphSpeaker(graph, best.speaker)
    return {speaker: speaker ?? (declared === undefined ? null : speakerNamed(declared)), quote: best.id, kind: best.kind}
  }
  const turn = index.turnsOf(document).find((candidate) => candidate.start <= start && end <= candidate.end)
  if (turn !== undefined) return {speaker: turn.speaker === null ? null : speakerNamed(turn.speaker), quote: null, kind: null}
  return {speaker: declared === undefined ? null : speakerNamed(declared), quote: null, kind: null}
}
