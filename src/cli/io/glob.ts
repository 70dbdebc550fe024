/**
 * The small path rules the file finder (files.ts) shares: what is a glob (the
 * matching itself is globby's), which folders a walk never enters, whether a
 * real path stays inside a folder, and the one order names are listed in.
 *
 *   hasGlobMagic('drafts/*.{md,html}')     // true
 *   isInside('/a/b/c', '/a/b')              // true
 */
import path from 'node:path'
import {isDynamicPattern} from 'globby'

/** `*`, `?`, `[…]`, `{a,b}` or an extglob: a pattern to match rather than a path (an existing path is always a path). */
export function hasGlobMagic(pattern: string): boolean {
  return isDynamicPattern(pattern)
}

/** Directories a walk never enters. */
export function isSkippedDirectory(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules'
}

/** `child` is `parent` or inside it (both real, absolute paths). */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (relative !== '..' && !relative.startsWith('..' + path.sep) && !path.isAbsolute(relative))
}

/** Names in code-unit order: the same order on every machine and locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
