/**
 * The parser of plain-text drafts: a shallow nlcst tree (one paragraph per
 * line, the line as one `SourceNode`, with positions) instead of
 * retext-latin's full tree of words.
 *
 * The rules read the prose as a string (the text view) and the engine
 * tokenises the text itself, so a full nlcst parse would be a second
 * tokenisation nobody reads: on the corpus it is most of the cost of a
 * retext run. quote-style, the one rule that needs nlcst nodes, builds
 * the few it needs around the quote marks (see quote-style.ts).
 */
import type {Paragraph, Root, RootContent, Sentence} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'

export function textTree(value: string, file: VFile): Root {
  const place = location(file)
  const point = (offset: number) => {
    const found = place.toPoint(offset)
    return {line: found?.line ?? 1, column: found?.column ?? 1, offset}
  }
  const children: RootContent[] = []
  let start = 0
  const line = (end: number) => {
    if (end <= start) return
    const position = {start: point(start), end: point(end)}
    const sentence: Sentence = {type: 'SentenceNode', children: [{type: 'SourceNode', value: value.slice(start, end), position}], position}
    const paragraph: Paragraph = {type: 'ParagraphNode', children: [sentence], position}
    children.push(paragraph)
  }
  for (let index = 0; index < value.length; index++) {
    const char = value[index]
    if (char !== '\n' && char !== '\r') continue
    line(index)
    let end = index + 1
    while (end < value.length && (value[end] === '\n' || value[end] === '\r')) end++
    children.push({type: 'WhiteSpaceNode', value: value.slice(index, end), position: {start: point(index), end: point(end)}})
    index = end - 1
    start = end
  }
  line(value.length)
  return {type: 'RootNode', children, position: {start: point(0), end: point(value.length)}}
}

/** Unified plugin: parse plain text into the shallow tree. */
export function kutipTextParser(this: Processor) {
  ;(this as unknown as {parser: (value: string, file: VFile) => Root}).parser = (value, file) => textTree(value, file)
}
