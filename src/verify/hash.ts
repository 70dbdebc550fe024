/**
 * 32-bit hashes for the source index: FNV-1a for words (the project's one
 * FNV-1a, `hash32` in src/names/hash.ts, which also keys the name model's
 * features), a mixing step for word n-grams.
 */
import {hash32} from '../names/hash.ts'

/** The hash of a normalised word. */
export const hashWord: (norm: string) => number = hash32

/**
 * `hashWord(normalizeWord(text.slice(start, end)))` without building strings
 * for plain ASCII words (the index's hot loop: hash32's steps over the
 * lower-cased code units, fused); anything else takes the slow path.
 */
export function hashWordAt(text: string, start: number, end: number, normalize: (raw: string) => string): number {
  let hash = 0x811c9dc5
  for (let index = start; index < end; index++) {
    let code = text.charCodeAt(index)
    if (code >= 128 || code === 45) return hashWord(normalize(text.slice(start, end)))
    if (code >= 65 && code <= 90) code += 32
    hash ^= code
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** The hash of `count` consecutive word hashes starting at `from`. */
export function hashShingle(wordHashes: ArrayLike<number>, from: number, count: number): number {
  let hash = 0x9747b28c
  for (let index = from; index < from + count; index++) {
    hash = Math.imul(hash ^ wordHashes[index], 0x5bd1e995)
    hash ^= hash >>> 15
  }
  return hash >>> 0
}
