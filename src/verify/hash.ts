/** 32-bit hashes for the source index: FNV-1a for words, a mixing step for word n-grams. */

export function hashWord(norm: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < norm.length; index++) {
    hash ^= norm.charCodeAt(index)
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
