/**
 * The PFSA-ID evaluation corpus (../shared/corpus/pfsa-id-dev.jsonl): one
 * article per line with gold direct quotes, cues and speakers.
 */
import {readFileSync} from 'node:fs'

export interface GoldSpan {
  start: number
  end: number
  text: string
  label?: string
}

export type SpeakerHow = 'explicit' | 'coref'

export type StatementKind = 'direct' | 'mixed' | 'indirect'

export interface GoldQuote {
  /** Absent in PFSA-ID, which labels direct quotes only. */
  kind?: StatementKind
  /** The STATEMENT span, quote marks included. */
  content: GoldSpan
  cue: GoldSpan | null
  speakerMention: GoldSpan | null
  /** Fullest PERSON form in the article; null when the text does not identify the speaker. */
  speaker: string | null
  speakerHow: SpeakerHow | null
}

export interface Article {
  id: string
  text: string
  quotes: GoldQuote[]
  /** Quoted stretches the corpus left unlabelled: neither rewarded nor penalised. */
  unannotated: GoldSpan[]
}

/** Read the corpus; a line that is not an article is an error naming its line number. */
export function loadCorpus(file: string): Article[] {
  const lines = readFileSync(file, 'utf8').split('\n')
  const articles: Article[] = []
  lines.forEach((line, index) => {
    if (line.trim() === '') return
    const value = JSON.parse(line) as Partial<Article>
    if (typeof value.id !== 'string' || typeof value.text !== 'string' || !Array.isArray(value.quotes)) {
      throw new Error(`${file}:${index + 1}: not an article (id, text, quotes)`)
    }
    articles.push({id: value.id, text: value.text, quotes: value.quotes, unannotated: value.unannotated ?? []})
  })
  return articles
}
