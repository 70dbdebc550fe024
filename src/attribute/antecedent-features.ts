/**
 * The evidence for choosing the antecedent of a speaker carried from context (`katanya`, `ujarnya`, `lanjut dia`,
 * `Menurutnya`, `ia mengatakan`, a floating quote): the candidate people mentioned before the statement, each with
 * named numeric features — distance (tokens, sentences, paragraphs), the role of its mentions (subject of a clause,
 * a speaker, set off after another person as an apposition, inside someone's reported clause or quote), salience
 * (mentions so far, named in the lead), what it is (a named person, a role noun, a body), the cue's form, and whether
 * the sieve (resolve.ts: the nearest salient person) would choose it.
 * antecedent-ranker.ts scores them with weights fitted on dev gold (scripts/train-speakers.ts).
 */
import type {AnalysedText} from '../extract/document.ts'
import type {EntityRecord} from './entities.ts'
import {countBelow} from './sorted-search.ts'

/** A mention of a possible antecedent: where it starts (token), who it is, and the role it has there. */
export interface AntecedentMention {
  token: number
  record: EntityRecord
  /** Opens its clause, or is named after a passive cue. */
  subject: boolean
  /** The speaker of a statement read before. */
  speaker: boolean
  /** Inside the content of an indirect statement (someone's reported words). */
  reported: boolean
  /** Inside a quotation. */
  quoted: boolean
  /** Named right after another person of the same sentence (`Budi, putra aktor Bram`). */
  embedded: boolean
}

/** The cue's form: how the statement points back. */
export type CueForm = 'pronoun' | 'plural' | 'description' | 'title' | 'anaphoric' | 'floating'

export const cueForms: readonly CueForm[] = ['pronoun', 'plural', 'description', 'title', 'anaphoric', 'floating']

export interface AntecedentCandidate {
  record: EntityRecord
  features: Record<string, number>
}

/** Per-text facts the features read: the paragraph of every token, and the end of the lead paragraph. */
export interface AntecedentContext {
  doc: AnalysedText
  paragraphOf: Int32Array
  leadParagraph: number
}

export function antecedentContext(doc: AnalysedText): AntecedentContext {
  const {tokens} = doc
  const paragraphOf = new Int32Array(tokens.length)
  let paragraph = 0
  let leadParagraph = -1
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0 && tokens.at(k)!.paragraphStart) paragraph++
    paragraphOf[k] = paragraph
    if (leadParagraph < 0 && tokens.at(k)!.start >= doc.bodyStart && tokens.at(k)!.word) leadParagraph = paragraph
  }
  return {doc, paragraphOf, leadParagraph: Math.max(leadParagraph, 0)}
}

/** How many distinct people before the statement are candidates; older ones are not weighed. */
export const CANDIDATE_LIMIT = 8
/** How many mentions back the walk looks at most (bounded work per statement). */
const MENTION_WINDOW = 200

/** The last index in `items` (sorted by token) whose token is before `token`, or -1. */
function lastIndexBefore(items: readonly AntecedentMention[], token: number): number {
  return countBelow(items, token, (item) => item.token) - 1
}

interface Gathered {
  record: EntityRecord
  mentions: AntecedentMention[]
}

/** The features a cue's form has of its own (`floating:lastSpeaker` …), in the order a candidate's features list them. */
const formFeatures = ['lastSpeaker', 'sameParagraph', 'nearest', 'lastSubject', 'body', 'sieve', 'subjectSinceLastTurn', 'introducedSinceLastTurn'] as const

const formKeysByForm = new Map<string, readonly string[]>()

/** `form:feature` for each of `formFeatures`, written once per form (every candidate of every statement asks). */
function formKeys(form: CueForm): readonly string[] {
  let keys = formKeysByForm.get(form)
  if (!keys) formKeysByForm.set(form, (keys = formFeatures.map((feature) => `${form}:${feature}`)))
  return keys
}

/**
 * The candidates for a statement anchored at token `anchor`: the distinct records met in `mentions` (people named,
 * sorted by token) and `speakers` (speakers of earlier statements, sorted by token) before it, nearest first, each
 * with its features.
 */
export function antecedentCandidates(
  context: AntecedentContext,
  anchor: number,
  form: CueForm,
  mentions: readonly AntecedentMention[],
  speakers: readonly AntecedentMention[],
  indirect: boolean,
  sieve: EntityRecord | null
): AntecedentCandidate[] {
  const gathered = new Map<EntityRecord, Gathered>()
  const order: EntityRecord[] = []
  const walk = (items: readonly AntecedentMention[]) => {
    for (let index = lastIndexBefore(items, anchor), seen = 0; index >= 0 && seen < MENTION_WINDOW; index--, seen++) {
      const mention = items[index]!
      let entry = gathered.get(mention.record)
      if (!entry) {
        if (gathered.size >= CANDIDATE_LIMIT * 2) continue
        entry = {record: mention.record, mentions: []}
        gathered.set(mention.record, entry)
        order.push(mention.record)
      }
      entry.mentions.push(mention)
    }
  }
  walk(speakers)
  walk(mentions)
  const all = [...gathered.values()]
  for (const entry of all) entry.mentions.sort((a, b) => b.token - a.token)
  // The nearest candidates by their last mention.
  all.sort((a, b) => b.mentions[0]!.token - a.mentions[0]!.token)
  const kept = all.slice(0, CANDIDATE_LIMIT)

  const distinctSpeakers: EntityRecord[] = []
  for (let index = lastIndexBefore(speakers, anchor); index >= 0 && distinctSpeakers.length < 2; index--) {
    const record = speakers[index]!.record
    if (!distinctSpeakers.includes(record)) distinctSpeakers.push(record)
  }
  const lastTurn = lastIndexBefore(speakers, anchor)
  const lastTurnToken = lastTurn >= 0 ? speakers[lastTurn]!.token : -1
  let lastSubject: EntityRecord | null = null
  for (let index = lastIndexBefore(mentions, anchor); index >= 0; index--) {
    const mention = mentions[index]!
    if (mention.subject && !mention.reported && !mention.quoted) {
      lastSubject = mention.record
      break
    }
  }

  const {doc, paragraphOf, leadParagraph} = context
  const anchorSentence = doc.sentenceOf[anchor] ?? 0
  const anchorParagraph = paragraphOf[anchor] ?? 0
  return kept.map((entry, rank) => {
    const {record, mentions: own} = entry
    const nearest = own[0]!
    const named = own.filter((mention) => !mention.speaker)
    const nearestNamed = named[0]
    const sentenceDistance = anchorSentence - (doc.sentenceOf[nearest.token] ?? 0)
    const paragraphDistance = anchorParagraph - (paragraphOf[nearest.token] ?? 0)
    const free = own.filter((mention) => !mention.reported && !mention.quoted)
    const isLastSpeaker = distinctSpeakers[0] === record ? 1 : 0
    const isBody = record.type === 'organization' || record.type === 'outlet' ? 1 : 0
    const features: Record<string, number> = {
      // The sieve's own choice (the nearest salient person) is evidence too: the ranking departs from it only where
      // the other features outweigh it.
      sieve: sieve === record ? 1 : 0,
      person: record.type === 'person' ? 1 : 0,
      anonymous: record.type === 'anonymous' ? 1 : 0,
      group: record.type === 'group' ? 1 : 0,
      body: isBody,
      fullName: record.type === 'person' && record.words.size >= 2 ? 1 : 0,
      lastSpeaker: isLastSpeaker,
      secondSpeaker: distinctSpeakers[1] === record ? 1 : 0,
      spoke: own.some((mention) => mention.speaker) ? 1 : 0,
      nearest: rank === 0 ? 1 : 0,
      secondNearest: rank === 1 ? 1 : 0,
      lastSubject: lastSubject === record ? 1 : 0,
      nearestIsSubject: nearestNamed?.subject ? 1 : 0,
      // Introduced as the subject of a clause since the last quote's speaker spoke (`Lestari (41), warga …, setiap
      // pagi mengantar …` between two quotes): the one a new quote's `katanya` turns to.
      subjectSinceLastTurn: own.some((mention) => mention.subject && !mention.speaker && !mention.reported && !mention.quoted && mention.token > lastTurnToken) ? 1 : 0,
      everSubject: own.some((mention) => mention.subject && !mention.reported && !mention.quoted) ? 1 : 0,
      tokenDistance: Math.log1p(Math.max(0, anchor - nearest.token)) / Math.log(1000),
      sameSentence: sentenceDistance <= 0 ? 1 : 0,
      previousSentence: sentenceDistance === 1 ? 1 : 0,
      sentenceDistance: Math.min(sentenceDistance, 10) / 10,
      sameParagraph: paragraphDistance <= 0 ? 1 : 0,
      previousParagraph: paragraphDistance === 1 ? 1 : 0,
      paragraphDistance: Math.min(paragraphDistance, 5) / 5,
      nearestReported: nearest.reported ? 1 : 0,
      nearestQuoted: nearest.quoted ? 1 : 0,
      onlyReportedOrQuoted: free.length === 0 ? 1 : 0,
      nearestEmbedded: nearestNamed?.embedded && !nearestNamed.subject ? 1 : 0,
      mentions: Math.log1p(own.length) / Math.log(20),
      // Named for the first time since the last quote's speaker spoke: a person the paragraph introduces.
      introducedSinceLastTurn: lastTurnToken >= 0 && own[own.length - 1]!.token > lastTurnToken && !nearest.reported && !nearest.quoted ? 1 : 0,
      lead: own.some((mention) => paragraphOf[mention.token] === leadParagraph) ? 1 : 0
    }
    // The cue's form changes what counts: a floating quote leans on the last speaker, `ia` on the subject.
    const keys = formKeys(form)
    // (`lastSpeaker` and `body` are the candidate's facts, not features of their own.)
    formFeatures.forEach((name, n) => {
      features[keys[n]!] = name === 'lastSpeaker' ? isLastSpeaker : name === 'body' ? isBody : features[name]!
    })
    if (indirect) {
      features['indirect:lastSpeaker'] = isLastSpeaker
      features['indirect:nearest'] = features.nearest!
    }
    return {record, features}
  })
}
