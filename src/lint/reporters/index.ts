/** The reporters `kutip lint --report <name>` knows. */
import type {VFile} from 'vfile'
import reporter from 'vfile-reporter'
import {githubReporter} from './github.ts'
import {jsonReporter} from './json.ts'
import type {ReporterOptions} from './message-fields.ts'
import {sarifReporter} from './sarif.ts'

export type Reporter = (files: VFile[], options?: ReporterOptions) => string

/** `stylish` is vfile-reporter, the reporter of remark-cli, alex and retext. */
export function stylishReporter(files: VFile[], options: ReporterOptions = {}): string {
  const out = reporter(files, {quiet: options.quiet, silent: options.silent, color: options.color, verbose: options.verbose, defaultName: options.defaultName ?? '<stdin>'})
  return out ? out + '\n' : ''
}

export const reporters: Record<string, Reporter> = {
  stylish: stylishReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter
}

export {githubReporter, jsonReporter, sarifReporter}
