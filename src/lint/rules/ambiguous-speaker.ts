/**
 * `ambiguous-speaker`: a pronoun or `-nya` cue (`lanjut dia`, `katanya`) with
 * no earlier speaker, or with two plausible ones.
 *
 * Earlier speaker: an entity of the attribution graph (person, group,
 * anonymous source, organisation or outlet other than the publisher)
 * mentioned before the cue, outside the dateline. Two plausible ones: in the
 * sentence before the cue's sentence and in that sentence up to the cue, two
 * different people speak (a speaker mention of the graph) or open a sentence
 * (its subject); names inside quotation marks and objects do not count.
 */
import type {Quote, Span} from '../../graph/contract.ts'
import {cueAfter, entityIndex, insideQuote, isInDateline, sentenceStart} from '../context.ts'
import {isAnaphoricPronoun, isNyaCue} from '../cues.ts'
import {lintRule} from '../rule.ts'

export interface AmbiguousSpeakerOptions {
  /** Also report a pronoun cue whose reader has to choose between two speakers (default true). */
  twoCandidates: boolean
}

interface PronounCue {
  /** Opening mark of the quote the cue follows, if any. */
  quoteStart?: number
  start: number
  end: number
  text: string
  quote: Quote | undefined
}

const nameBigram = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:[ ]+\p{Lu}[\p{L}'’-]+)+/gu

function firstMention(entity: {mentions: Span[]}): number {
  return Math.min(...entity.mentions.map((m) => m.start))
}

/** Whether a mention opens its sentence (after a title or two: `Menteri Keuangan Sri Mulyani mengatakan …`). */
function opensSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start)
  // linear: checked — runs on the 60 characters before one mention, never on the whole text
  return /(?:^|[.!?…]["”]?\s+|\n\s*)(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u.test(before)
}

/** Whether every word of `inner` stands in `outer` (`Anne Purba` in `Commuter Anne Purba`). */
function containsName(outer: string, inner: string): boolean {
  const words = new Set(outer.split(/\s+/u))
  return inner.split(/\s+/u).every((word) => words.has(word))
}

export default lintRule<AmbiguousSpeakerOptions>(
  {
    id: 'ambiguous-speaker',
    description: 'A pronoun cue (lanjut dia, katanya) points to exactly one earlier speaker',
    severity: 'error',
    fixable: false
  },
  {twoCandidates: true},
  ({state, report}, options) => {
    const text = state.view.text
    const graph = state.graph
    const entities = entityIndex(graph)
    const cues: PronounCue[] = []
    const seen = new Set<number>()

    for (const pair of state.quotes.pairs) {
      const cue = cueAfter(text, pair)
      if (!cue) continue
      const pronoun = isNyaCue(cue.cue) ? undefined : cue.slot !== undefined && isAnaphoricPronoun(cue.slot) ? cue.slot : null
      if (pronoun === null) continue
      const end = pronoun === undefined ? cue.start + cue.cue.length : text.indexOf(pronoun, cue.start + cue.cue.length) + pronoun.length
      const quote = graph.quotes.find((q) => q.content.start < pair.close.offset + 1 && q.content.end > pair.open.offset)
      cues.push({quoteStart: pair.open.offset, start: cue.start, end, text: text.slice(cue.start, end), quote})
      seen.add(cue.start)
    }
    for (const quote of graph.quotes) {
      const mention = quote.speakerMention
      const cue = quote.cue
      const pronounSpan: Span | null =
        mention && isAnaphoricPronoun(mention.text) ? mention : cue && isNyaCue(cue.text) && !mention ? cue : null
      if (!pronounSpan || !cue) continue
      const start = Math.min(cue.start, pronounSpan.start)
      if (seen.has(start) || seen.has(cue.start)) continue
      seen.add(start)
      const end = Math.max(cue.end, pronounSpan.end)
      cues.push({quoteStart: quote.kind === 'indirect' ? undefined : quote.content.start - 1, start, end, text: text.slice(start, end), quote})
    }
    cues.sort((a, b) => a.start - b.start)

    const speakers = new Set(graph.quotes.map((quote) => quote.speaker).filter((id): id is string => id !== null))
    const publisher = graph.document.publisher

    for (const cue of cues) {
      // Is anyone named before the cue?
      let earlier = false
      for (const entity of graph.entities) {
        if (entity.type === 'outlet' && entity.id === publisher) continue
        if (entity.mentions.some((m) => m.end <= cue.start && !isInDateline(graph, m) && !isAnaphoricPronoun(m.text))) {
          earlier = true
          break
        }
      }
      // The graph misses some people (`Fluorina Indrianti`, `Idealita Ismanto, salah satu wisatawan`):
      // any two capitalised words before the cue count as someone named.
      if (!earlier) {
        nameBigram.lastIndex = 0
        const match = nameBigram.exec(text.slice(0, cue.start))
        earlier = match !== null
      }
      // `mereka` often stands for a group named by a common noun (`warga`, `para pedagang`): not reported as speakerless.
      if (!earlier && !/(?<![\p{L}])mereka(?![\p{L}])/iu.test(cue.text)) {
        report(`\`${cue.text}\` has no earlier speaker: name the speaker before using a pronoun`, {start: cue.start, end: cue.end})
        continue
      }
      if (!options.twoCandidates) continue

      // Who is named in the sentence before the cue's sentence and in that sentence up to the cue
      // (names inside quotation marks are the speaker's words, not candidates)?
      const ownSentence = sentenceStart(text, cue.quoteStart ?? cue.start)
      const windowStart = ownSentence > 1 ? sentenceStart(text, ownSentence - 2) : 0
      const candidates = new Set<string>()
      const inWindow = (m: Span) => m.start >= windowStart && m.end <= cue.start && !isAnaphoricPronoun(m.text) && !insideQuote(state.quotes, m.start)
      // A candidate speaks in the window (a quote's speaker mention), or opens one of its sentences
      // (the subject); a person named as an object (`kasus yang menjerat Wasmad`) is not one.
      for (const quote of graph.quotes) {
        const entity = quote.speaker ? entities.get(quote.speaker) : undefined
        if (entity?.type === 'person' && quote.speakerMention && inWindow(quote.speakerMention) && quote.speakerMention.start < (quote.cue?.start ?? cue.start) + 40) candidates.add(entity.id)
      }
      for (const id of speakers) {
        const entity = entities.get(id)
        if (!entity || entity.type !== 'person') continue
        if (entity.mentions.some((m) => inWindow(m) && opensSentence(text, m.start))) candidates.add(id)
      }
      // One person split into two entities by the graph (`Anne Purba` / `Commuter Anne Purba`) is one candidate.
      const persons = [...candidates]
        .map((id) => entities.get(id)!)
        .filter((entity, index, all) => !all.some((other, at) => at !== index && containsName(other.name, entity.name) && (other.name !== entity.name || at < index)))
        .sort((a, b) => firstMention(a) - firstMention(b))
      if (persons.length >= 2) {
        const names = persons.map((entity) => entity!.name)
        report(`\`${cue.text}\` could be ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}: name the speaker`, {
          start: cue.start,
          end: cue.end
        })
      }
    }
  }
)
