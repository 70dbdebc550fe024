/**
 * Minimal globbing for CLI arguments that the shell did not expand (quoted
 * patterns, Windows shells, config files): `*`, `?`, `[abc]`, `[a-z]`, `[!x]`
 * within one path segment, `**` for any number of directories, and
 * `{a,b}` alternatives (expanded first, as shells do).
 *
 *   hasGlobMagic('drafts/**\/*.md')              // true
 *   for await (const file of globFiles('drafts/**\/*.md')) …   // sorted, deduplicated
 *   await globMatches('drafts/*', {directories: true})         // folders matched too, to walk them
 *
 * `*` and `?` do not match a leading dot (as in shells); `**` does not enter
 * dot-directories, node_modules or symbolic links to folders; a symbolic link
 * leading out of the pattern's fixed folder (`drafts/` in `drafts/*\/x.md`)
 * is not followed. Matching is O(name × pattern), no regex.
 */
import {readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'

export function hasGlobMagic(pattern: string): boolean {
  return /[*?[]/.test(pattern) || expandBraces(pattern).length > 1
}

/** Most alternatives one pattern may expand to (`{a,b}{c,d}` is 4). */
const maxAlternatives = 256

/**
 * `{a,b}` alternatives expanded, left to right, nested braces included
 * (`x{a,b{c,d}}` → `xa`, `xbc`, `xbd`). Braces without a comma, or
 * unbalanced, are literal. Stops at `maxAlternatives` patterns.
 */
export function expandBraces(pattern: string): string[] {
  const open = firstBraceGroup(pattern)
  if (!open) return [pattern]
  const [start, end, options] = open
  const results: string[] = []
  for (const option of options) {
    for (const expanded of expandBraces(pattern.slice(0, start) + option + pattern.slice(end + 1))) {
      if (results.length >= maxAlternatives) return results
      results.push(expanded)
    }
  }
  return results
}

/** The first `{…,…}` group: its bounds and its comma-separated options (top level only). */
function firstBraceGroup(pattern: string): [number, number, string[]] | undefined {
  for (let start = pattern.indexOf('{'); start !== -1; start = pattern.indexOf('{', start + 1)) {
    let depth = 0
    const commas: number[] = []
    for (let index = start; index < pattern.length; index++) {
      const char = pattern[index]
      if (char === '\\') index++
      else if (char === '{') depth++
      else if (char === ',' && depth === 1) commas.push(index)
      else if (char === '}' && --depth === 0) {
        if (commas.length === 0) break
        const bounds = [start, ...commas, index]
        return [start, index, bounds.slice(0, -1).map((from, at) => pattern.slice(from + 1, bounds[at + 1]))]
      }
    }
  }
  return undefined
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
  return (await globMatches(pattern)).map((match) => match.path)
}

export interface GlobMatch {
  path: string
  directory: boolean
}

/** Files (and with `directories`, folders) matching `pattern`, sorted by path (code-unit order), without duplicates. */
export async function globMatches(pattern: string, options: {directories?: boolean} = {}): Promise<GlobMatch[]> {
  const found = new Map<string, boolean>()
  for (const alternative of expandBraces(pattern)) {
    const normalized = alternative.split(path.sep).join('/')
    const segments = normalized.split('/')
    // The static prefix (segments without magic) is where the walk starts.
    let start = 0
    while (start < segments.length - 1 && !hasGlobMagic(segments[start]!)) start++
    const base = segments.slice(0, start).join('/') || (normalized.startsWith('/') ? '/' : '.')
    const root = await realpath(base).catch(() => undefined)
    if (root === undefined) continue
    const walk: GlobWalk = {found, root, directories: options.directories ?? false, relative: start === 0 && !normalized.startsWith('/')}
    await walkGlob(base, segments.slice(start), walk)
  }
  return [...found.keys()].sort(byCodeUnit).map((file) => ({path: file, directory: found.get(file)!}))
}

interface GlobWalk {
  found: Map<string, boolean>
  /** Real path of the pattern's fixed folder: symbolic links may not lead out of it. */
  root: string
  directories: boolean
  relative: boolean
}

async function walkGlob(dir: string, rest: string[], walk: GlobWalk): Promise<void> {
  const [segment, ...tail] = rest
  if (segment === undefined) return
  const entries = await readdir(dir, {withFileTypes: true}).catch(() => [])
  const join = (name: string) => (walk.relative && dir === '.' ? name : dir === '/' ? '/' + name : dir + '/' + name)
  if (segment === '**') {
    await walkGlob(dir, tail, walk) // zero directories
    for (const entry of entries) {
      if (entry.isDirectory() && !isSkippedDirectory(entry.name)) await walkGlob(join(entry.name), rest, walk)
    }
    return
  }
  for (const entry of entries) {
    if (!matchSegment(segment, entry.name)) continue
    const kind = entry.isSymbolicLink() ? await linkKind(join(entry.name), walk.root) : entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : undefined
    if (tail.length === 0) {
      if (kind === 'file' || (kind === 'directory' && walk.directories)) walk.found.set(join(entry.name), kind === 'directory')
    } else if (kind === 'directory') await walkGlob(join(entry.name), tail, walk)
  }
}

/** What a symbolic link leads to, when it stays inside `root`. */
async function linkKind(link: string, root: string): Promise<'file' | 'directory' | undefined> {
  try {
    const real = await realpath(link)
    if (!isInside(real, root)) return undefined
    const info = await stat(real)
    return info.isDirectory() ? 'directory' : info.isFile() ? 'file' : undefined
  } catch {
    return undefined
  }
}

/** `child` is `parent` or inside it (both real, absolute paths). */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (relative !== '..' && !relative.startsWith('..' + path.sep) && !path.isAbsolute(relative))
}

export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
