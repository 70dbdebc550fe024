/** The reporters `kutip lint --report <name>` knows. */
import type {VFile} from 'vfile'
import {githubReporter} from './github.ts'
import {jsonReporter} from './json.ts'
import type {ReporterOptions} from './message-fields.ts'
import {sarifReporter} from './sarif.ts'
import {stylishReporter} from './stylish.ts'

export type Reporter = (files: VFile[], options?: ReporterOptions) => string

export const reporters: Record<string, Reporter> = {
  stylish: stylishReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter
}

export {githubReporter, jsonReporter, sarifReporter, stylishReporter}
