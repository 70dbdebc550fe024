/**
 * The verdict for one quote of the draft.
 *
 * Direct and mixed quotes: find candidate regions in the index, align the
 * quote's words with each, and ask each matching source who said the words.
 * The verdict prefers a source that supports both words and speaker:
 *   verbatim / edited  — words found (as they are, or with marked edits) and
 *                        the source names the same speaker or none;
 *   misattributed      — words found, but only where the source gives them to
 *                        someone else (or to the same person in another role);
 *   altered            — the best source region holds most of the words, with
 *                        unmarked changes;
 *   unsupported        — no source region holds at least `minimumMatch` of them (70% by default).
 * Indirect speech: the same, then (when not found word for word) the source
 * sentence sharing most content words, judged against `paraphraseOverlap`.
 */
import type {Graph, Quote, Verdict} from '../contract/graph.ts'
import {align, type Alignment, type DiffStep, type Edit, type WordChanges} from './align.ts'
import {findCandidates} from './candidates.ts'
import {clauseNames, clausesDiffer, describeNames, namesOnlyIn, type ClauseName} from './attribution-clause.ts'
import {attributionAt, type SourceAttribution} from './source-attribution.ts'
import type {SourceIndex} from './source-index.ts'
import {compareSpeakers, graphSpeaker, speakerNamed, type Speaker, type SpeakerComparison} from './speaker-match.ts'
import {hashWord} from './hash.ts'
import {isContentWord, isNegated} from './stopwords.ts'
import type {Reason} from './reason.ts'
import {quoteWords, words} from '../text/words.ts'

export interface QuoteFinding {
  verdict: Verdict
  /** Where in which source (document index, plain-text offsets), or null. */
  location: {document: number; start: number; end: number} | null
  steps?: DiffStep[]
  score: number
  edits: Array<Edit | 'paraphrase'>
  attribution: SourceAttribution | null
  /** For an altered quote: how many words were changed, added and dropped without marking. */
  changes?: WordChanges
  reason: Reason
}

export interface CheckOptions {
  minimumMatch: number
  paraphraseOverlap: number
}

interface Scored {
  alignment: Alignment
  attribution: SourceAttribution
  comparison: SpeakerComparison
  /** Set when the attribution clauses name different people (see attribution-clause.ts). */
  clauses?: {draft: string; source: string}
}

/** What a quote is checked in: the draft's text and graph. */
export interface DraftContext {
  text: string
  graph: Graph
}

const matchRank: Record<Alignment['match'], number> = {verbatim: 0, edited: 1, altered: 2}
const speakerRank: Record<SpeakerComparison, number> = {same: 0, unknown: 1, 'other-role': 2, other: 3}

function better(a: Scored, b: Scored): number {
  return (
    matchRank[a.alignment.match] - matchRank[b.alignment.match] ||
    speakerRank[a.comparison] - speakerRank[b.comparison] ||
    b.alignment.score - a.alignment.score ||
    a.alignment.document - b.alignment.document
  )
}

function nameOf(speaker: Speaker | null): string | null {
  return speaker === null ? null : speaker.name
}

function documentId(index: SourceIndex, document: number): string {
  return index.documents[document].id
}

function fromAlignment(index: SourceIndex, scored: Scored, verdict: Verdict, reason: Reason): QuoteFinding {
  const {alignment} = scored
  return {
    verdict,
    location: {document: alignment.document, start: alignment.start, end: alignment.end},
    steps: alignment.steps,
    score: alignment.score,
    edits: alignment.edits,
    attribution: scored.attribution,
    reason
  }
}

function wordMatches(index: SourceIndex, draft: DraftContext, quote: Quote, draftSpeaker: Speaker | null, options: CheckOptions): {scored: Scored[]; bestScore: number} {
  const {words: quoted, gapAtStart, gapAtEnd} = quoteWords(quote.content.text, quote.content.start)
  let draftClause: ClauseName[] | undefined
  const scored: Scored[] = []
  let bestScore = 0
  for (const candidate of findCandidates(index, quoted)) {
    const alignment = align(index, candidate, quoted, quote.content.text, quote.content.start, {gapAtStart, gapAtEnd})
    if (alignment === null) continue
    bestScore = Math.max(bestScore, alignment.score)
    if (alignment.score < options.minimumMatch) continue
    const attribution = attributionAt(index, alignment.document, alignment.start, alignment.end)
    let comparison = compareSpeakers(draftSpeaker, attribution.speaker)
    let clauses: Scored['clauses']
    if ((comparison === 'same' || comparison === 'unknown') && attribution.quote !== null) {
      const sourceGraph = index.graphOf(alignment.document)
      const sourceQuote = sourceGraph?.quotes.find((candidate) => candidate.id === attribution.quote)
      if (sourceGraph && sourceQuote) {
        draftClause ??= clauseNames(draft.text, draft.graph, quote)
        const sourceClause = clauseNames(index.documents[alignment.document].text, sourceGraph, sourceQuote)
        if (clausesDiffer(draftClause, sourceClause)) {
          comparison = 'other'
          clauses = {draft: describeNames(namesOnlyIn(draftClause, sourceClause)), source: describeNames(namesOnlyIn(sourceClause, draftClause))}
        }
      }
    }
    scored.push({alignment, attribution, comparison, clauses})
    // A source that holds the words and names the same speaker settles it: look no further
    // (so source graphs are extracted only as far as needed).
    const ownWords = quote.kind === 'indirect' || attribution.kind !== 'indirect'
    if (alignment.match !== 'altered' && ownWords && (comparison === 'same' || draftSpeaker === null)) break
  }
  return {scored: scored.sort(better), bestScore}
}

/**
 * The verdict from the word matches. For indirect speech, words a source
 * states without a speaker are not that speaker's statement (they may be the
 * reporter's); for a quotation, words a source has only as indirect speech
 * are not the speaker's own words.
 */
function judgeWords(index: SourceIndex, scored: Scored[], draftSpeaker: Speaker | null, kind: Quote['kind']): QuoteFinding | null {
  const speakerNeeded = kind === 'indirect'
  const supported = scored.filter((entry) => entry.alignment.match !== 'altered')
  const agreeingAll = supported.filter(
    (entry) => entry.comparison === 'same' || (entry.comparison === 'unknown' && !(speakerNeeded && draftSpeaker !== null))
  )
  // A quotation (direct or mixed) must be the speaker's own words: a source that has them
  // only as indirect speech reports them in its own words.
  const agreeing = agreeingAll.find((entry) => speakerNeeded || entry.attribution.kind !== 'indirect')
  const reportedOnly = agreeingAll[0]
  if (agreeing === undefined && reportedOnly !== undefined) {
    const speaker = reportedOnly.attribution.speaker
    return fromAlignment(index, reportedOnly, 'unsupported', {
      kind: speaker === null ? 'indirect-only' : 'indirect-only-of',
      facts: {document: documentId(index, reportedOnly.alignment.document), speaker: nameOf(speaker)}
    })
  }
  if (agreeing !== undefined) {
    const {alignment} = agreeing
    const said = agreeing.comparison === 'same' ? '-said' : ''
    return fromAlignment(index, agreeing, alignment.match, {
      kind: alignment.match === 'verbatim' ? `found-verbatim${said}` : `found-edited${said}`,
      facts: {document: documentId(index, alignment.document), speaker: nameOf(agreeing.attribution.speaker), edits: alignment.edits}
    })
  }
  const contradicting = supported.find((entry) => entry.comparison === 'other' || entry.comparison === 'other-role')
  if (contradicting !== undefined) {
    const role = contradicting.comparison === 'other-role'
    const reason: Reason = {
      kind: contradicting.clauses ? 'clauses-differ' : role ? 'other-role' : 'other-speaker',
      facts: {
        document: documentId(index, contradicting.alignment.document),
        speaker: nameOf(contradicting.attribution.speaker),
        draftSpeaker: nameOf(draftSpeaker),
        draftClause: contradicting.clauses?.draft,
        sourceClause: contradicting.clauses?.source
      }
    }
    // With clauses that disagree, the names written in the source's clause are its speaker.
    const shown = contradicting.clauses
      ? {...contradicting, attribution: {...contradicting.attribution, speaker: speakerNamed(contradicting.clauses.source)}}
      : contradicting
    return fromAlignment(index, shown, 'misattributed', reason)
  }
  const altered = scored.find((entry) => entry.alignment.match === 'altered')
  if (altered !== undefined) {
    const {alignment} = altered
    return {
      ...fromAlignment(index, altered, 'altered', {kind: 'altered', facts: {document: documentId(index, alignment.document), changes: {...alignment.changes}}}),
      changes: {...alignment.changes}
    }
  }
  return null
}

/** Content-word overlap of indirect speech with the sources' sentences. */
function judgeParaphrase(index: SourceIndex, quote: Quote, draftSpeaker: Speaker | null, options: CheckOptions): QuoteFinding {
  const content = [...new Set(words(quote.content.text).map((word) => word.norm).filter(isContentWord))]
  const none: QuoteFinding = {
    verdict: 'unsupported',
    location: null,
    score: 0,
    edits: [],
    attribution: null,
    reason: {kind: content.length === 0 ? 'no-content-words' : 'no-sentence', facts: {}}
  }
  if (content.length === 0) return none
  const hashes = new Map(content.map((norm) => [hashWord(norm), norm]))
  const documentHits = new Map<number, number>()
  for (const hash of hashes.keys()) {
    if (index.wordFrequency(hash) > 50000) continue
    const seen = new Set<number>()
    for (const position of index.wordPositions(hash)) seen.add(index.documentOf(position))
    for (const document of seen) documentHits.set(document, (documentHits.get(document) ?? 0) + 1)
  }
  const needed = Math.max(1, Math.ceil(content.length * options.paraphraseOverlap))
  const documents = [...documentHits.entries()]
    .filter(([, hits]) => hits >= needed)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, 10)

  interface SentenceMatch {
    document: number
    start: number
    end: number
    score: number
    attribution: SourceAttribution
    comparison: SpeakerComparison
  }
  const matches: SentenceMatch[] = []
  const negated = isNegated(words(quote.content.text).map((word) => word.norm))
  let opposite: {document: number; score: number; kind: 'says-otherwise-negated' | 'says-otherwise-number'} | undefined
  const numbers = content.filter((norm) => /^\p{N}/u.test(norm))
  let bestScore = 0
  let bestAny: {document: number; start: number; end: number} | null = null
  const wanted = new Set(content)
  for (const [document] of documents) {
    const documentWords = index.wordsOf(document)
    let at = 0
    for (const sentence of index.sentencesOf(document)) {
      const found = new Set<string>()
      const sentenceNorms: string[] = []
      while (at < documentWords.length && documentWords[at].start < sentence.end) {
        if (documentWords[at].start >= sentence.start) {
          sentenceNorms.push(documentWords[at].norm)
          if (wanted.has(documentWords[at].norm)) found.add(documentWords[at].norm)
        }
        at++
      }
      const score = found.size / content.length
      if (score > bestScore) {
        bestScore = score
        bestAny = {document, start: sentence.start, end: sentence.end}
      }
      if (score < options.paraphraseOverlap) continue
      // The same content words with the opposite polarity say the opposite.
      if (isNegated(sentenceNorms) !== negated) {
        opposite ??= {document, score, kind: 'says-otherwise-negated'}
        continue
      }
      // A figure is a fact: every number of the statement must stand in the sentence.
      if (numbers.some((number) => !found.has(number))) {
        opposite ??= {document, score, kind: 'says-otherwise-number'}
        continue
      }
      const attribution = attributionAt(index, document, sentence.start, sentence.end)
      matches.push({document, start: sentence.start, end: sentence.end, score, attribution, comparison: compareSpeakers(draftSpeaker, attribution.speaker)})
    }
  }
  const byScore = (a: SentenceMatch, b: SentenceMatch): number => b.score - a.score || a.document - b.document || a.start - b.start
  const speaking = matches.filter((match) => match.attribution.speaker !== null || draftSpeaker === null).sort(byScore)
  const pick = (match: SentenceMatch, verdict: Verdict, reason: Reason): QuoteFinding => ({
    verdict,
    location: {document: match.document, start: match.start, end: match.end},
    score: match.score,
    edits: verdict === 'edited' ? ['paraphrase'] : [],
    attribution: match.attribution,
    reason
  })
  const same = speaking.find((match) => match.comparison === 'same' || (draftSpeaker === null && match.comparison === 'unknown'))
  if (same !== undefined) {
    return pick(same, 'edited', {kind: 'paraphrase', facts: {document: documentId(index, same.document), share: same.score}})
  }
  const other = speaking.find((match) => match.comparison === 'other' || match.comparison === 'other-role')
  if (other !== undefined) {
    return pick(other, 'misattributed', {
      kind: 'paraphrase-other-speaker',
      facts: {document: documentId(index, other.document), speaker: nameOf(other.attribution.speaker), draftSpeaker: nameOf(draftSpeaker)}
    })
  }
  const unattributed = matches.sort(byScore)[0]
  return {
    ...none,
    score: bestScore,
    location: null,
    reason:
      opposite !== undefined && unattributed === undefined
        ? {kind: opposite.kind, facts: {document: documentId(index, opposite.document), share: opposite.score}}
        : unattributed !== undefined
        ? {kind: 'not-as-words-of', facts: {document: documentId(index, unattributed.document), share: unattributed.score, draftSpeaker: nameOf(draftSpeaker)}}
        : bestAny === null
          ? none.reason
          : {kind: 'no-speaker-sentence', facts: {document: documentId(index, bestAny.document), share: bestScore, draftSpeaker: nameOf(draftSpeaker)}}
  }
}

/** Verify one quote of the draft graph against the index. */
export function checkQuote(index: SourceIndex, draft: DraftContext, quote: Quote, options: CheckOptions): QuoteFinding {
  const draftSpeaker = graphSpeaker(draft.graph, quote.speaker)
  const {scored, bestScore} = wordMatches(index, draft, quote, draftSpeaker, options)
  const judged = judgeWords(index, scored, draftSpeaker, quote.kind)
  if (quote.kind === 'indirect') {
    if (judged !== null && judged.verdict !== 'altered') return judged
    return judgeParaphrase(index, quote, draftSpeaker, options)
  }
  if (judged !== null) return judged
  const {words: quoted} = quoteWords(quote.content.text)
  return {
    verdict: 'unsupported',
    location: null,
    score: bestScore,
    edits: [],
    attribution: null,
    reason:
      quoted.length === 0
        ? {kind: 'no-words', facts: {}}
        : bestScore > 0
          ? {kind: 'no-source-best', facts: {share: bestScore}}
          : {kind: 'no-source', facts: {}}
  }
}
