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
import type {Quote, Span} from '../../contract/graph.ts'
import {cueAfter, entityIndex, graphQuoteAt, insideQuote, isInDateline, lowerBound, sentenceStart} from '../context.ts'
import {isAnaphoricPronoun, isNyaCue, isPluralPronoun} from '../cues.ts'
import {lintRule} from '../rule.ts'
import {optionsSchema, optionTypes} from '../rule-options.ts'

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
  /** The pronoun of the cue as written (`dia`, `mereka`); undefined for a `-nya` cue. */
  pronoun?: string
  quote: Quote | undefined
}

const nameBigram = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:[ ]+\p{Lu}[\p{L}'’-]+)+/gu

function firstMention(entity: {mentions: Span[]}): number {
  // A loop, not Math.min(...): an entity may have more mentions than a call has room for arguments.
  let first = Infinity
  for (const mention of entity.mentions) first = Math.min(first, mention.start)
  return first
}

/** Whether a mention opens its sentence (after a title or two: `Menteri Keuangan Ratna Dewi mengatakan …`). */
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
    fixable: false,
    advisory: true,
    schema: optionsSchema({twoCandidates: optionTypes.boolean})
  },
  {twoCandidates: true},
  ({state, report, t}, options) => {
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
      const quote = graphQuoteAt(graph, pair.open.offset, pair.close.offset + 1, false)
      cues.push({quoteStart: pair.open.offset, start: cue.start, end, text: text.slice(cue.start, end), pronoun, quote})
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
      const pronoun = pronounSpan === mention ? mention.text : undefined
      cues.push({quoteStart: quote.kind === 'indirect' ? undefined : quote.content.start - 1, start, end, text: text.slice(start, end), pronoun, quote})
    }
    // Most texts have no pronoun cue: nothing below can be reported then.
    if (cues.length === 0) return
    cues.sort((a, b) => a.start - b.start)

    const speakers = new Set(graph.quotes.map((quote) => quote.speaker).filter((id): id is string => id !== null))
    const publisher = graph.document.publisher

    // Where the first possible speaker is named (computed once): an entity mention outside the dateline,
    // or — the graph misses some people (`Fluorina Indrianti`) — any two capitalised words.
    let firstNamed = Number.POSITIVE_INFINITY
    for (const entity of graph.entities) {
      if (entity.type === 'outlet' && entity.id === publisher) continue
      for (const m of entity.mentions) {
        if (m.end < firstNamed && !isInDateline(graph, m) && !isAnaphoricPronoun(m.text)) firstNamed = m.end
      }
    }
    nameBigram.lastIndex = 0
    const bigram = nameBigram.exec(text)
    if (bigram) firstNamed = Math.min(firstNamed, bigram.index + bigram[0].length)

    // Speaker mentions and the mentions of people who speak, sorted, for the per-cue windows.
    const speakerMentions = graph.quotes
      .filter((quote) => quote.speakerMention && quote.speaker && entities.get(quote.speaker)?.type === 'person')
      .map((quote) => ({span: quote.speakerMention!, id: quote.speaker!, cueStart: quote.cue?.start}))
      .sort((a, b) => a.span.start - b.span.start)
    const personMentions = [...speakers]
      .map((id) => entities.get(id))
      .filter((entity): entity is NonNullable<typeof entity> => entity?.type === 'person')
      .flatMap((entity) => entity.mentions.map((span) => ({span, id: entity.id})))
      .sort((a, b) => a.span.start - b.span.start)

    for (const cue of cues) {
      const earlier = firstNamed <= cue.start
      // `mereka` often stands for a group named by a common noun (`warga`, `para pedagang`): not reported as speakerless.
      if (!earlier && !(cue.pronoun !== undefined && isPluralPronoun(cue.pronoun))) {
        report(t('ambiguous-speaker.no-antecedent', {cue: cue.text}), {start: cue.start, end: cue.end})
        continue
      }
      if (!options.twoCandidates) continue

      // Who is named in the sentence before the cue's sentence and in that sentence up to the cue
      // (names inside quotation marks are the speaker's words, not candidates)?
      const ownSentence = sentenceStart(state.quotes, cue.quoteStart ?? cue.start)
      const windowStart = ownSentence > 1 ? sentenceStart(state.quotes, ownSentence - 2) : 0
      const candidates = new Set<string>()
      const inWindow = (m: Span) => m.start >= windowStart && m.end <= cue.start && !isAnaphoricPronoun(m.text) && !insideQuote(state.quotes, m.start)
      // A candidate speaks in the window (a quote's speaker mention), or opens one of its sentences
      // (the subject); a person named as an object (`kasus yang menjerat Wasmad`) is not one.
      for (let index = lowerBound(speakerMentions, windowStart, (m) => m.span.start); index < speakerMentions.length; index++) {
        const {span, id, cueStart} = speakerMentions[index]
        if (span.start >= cue.start) break
        if (inWindow(span) && span.start < (cueStart ?? cue.start) + 40) candidates.add(id)
      }
      for (let index = lowerBound(personMentions, windowStart, (m) => m.span.start); index < personMentions.length; index++) {
        const {span, id} = personMentions[index]
        if (span.start >= cue.start) break
        if (inWindow(span) && opensSentence(text, span.start)) candidates.add(id)
      }
      // One person split into two entities by the graph (`Anne Purba` / `Commuter Anne Purba`) is one candidate.
      const persons = [...candidates]
        .map((id) => entities.get(id)!)
        .filter((entity, index, all) => !all.some((other, at) => at !== index && containsName(other.name, entity.name) && (other.name !== entity.name || at < index)))
        .sort((a, b) => firstMention(a) - firstMention(b))
      if (persons.length >= 2) {
        const names = persons.map((entity) => entity!.name)
        report(t('ambiguous-speaker.candidates', {cue: cue.text, names: names.slice(0, -1).join(', '), last: names[names.length - 1]}), {
          start: cue.start,
          end: cue.end
        })
      }
    }
  }
)
