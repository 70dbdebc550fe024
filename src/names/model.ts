/**
 * The trained weights and the file they ship in.
 *
 * A model holds, for every feature kept (by its hash32 key), one weight per
 * tag; the transition scores; the word sets its features ask about (gazetteer
 * name words, common lower-case words, as hash32 keys); and the feature
 * version and options it was trained with.
 *
 * The file: a small binary layout, deflated, in base64 (so it can live in a
 * module and ship wherever the code goes, bundled or not):
 * `KNM1`, JSON header (length-prefixed), transitions (float32), the sorted
 * feature keys delta-coded as varints, per feature a byte of which tags have a
 * weight and those weights as int16 × header.scale, then each word set's
 * sorted keys delta-coded.
 */
import {deflateRawSync, inflateRawSync} from 'node:zlib'
import type {FeatureOptions} from './features.ts'
import {tagCount} from './labels.ts'
import {transitionSize} from './viterbi.ts'

/**
 * Feature key → row, as an open-addressing table: the keys are hashes
 * already, so a key's low bits are its place, and a look-up is a probe or two
 * (a Map of 50,000 numbers is several times slower, and the tagger asks it
 * for every feature of every new word).
 */
export class RowTable {
  private readonly keys: Uint32Array
  /** Row + 1 (0: empty place). */
  private readonly rows: Int32Array
  private readonly mask: number
  size = 0

  constructor(capacity: number) {
    let places = 16
    while (places < capacity * 2) places *= 2
    this.keys = new Uint32Array(places)
    this.rows = new Int32Array(places)
    this.mask = places - 1
  }

  set(key: number, row: number): void {
    let place = key & this.mask
    while (this.rows[place] !== 0 && this.keys[place] !== key) place = (place + 1) & this.mask
    if (this.rows[place] === 0) this.size++
    this.keys[place] = key
    this.rows[place] = row + 1
  }

  /** The key's row, or -1. */
  get(key: number): number {
    let place = key & this.mask
    for (;;) {
      const row = this.rows[place]!
      if (row === 0) return -1
      if (this.keys[place] === key) return row - 1
      place = (place + 1) & this.mask
    }
  }

  *entries(): IterableIterator<[number, number]> {
    for (let place = 0; place < this.rows.length; place++) if (this.rows[place] !== 0) yield [this.keys[place]!, this.rows[place]! - 1]
  }
}

export interface NameModel {
  /** src/names/features.ts `featureVersion` at training. */
  features: string
  options: FeatureOptions
  transitions: Float64Array
  /** Feature key → row in `weights`. */
  rows: RowTable
  /** `weights[row * tagCount + tag]`. */
  weights: Float32Array
  sets: Map<string, Set<number>>
  /** Free-form notes on the training (data, epochs), kept in the header. */
  notes: Record<string, string | number>
}

interface Header {
  features: string
  options: FeatureOptions
  tags: number
  scale: number
  featureCount: number
  sets: Array<{name: string; size: number}>
  notes: Record<string, string | number>
}

const magic = 'KNM1'

class Writer {
  bytes = new Uint8Array(1 << 16)
  length = 0
  private room(extra: number): void {
    if (this.length + extra <= this.bytes.length) return
    let size = this.bytes.length * 2
    while (size < this.length + extra) size *= 2
    const grown = new Uint8Array(size)
    grown.set(this.bytes.subarray(0, this.length))
    this.bytes = grown
  }
  byte(value: number): void {
    this.room(1)
    this.bytes[this.length++] = value
  }
  varint(value: number): void {
    let rest = value
    while (rest >= 0x80) {
      this.byte((rest & 0x7f) | 0x80)
      rest = Math.floor(rest / 128)
    }
    this.byte(rest)
  }
  raw(bytes: Uint8Array): void {
    this.room(bytes.length)
    this.bytes.set(bytes, this.length)
    this.length += bytes.length
  }
  int16(value: number): void {
    this.byte(value & 0xff)
    this.byte((value >> 8) & 0xff)
  }
  float32(value: number): void {
    const buffer = new Uint8Array(4)
    new DataView(buffer.buffer).setFloat32(0, value, true)
    this.raw(buffer)
  }
  sortedKeys(keys: Iterable<number>): void {
    let previous = 0
    for (const key of [...keys].sort((a, b) => a - b)) {
      this.varint(key - previous)
      previous = key
    }
  }
}

class Reader {
  offset = 0
  private readonly view: DataView
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }
  byte(): number {
    if (this.offset >= this.bytes.length) throw new Error('kutip: the name model file is cut short')
    return this.bytes[this.offset++]!
  }
  varint(): number {
    let value = 0
    let factor = 1
    for (;;) {
      const byte = this.byte()
      value += (byte & 0x7f) * factor
      if (byte < 0x80) return value
      factor *= 128
    }
  }
  int16(): number {
    const value = this.view.getInt16(this.offset, true)
    this.offset += 2
    return value
  }
  float32(): number {
    const value = this.view.getFloat32(this.offset, true)
    this.offset += 4
    return value
  }
  text(length: number): string {
    const value = new TextDecoder().decode(this.bytes.subarray(this.offset, this.offset + length))
    this.offset += length
    return value
  }
  sortedKeys(count: number, onKey: (key: number) => void): void {
    let key = 0
    for (let index = 0; index < count; index++) {
      key += this.varint()
      onKey(key)
    }
  }
}

export interface EncodeOptions {
  /** Weights of a smaller magnitude are dropped (a feature with none left is dropped). */
  minWeight: number
}

/** The model as the base64 text of its file; weights below `minWeight` pruned, the rest kept to int16 precision. */
export function encodeModel(model: NameModel, options: EncodeOptions): string {
  let maxAbs = 0
  for (const weight of model.weights) maxAbs = Math.max(maxAbs, Math.abs(weight))
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1
  const kept: Array<[number, number]> = []
  for (const [key, row] of model.rows.entries()) {
    let any = false
    for (let tag = 0; tag < tagCount; tag++) if (Math.abs(model.weights[row * tagCount + tag]!) >= options.minWeight) any = true
    if (any) kept.push([key, row])
  }
  kept.sort((a, b) => a[0] - b[0])
  const header: Header = {
    features: model.features,
    options: model.options,
    tags: tagCount,
    scale,
    featureCount: kept.length,
    sets: [...model.sets].map(([name, set]) => ({name, size: set.size})),
    notes: model.notes
  }
  const writer = new Writer()
  writer.raw(new TextEncoder().encode(magic))
  const headerBytes = new TextEncoder().encode(JSON.stringify(header))
  writer.varint(headerBytes.length)
  writer.raw(headerBytes)
  for (const value of model.transitions) writer.float32(value)
  writer.sortedKeys(kept.map(([key]) => key))
  for (const [, row] of kept) {
    let mask = 0
    const values: number[] = []
    for (let tag = 0; tag < tagCount; tag++) {
      const weight = model.weights[row * tagCount + tag]!
      if (Math.abs(weight) < options.minWeight) continue
      const quantised = Math.round(weight / scale)
      if (quantised === 0) continue
      mask |= 1 << tag
      values.push(quantised)
    }
    writer.byte(mask)
    for (const value of values) writer.int16(value)
  }
  for (const set of model.sets.values()) writer.sortedKeys(set)
  return deflateRawSync(writer.bytes.subarray(0, writer.length), {level: 9}).toString('base64')
}

/** Reads a model from the base64 text of its file. */
export function decodeModel(base64: string): NameModel {
  const bytes = inflateRawSync(Buffer.from(base64, 'base64'))
  const reader = new Reader(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  if (reader.text(4) !== magic) throw new Error('kutip: not a name model file')
  const header = JSON.parse(reader.text(reader.varint())) as Header
  if (header.tags !== tagCount) throw new Error(`kutip: the name model has ${header.tags} tags, the reader ${tagCount}`)
  const transitions = new Float64Array(transitionSize())
  for (let index = 0; index < transitions.length; index++) transitions[index] = reader.float32()
  const keys: number[] = []
  reader.sortedKeys(header.featureCount, (key) => keys.push(key))
  const rows = new RowTable(keys.length)
  const weights = new Float32Array(keys.length * tagCount)
  keys.forEach((key, row) => {
    rows.set(key, row)
    const mask = reader.byte()
    for (let tag = 0; tag < tagCount; tag++) if (mask & (1 << tag)) weights[row * tagCount + tag] = reader.int16() * header.scale
  })
  const sets = new Map<string, Set<number>>()
  for (const {name, size} of header.sets) {
    const set = new Set<number>()
    reader.sortedKeys(size, (key) => set.add(key))
    sets.set(name, set)
  }
  return {features: header.features, options: header.options, transitions, rows, weights, sets, notes: header.notes}
}
