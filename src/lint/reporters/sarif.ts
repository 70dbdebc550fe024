/**
 * `--report sarif`: a SARIF 2.1.0 log for code scanning (GitHub, Azure DevOps,
 * VS Code SARIF viewer).
 *
 * - one run, tool `kutip` with every rule's metadata (id, name, descriptions,
 *   help URI, default level), so viewers can show rules that did not fire;
 * - each result: stable `ruleId` + `ruleIndex`, level, message, a region in
 *   UTF-16 code units (`columnKind`), and `partialFingerprints` that survive
 *   edits elsewhere in the file: a hash of rule, path and offending text, with
 *   the occurrence number for repeats (never the line number);
 * - certain fixes (`expected`) as SARIF `fixes`.
 */
import {createHash} from 'node:crypto'
import {pathToFileURL} from 'node:url'
import type * as Sarif from 'sarif'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {repositoryUrl, version} from '../../version.ts'
import {ruleUrl} from '../rule.ts'
import {rules} from '../rules/index.ts'
import {displayPath, levelOf, regionOf, shown, shownFiles, type ReporterOptions} from './message-fields.ts'

const sarifLevel = {error: 'error', warning: 'warning', info: 'note'} as const
const defaultLevel = {error: 'error', warn: 'warning', info: 'note', off: 'none'} as const

function pascal(id: string): string {
  return id.replace(/(^|-)(\p{L})/gu, (_, __, letter: string) => letter.toUpperCase())
}

function ruleDescriptors(): Sarif.ReportingDescriptor[] {
  return rules.map((rule) => ({
    id: rule.meta.id,
    name: pascal(rule.meta.id),
    shortDescription: {text: rule.meta.description},
    fullDescription: {text: rule.meta.description + '.'},
    helpUri: ruleUrl(rule.meta.id),
    help: {text: `See ${ruleUrl(rule.meta.id)}`},
    defaultConfiguration: {level: defaultLevel[rule.meta.severity]},
    properties: {tags: ['attribution', 'journalism', 'indonesian'], fixable: rule.meta.fixable}
  }))
}

function fingerprint(path: string, message: VFileMessage): string {
  return createHash('sha256')
    .update([message.source ?? '', message.ruleId ?? '', path, message.actual ?? '', message.reason].join('\u0000'))
    .digest('hex')
    .slice(0, 32)
}

export function sarifLog(files: VFile[], options: ReporterOptions = {}, cwd = process.cwd()): Sarif.Log {
  const descriptors = ruleDescriptors()
  const index = new Map(descriptors.map((descriptor, position) => [descriptor.id, position]))
  const results: Sarif.Result[] = []
  const artifacts: Sarif.Artifact[] = []
  for (const file of shownFiles(files, options)) {
    const uri = displayPath(file, cwd)
    artifacts.push({location: {uri, uriBaseId: '%SRCROOT%'}})
    const seen = new Map<string, number>()
    for (const message of shown(file, options)) {
      const region = regionOf(message)
      const hash = fingerprint(uri, message)
      const occurrence = (seen.get(hash) ?? 0) + 1
      seen.set(hash, occurrence)
      const ruleId = message.source === 'kutip' ? message.ruleId ?? 'kutip' : `${message.source ?? 'kutip'}/${message.ruleId ?? 'message'}`
      const artifactLocation = {uri, uriBaseId: '%SRCROOT%', index: artifacts.length - 1}
      const result: Sarif.Result = {
        ruleId,
        level: sarifLevel[levelOf(message)],
        message: {text: message.reason},
        locations: [{physicalLocation: {artifactLocation, region}}],
        partialFingerprints: {'kutipMessage/v1': `${hash}:${occurrence}`}
      }
      const ruleIndex = index.get(ruleId)
      if (ruleIndex !== undefined) result.ruleIndex = ruleIndex
      const expected = message.expected?.[0]
      if (expected !== undefined && message.source === 'kutip') {
        result.fixes = [
          {
            description: {text: `Replace \`${message.actual ?? ''}\` with \`${expected}\``},
            artifactChanges: [{artifactLocation, replacements: [{deletedRegion: region, insertedContent: {text: expected}}]}]
          }
        ]
      }
      results.push(result)
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kutip',
            informationUri: repositoryUrl,
            semanticVersion: version,
            version,
            rules: descriptors
          }
        },
        originalUriBaseIds: {'%SRCROOT%': {uri: pathToFileURL(cwd.endsWith('/') ? cwd : cwd + '/').href}},
        artifacts,
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
}

export function sarifReporter(files: VFile[], options: ReporterOptions = {}): string {
  return JSON.stringify(sarifLog(files, options), null, 2) + '\n'
}
