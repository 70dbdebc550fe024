/**
 * `kutip verify DRAFT… --sources PATH…`: check every quote of the drafts
 * against the material they were written from (docs/verify.md).
 * `kutip verify --sources PATH… --consistency`: statements quoted in several
 * documents with different speakers or outlets.
 */
import {findInconsistencies} from '../../verify/consistency.ts'
import {formatConsistency, formatVerification, lineColumn, type LocateSpan} from '../../verify/format-text.ts'
import {originalOffset} from '../../verify/source-document.ts'
import {parseSource, sourceFormat} from '../../verify/load-sources.ts'
import {SourceIndex} from '../../verify/source-index.ts'
import type {SourceDocument} from '../../verify/source-document.ts'
import {verify} from '../../verify/verify.ts'
import {parseCommandArgs, unknownFormat, usageError} from '../io/args.ts'
import {cliLocale, say} from '../io/locale.ts'
import type {Output} from '../io/output.ts'
import type {Problems} from '../io/problems.ts'
import {readInputs} from '../io/read-input.ts'
import {runCommand} from '../io/run.ts'
import {readSources} from '../io/sources.ts'

export const summary = 'Check every quote against its sources (verbatim, edited, altered, misattributed, unsupported)'

const help = `Usage: kutip verify DRAFT... --sources PATH... [--format text|json]
       kutip verify --sources PATH... --consistency [--format text|json]

For every quote in each draft, a verdict with evidence from the sources:
  verbatim       the words are in a source (ignoring quote marks, white space,
                 case and hyphenation), from the same speaker or none named
  edited         differences a style guide allows, shown: omissions marked
                 … or (...), insertions in brackets, a changed first letter;
                 for indirect speech: a source sentence of that speaker shares
                 its content words
  altered        words changed, added or dropped without marking (word diff)
  misattributed  the words are in a source, said there by someone else (or
                 by the same person in another role)
  unsupported    no source holds it (with the best overlap found)

Sources are files or folders (searched recursively) of .txt, .md, .html and
.jsonl ({"id", "text", "speaker"?} per line; "speaker" declares a transcript
of one person). Markup is stripped: source spans are offsets into the plain
text of the source (the JSON's source nodes also give "origin" offsets in the
original file). Markdown and HTML drafts are read the same way.

Options:
  -s, --sources PATH   a source file or folder (repeat for several)
  --format FORMAT      text (default) or json: the draft's attribution graph
                       with quote.verification, "sources" (source-span nodes)
                       and verified-by / altered-from / contradicted-by edges;
                       several drafts give JSON Lines {"file", ...graph}
  --minimum-match R    least share (0..1) of a quote's words one source stretch
                       must hold to be its source (default 0.7)
  --paraphrase-overlap R
                       least share (0..1) of an indirect statement's content
                       words a source sentence must hold (default 0.6)
  --flagged            text format: show only altered, misattributed and
                       unsupported quotes (the summary still counts all)
  --consistency        instead of verifying drafts: list statements quoted in
                       several documents (the sources, plus any drafts given)
                       with different speakers or outlets
  --locale id|en       language of the messages and the text output (default:
                       the configuration's locale, else LANG, else en)
  --compact            one-line JSON
  -o, --output FILE    write the result to FILE (atomically; never an input)
  -h, --help           show this help

Exit codes: 0 every quote verbatim or edited (or no inconsistency found);
1 some quote altered, misattributed or unsupported (or inconsistencies found);
2 usage error or an input that could not be read.
`

const options = {
  sources: {type: 'string', short: 's', multiple: true},
  format: {type: 'string', default: 'text'},
  locale: {type: 'string'},
  consistency: {type: 'boolean', default: false},
  'minimum-match': {type: 'string'},
  'paraphrase-overlap': {type: 'string'},
  flagged: {type: 'boolean', default: false},
  compact: {type: 'boolean', default: false},
  output: {type: 'string', short: 'o'},
  help: {type: 'boolean', short: 'h', default: false}
} as const

/**
 * Spans of source documents as `line:column–line:column` (1-based), counted in the file as written: a Markdown or
 * HTML source's plain-text offsets are mapped back to the file first. The JSON output keeps the offsets.
 */
function lineColumns(documents: readonly SourceDocument[], files: ReadonlyMap<string, string>): LocateSpan {
  const byId = new Map(documents.map((document) => [document.id, document]))
  return (id, span) => {
    const document = byId.get(id)
    if (!document) return `${span.start}–${span.end}`
    const file = document.offsets && document.path !== undefined ? files.get(document.path) : undefined
    const at = (offset: number) => {
      const {line, column} = file === undefined ? lineColumn(document.text, offset) : lineColumn(file, originalOffset(document, offset))
      return `${line}:${column}`
    }
    return `${at(span.start)}–${at(span.end)}`
  }
}

async function readDrafts(args: string[], problems: Problems, out: Output, files: Map<string, string>): Promise<SourceDocument[]> {
  const drafts: SourceDocument[] = []
  for await (const {path, read} of readInputs(args, {problems, out})) {
    files.set(path, read.text)
    const format = sourceFormat(path)
    drafts.push(...parseSource(read.text, path, format === 'markdown' || format === 'html' ? format : 'text'))
  }
  return drafts
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs('verify', argv, options)
  if ('exitCode' in parsed) return parsed.exitCode
  const {values, positionals} = parsed
  if (values.help) {
    process.stdout.write(help)
    return 0
  }
  if (values.format !== 'json' && values.format !== 'text') {
    return usageError('verify', unknownFormat(values.format, ['text', 'json']))
  }
  const ratios: {minimumMatch?: number; paraphraseOverlap?: number} = {}
  for (const [option, key] of [['minimum-match', 'minimumMatch'], ['paraphrase-overlap', 'paraphraseOverlap']] as const) {
    const value = values[option]
    if (value === undefined) continue
    if (!/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/.test(value)) return usageError('verify', say('cli.invalid-share', {option, value}))
    ratios[key] = Number(value)
  }
  const sourcePaths = values.sources ?? []
  if (sourcePaths.length === 0) return usageError('verify', say('cli.verify.no-sources'))
  if (positionals.length === 0 && !values.consistency) return usageError('verify', say('cli.verify.no-draft'))

  return runCommand('kutip verify', {progress: false}, async (run) => {
    const {problems, openOutput} = run
    const out = await openOutput(values.output, {inputs: [...positionals, ...sourcePaths]})
    const files = new Map<string, string>() // each file's text as read, to give line:column in it
    const sources = await readSources(sourcePaths, problems, out, files)
    const drafts = await readDrafts(positionals, problems, out, files)
    const locate = lineColumns([...sources, ...drafts], files)
    const json = (value: unknown): string => JSON.stringify(value, null, values.compact ? undefined : 2)

    if (values.consistency) {
      const findings = findInconsistencies([...sources, ...drafts])
      await out.write((values.format === 'json' ? json({consistency: findings}) : formatConsistency(findings, locate, cliLocale())) + '\n', 1)
      return findings.length > 0 ? 1 : 0
    }
    if (sources.length === 0) {
      problems.report(sourcePaths.join(', '), say('cli.verify.no-source-documents'))
      return
    }

    const index = new SourceIndex(sources)
    let flagged = false
    const blocks: string[] = []
    for (const draft of drafts) {
      if (run.interrupted) return
      const graph = verify(draft.text, index, ratios)
      const counts = graph.verification.counts
      flagged ||= counts.altered + counts.misattributed + counts.unsupported > 0
      if (values.format === 'text') blocks.push(formatVerification(draft.id, draft.text, graph, {flaggedOnly: values.flagged, locate, locale: cliLocale()}))
      else if (drafts.length === 1) blocks.push(json(graph))
      else blocks.push(JSON.stringify({file: draft.id, ...graph}))
    }
    if (run.interrupted) return
    if (blocks.length > 0) await out.write(blocks.join(values.format === 'text' ? '\n\n' : '\n') + '\n', blocks.length)
    return flagged ? 1 : 0
  })
}
