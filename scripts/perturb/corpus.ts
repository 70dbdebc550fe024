/** The PFSA-ID dev corpus (../shared/corpus, not in the repository): reading it, if it is there. */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export interface GoldSpan {
  start: number
  end: number
  text: string
  label?: string
}

export interface GoldQuote {
  content: GoldSpan
  cue: GoldSpan | null
  speakerMention: GoldSpan | null
  speaker: string | null
  speakerHow: 'explicit' | 'coref' | null
}

export interface Article {
  id: string
  text: string
  quotes: GoldQuote[]
}

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Where the corpus is, resolved from the repository root (not the working directory). */
export const corpusPath = path.join(root, '..', 'shared', 'corpus', 'pfsa-id-dev.jsonl')

/** The articles, or null when the corpus is absent (a fresh clone has no ../shared). */
export function readCorpus(file = corpusPath): Article[] | null {
  if (!existsSync(file)) return null
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Article)
}
