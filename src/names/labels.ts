/**
 * The tag set: BIO boundaries over three kinds of name. `O` is index 0; the
 * begin tag of a kind always comes right before its inside tag.
 */
export type NameKind = 'PER' | 'ORG' | 'LOC'

export const nameKinds: readonly NameKind[] = ['PER', 'ORG', 'LOC']

/** `O`, then `B-PER`, `I-PER`, `B-ORG`, `I-ORG`, `B-LOC`, `I-LOC`. */
export const tagNames: readonly string[] = ['O', ...nameKinds.flatMap((kind) => [`B-${kind}`, `I-${kind}`])]

export const tagCount = tagNames.length

/** The begin tag of a kind. */
export function beginTag(kind: NameKind): number {
  return 1 + 2 * nameKinds.indexOf(kind)
}

/** The kind of a tag (null for `O`). */
export function kindOf(tag: number): NameKind | null {
  return tag === 0 ? null : nameKinds[(tag - 1) >> 1]!
}

/** Whether the tag opens a name. */
export function isBegin(tag: number): boolean {
  return tag > 0 && (tag - 1) % 2 === 0
}

/**
 * Whether `tag` may follow `previous` (-1: the start of a sentence): an inside
 * tag only continues a name of its own kind.
 */
export function mayFollow(previous: number, tag: number): boolean {
  if (tag === 0 || isBegin(tag)) return true
  return previous === tag || previous === tag - 1
}

/** A run of tagged tokens: `first` and `last` are token indices (inclusive). */
export interface TaggedRun {
  kind: NameKind
  first: number
  last: number
}

/** The names in a tag sequence (an inside tag after another kind opens a name, as conlleval reads it). */
export function runsOf(tags: ArrayLike<number>, offset = 0): TaggedRun[] {
  const runs: TaggedRun[] = []
  let open: TaggedRun | null = null
  for (let index = 0; index < tags.length; index++) {
    const tag = tags[index]!
    const kind = kindOf(tag)
    if (open && (kind !== open.kind || isBegin(tag))) {
      runs.push(open)
      open = null
    }
    if (kind && !open) open = {kind, first: index + offset, last: index + offset}
    else if (open) open.last = index + offset
  }
  if (open) runs.push(open)
  return runs
}
