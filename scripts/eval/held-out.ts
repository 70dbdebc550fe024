/**
 * The held-out sets of corpus/ (corpus/held-out.json): articles kept out of
 * development, scored on their own lines by `npm run eval` and never learnt
 * from by `npm run train`.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {ownCorpusDir} from './paths.ts'

export interface HeldOutSet {
  name: string
  written: string
  /** False once engine changes were made after reading the set's errors. */
  blind: boolean
  articles: string[]
}

export const heldOutFile = path.join(ownCorpusDir, 'held-out.json')

/** The sets, in the file's order (none when the file is absent). */
export function heldOutSets(): HeldOutSet[] {
  if (!existsSync(heldOutFile)) return []
  return (JSON.parse(readFileSync(heldOutFile, 'utf8')) as {sets: HeldOutSet[]}).sets
}

/** The held-out set an article of corpus/ belongs to (by its file name without extension), or undefined. */
export function heldOutSetOf(id: string, sets: readonly HeldOutSet[] = heldOutSets()): HeldOutSet | undefined {
  return sets.find((set) => set.articles.includes(id))
}
