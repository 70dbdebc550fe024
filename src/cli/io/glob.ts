/**
 * Minimal globbing for CLI arguments that the shell did not expand (quoted
 * patterns, Windows shells, config files): `*`, `?`, `[abc]`, `[a-z]`, `[!x]`
 * within one path segment and `**` for any number of directories.
 *
 *   hasGlobMagic('drafts/**\/*.md')              // true
 *   for await (const file of globFiles('drafts/**\/*.md')) …   // sorted, deduplicated
 *
 * `*` and `?` do not match a leading dot (as in shells); `**` does not enter
 * dot-directories or node_modules. Matching is O(name × pattern), no regex.
 */
import {readdir} from 'node:fs/promises'
import path from 'node:path'

export function hasGlobMagic(pattern: string): boolean {
  return /[*?[]/.test(pattern)
}

/** Directories a walk never enters. */
export function isSkippedDirectory(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules'
}

/** Does `name` (one path segment) match `pattern` (one glob segment)? */
export function matchSegment(pattern: string, name: string): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.')) return false
  let p = 0
  let n = 0
  let starP = -1
  let starN = 0
  while (n < name.length) {
    const char = pattern[p]
    if (char === '*') {
      starP = p++
      starN = n
      continue
    }
    if (char !== undefined) {
      const step = matchOne(pattern, p, name[n]!)
      if (step > 0) {
        p += step
        n++
        continue
      }
    }
    if (starP === -1) return false
    p = starP + 1
    n = ++starN
  }
  while (pattern[p] === '*') p++
  return p === pattern.length
}

/** Length of the pattern token at `p` when it matches `char`, else 0. */
function matchOne(pattern: string, p: number, char: string): number {
  const token = pattern[p]
  if (token === '?') return 1
  if (token === '[') {
    const close = pattern.indexOf(']', p + 2)
    if (close !== -1) {
      let q = p + 1
      const negate = pattern[q] === '!' || pattern[q] === '^'
      if (negate) q++
      let found = false
      for (; q < close; q++) {
        if (pattern[q + 1] === '-' && q + 2 < close) {
          if (char >= pattern[q]! && char <= pattern[q + 2]!) found = true
          q += 2
        } else if (pattern[q] === char) found = true
      }
      return found !== negate ? close - p + 1 : 0
    }
  }
  if (token === '\\' && p + 1 < pattern.length) return pattern[p + 1] === char ? 2 : 0
  return token === char ? 1 : 0
}

/** Files matching `pattern`, sorted by path (code-unit order), without duplicates. */
export async function globFiles(pattern: string): Promise<string[]> {
  const normalized = pattern.split(path.sep).join('/')
  const segments = normalized.split('/')
  // The static prefix (segments without magic) is where the walk starts.
  let start = 0
  while (start < segments.length - 1 && !hasGlobMagic(segments[start]!)) start++
  const base = segments.slice(0, start).join('/') || (normalized.startsWith('/') ? '/' : '.')
  const found = new Set<string>()
  await walk(base, segments.slice(start), found, start === 0 && !normalized.startsWith('/'))
  return [...found].sort(byCodeUnit)
}

async function walk(dir: string, rest: string[], found: Set<string>, relative: boolean): Promise<void> {
  const [segment, ...tail] = rest
  if (segment === undefined) return
  const entries = await readdir(dir, {withFileTypes: true}).catch(() => [])
  const join = (name: string) => (relative && dir === '.' ? name : dir === '/' ? '/' + name : dir + '/' + name)
  if (segment === '**') {
    await walk(dir, tail, found, relative) // zero directories
    for (const entry of entries) {
      if (entry.isDirectory() && !isSkippedDirectory(entry.name)) await walk(join(entry.name), rest, found, relative)
    }
    return
  }
  for (const entry of entries) {
    if (!matchSegment(segment, entry.name)) continue
    if (tail.length === 0) {
      if (entry.isFile() || entry.isSymbolicLink()) found.add(join(entry.name))
    } else if (entry.isDirectory() || entry.isSymbolicLink()) await walk(join(entry.name), tail, found, relative)
  }
}

export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
