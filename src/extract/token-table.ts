/**
 * A text's tokens as columns: for each token its start offset (an Int32Array) and its kind (shared by the tokens of
 * the same text and place: the text, its lower case, WORD / CAPITALIZED / ALL_CAPS, the space and line breaks before
 * it, whether it opens a paragraph). A `Token` object is made only when one is asked for (`at(k)`).
 *
 * Why not an array of token objects: on one long document (a transcript of 50 MB holds some 8 million tokens) an
 * object per token, 48 bytes with Node's 8-byte pointers and 8 more for its slot in the array, was close to half of
 * the engine's live memory. Columns take 12 bytes a token. A token asked for is a small object that dies young.
 *
 *   tokens.length
 *   tokens.at(k)             // the token at k (a fresh object), undefined outside 0…length − 1
 *   tokens.slice(from, to)   // the tokens of [from, to) as an array
 *   for (const token of tokens) …
 */
import type {Token} from './tokens.ts'

/** Bits of a kind's `flags`: what a token's text alone decides. */
export const WORD = 1
export const CAPITALIZED = 2
export const ALL_CAPS = 4
/** Bits of a kind's `place`: where the token stands; the line breaks before it are `Math.floor(place / PLACE_BITS)` (any count). */
export const SPACE_BEFORE = 1
export const PARAGRAPH_START = 2
export const PLACE_BITS = 4

/**
 * What a token's text and place decide, kept once per distinct text and place (of tokens after at most three line
 * breaks; see src/extract/tokens.ts).
 */
export interface Kind {
  readonly text: string
  readonly lower: string
  readonly flags: number
  readonly place: number
  /** The same kind with the paragraph start the other way (made when first asked). */
  flipped: Kind | undefined
}

/**
 * A kind of its own for a part of a token (src/extract/glued-cues.ts splits a glued cue off a name): its text and
 * lower case, with `kind`'s flags and place unless others are given.
 */
export function partKind(kind: Kind, text: string, lower: string, flags = kind.flags, place = kind.place): Kind {
  return {text, lower, flags, place, flipped: undefined}
}

/** `kind` with the paragraph start the other way (`place` may exceed 32 bits: set and cleared by arithmetic). */
function flipped(kind: Kind): Kind {
  if (kind.flipped === undefined) {
    const place = kind.place + ((kind.place & PARAGRAPH_START) !== 0 ? -PARAGRAPH_START : PARAGRAPH_START)
    kind.flipped = {text: kind.text, lower: kind.lower, flags: kind.flags, place, flipped: kind}
  }
  return kind.flipped
}

/** A token as it is handed out: its index and offset, and its kind; the rest is read through getters. */
class PackedToken implements Token {
  constructor(
    readonly index: number,
    readonly start: number,
    /** Its kind (the table's to change: a kept token's paragraph start is set in place). */
    kind: Kind
  ) {
    this.kind = kind
  }

  kind: Kind

  get text(): string {
    return this.kind.text
  }

  get lower(): string {
    return this.kind.lower
  }

  get end(): number {
    return this.start + this.kind.text.length
  }

  get word(): boolean {
    return (this.kind.flags & WORD) !== 0
  }

  get capitalized(): boolean {
    return (this.kind.flags & CAPITALIZED) !== 0
  }

  get allCaps(): boolean {
    return (this.kind.flags & ALL_CAPS) !== 0
  }

  get spaceBefore(): boolean {
    return (this.kind.place & SPACE_BEFORE) !== 0
  }

  get breaksBefore(): number {
    return Math.floor(this.kind.place / PLACE_BITS)
  }

  get paragraphStart(): boolean {
    return (this.kind.place & PARAGRAPH_START) !== 0
  }
}

/**
 * Tokens from which a table makes its token objects when asked for instead of keeping one per token: about a million
 * (a text of some 6 MB). Below it a table keeps an object per token (56 bytes a token, what an array of tokens took),
 * so that an article's phrase readers, which ask for the same tokens again and again, get them without making any.
 */
export const keptTokens = 1 << 20
/** Slots of a large table's cache of tokens handed out (a power of two). */
const cachedTokens = 256

export class TokenTable implements Iterable<Token> {
  readonly length: number
  /** A large table's token last handed out for each slot `k % cachedTokens`. */
  private readonly recent: Array<PackedToken | undefined>

  /**
   * One object per token (`kept`), or the columns: `starts[k]`, `kinds[k]`, token k's offset and kind (the one or the
   * other is null; TokenTableBuilder decides). `keepBelow`: the size below which a table keeps an object per token.
   */
  constructor(
    private readonly kept: PackedToken[] | null,
    private readonly starts: Int32Array | null,
    private readonly kinds: Kind[] | null,
    readonly keepBelow: number
  ) {
    this.length = kept?.length ?? kinds?.length ?? 0
    this.recent = kept === null ? new Array<PackedToken | undefined>(cachedTokens).fill(undefined) : []
  }

  /**
   * The token at `k`; undefined outside 0…length − 1 (not from the end, unlike an array's `at`). Typed as a token, as
   * an array's element is. A large table makes it when asked for, and keeps it while its slot of a small cache is not
   * taken: two calls may give one object or two with the same fields (compare tokens by `index`).
   */
  at(k: number): Token {
    // Bounds checked here: an array read below 0 (`tokens[k - 1]` at 0) is a named-property look-up, and one such
    // read would leave this one read site (the whole engine's) on V8's slow path.
    if (!(k >= 0 && k < this.length)) return undefined as unknown as Token
    const kept = this.kept
    return kept !== null ? kept[k]! : this.made(k)
  }

  /** A large table's token at `k`, from the cache or made now. */
  private made(k: number): Token {
    const slot = k & (cachedTokens - 1)
    const recent = this.recent[slot]
    if (recent !== undefined && recent.index === k) return recent
    const token = new PackedToken(k, this.starts![k]!, this.kinds![k]!)
    this.recent[slot] = token
    return token
  }

  /** The tokens of `[from, to)` (an array's `slice`: a negative bound counts from the end). */
  slice(from = 0, to = this.length): Token[] {
    const first = from < 0 ? Math.max(0, this.length + from) : Math.min(from, this.length)
    const stop = to < 0 ? Math.max(0, this.length + to) : Math.min(to, this.length)
    const out: Token[] = []
    for (let k = first; k < stop; k++) out.push(this.at(k))
    return out
  }

  *[Symbol.iterator](): Iterator<Token> {
    for (let k = 0; k < this.length; k++) yield this.at(k)
  }

  /** Token k's start offset (k within the table). */
  startOf(k: number): number {
    return this.kept !== null ? this.kept[k]!.start : this.starts![k]!
  }

  /** Token k's kind (k within the table), for a builder copying it into another table. */
  kindAt(k: number): Kind {
    return this.kept !== null ? this.kept[k]!.kind : this.kinds![k]!
  }

  /** Token k's lower case, without making a token; undefined outside the table. */
  lowerAt(k: number): string | undefined {
    return k >= 0 && k < this.length ? this.kindAt(k).lower : undefined
  }

  /** Marks or clears token k as a paragraph's first (the tokenizer's own pass, src/extract/tokens.ts). */
  setParagraphStart(k: number, value: boolean): void {
    const kind = this.kindAt(k)
    if (((kind.place & PARAGRAPH_START) === 0) !== value) return
    if (this.kept !== null) {
      this.kept[k]!.kind = flipped(kind)
      return
    }
    this.kinds![k] = flipped(kind)
    this.recent[k & (cachedTokens - 1)] = undefined
  }
}

/**
 * Builds a TokenTable token by token: an object per token while there are fewer than `keepBelow`, columns from there
 * on (the objects made so far become columns).
 */
export class TokenTableBuilder {
  private objects: PackedToken[] | null = []
  private readonly starts: number[] = []
  private readonly kinds: Kind[] = []

  constructor(private readonly keepBelow = keptTokens) {}

  push(start: number, kind: Kind): void {
    const objects = this.objects
    if (objects !== null) {
      if (objects.length < this.keepBelow) {
        objects.push(new PackedToken(objects.length, start, kind))
        return
      }
      for (const token of objects) {
        this.starts.push(token.start)
        this.kinds.push(token.kind)
      }
      this.objects = null
    }
    this.starts.push(start)
    this.kinds.push(kind)
  }

  build(): TokenTable {
    // An array grown by push has up to half its length again in spare slots: the copies have none.
    if (this.objects !== null) return new TokenTable(this.objects.slice(), null, null, this.keepBelow)
    return new TokenTable(null, new Int32Array(this.starts), this.kinds.slice(), this.keepBelow)
  }
}
