/**
 * Words as written → a number (the tagger's offset of their scores), as an
 * open-addressing table on the words' hash32: a token's look-up is one hash
 * over its few letters, a probe or two and one string comparison — several
 * times faster than a Map of strings when the table holds tens of thousands
 * of words.
 */
import {hash32} from './hash.ts'

export class WordTable {
  private words: string[] = []
  private hashes = new Uint32Array(0)
  /** Value + 1 (0: empty place). */
  private values = new Int32Array(0)
  private mask = 0
  size = 0

  constructor(capacity = 4096) {
    this.allocate(capacity)
  }

  private allocate(places: number): void {
    this.words = new Array<string>(places).fill('')
    this.hashes = new Uint32Array(places)
    this.values = new Int32Array(places)
    this.mask = places - 1
    this.size = 0
  }

  /** The word's value, or -1. */
  get(word: string): number {
    const hash = hash32(word)
    let place = hash & this.mask
    for (;;) {
      const value = this.values[place]!
      if (value === 0) return -1
      if (this.hashes[place] === hash && this.words[place] === word) return value - 1
      place = (place + 1) & this.mask
    }
  }

  set(word: string, value: number): void {
    if ((this.size + 1) * 2 > this.values.length) this.grow()
    const hash = hash32(word)
    let place = hash & this.mask
    while (this.values[place] !== 0 && !(this.hashes[place] === hash && this.words[place] === word)) place = (place + 1) & this.mask
    if (this.values[place] === 0) this.size++
    this.words[place] = word
    this.hashes[place] = hash
    this.values[place] = value + 1
  }

  clear(): void {
    this.allocate(4096)
  }

  private grow(): void {
    const {words, values} = this
    this.allocate(values.length * 2)
    for (let place = 0; place < values.length; place++) if (values[place] !== 0) this.set(words[place]!, values[place]! - 1)
  }
}
