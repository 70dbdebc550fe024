/**
 * The last step of `npm run build` (scripts/build.js): the declarations in dist/ name
 * their neighbours as `./x.js`.
 *
 * tsc (`rewriteRelativeImportExtensions`) rewrites `./x.ts` to `./x.js` in
 * the .js files it emits but leaves the .d.ts files with the specifiers the
 * sources wrote. TypeScript before 5.0 cannot read a `.ts` specifier in a
 * declaration (TS2691), and `./x.js`, the file next to `x.d.ts`, is what
 * every version and every bundler resolves. test/package.test.ts checks that
 * no `.ts` specifier is left in the package.
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'

// `from './x.ts'`, `import('./x.ts')`, `import './x.ts'`: a relative specifier on one line (no nested quantifier).
const relativeSpecifier = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.\.?\/[^'"\n]*)\2/g

/** Rewrite the `.ts` specifiers of every .d.ts file under `dir`; returns how many files changed. */
export function rewriteDeclarationSpecifiers(dir) {
  let changed = 0
  for (const entry of readdirSync(dir, {withFileTypes: true, recursive: true})) {
    if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue
    const file = path.join(entry.parentPath ?? entry.path, entry.name)
    const text = readFileSync(file, 'utf8')
    const rewritten = text.replace(relativeSpecifier, (whole, lead, quote, specifier) =>
      specifier.endsWith('.ts') && !specifier.endsWith('.d.ts') ? `${lead}${quote}${specifier.slice(0, -'.ts'.length)}.js${quote}` : whole
    )
    if (rewritten !== text) {
      writeFileSync(file, rewritten)
      changed++
    }
  }
  return changed
}

