/**
 * FNV-1a over UTF-16 code units, 32 bits: the key of a feature string in the
 * weights, and of a word in the model's word sets. Training and tagging hash
 * the same strings, so the two agree by construction. Verify's source index
 * keys its words with it too (src/verify/hash.ts).
 */
export function hash32(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
