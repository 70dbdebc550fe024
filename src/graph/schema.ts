/**
 * The published JSON Schema of the graph (docs/graph.schema.json), a validator
 * compiled once, and the integrity checks a schema cannot express.
 */
import {Ajv2020} from 'ajv/dist/2020.js'
import type {ErrorObject} from 'ajv'
import graphSchemaJson from '../../docs/graph.schema.json' with {type: 'json'}
import type {Graph} from '../contract/graph.ts'

/** The JSON Schema (draft 2020-12) of output contract version 1. */
export const graphSchema: Readonly<Record<string, unknown>> = graphSchemaJson

export interface SchemaResult {
  valid: boolean
  /** One line per problem: `<JSON pointer> <message>`, empty when valid. */
  errors: string[]
}

let compiled: ReturnType<Ajv2020['compile']> | undefined

function validator(): ReturnType<Ajv2020['compile']> {
  if (!compiled) {
    const ajv = new Ajv2020({allErrors: true, strict: true})
    compiled = ajv.compile(graphSchemaJson)
  }
  return compiled
}

function detail(error: ErrorObject): string {
  const params = error.params as {additionalProperty?: string; allowedValue?: unknown; allowedValues?: unknown[]}
  switch (error.keyword) {
    case 'additionalProperties':
      return ` (${String(params.additionalProperty)})`
    case 'const':
      return ` (${JSON.stringify(params.allowedValue)})`
    case 'enum':
      return ` (${(params.allowedValues ?? []).map((value) => JSON.stringify(value)).join(', ')})`
    default:
      return ''
  }
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? '/' : error.instancePath
  return `${where} ${error.message ?? error.keyword}${detail(error)}`
}

/**
 * A nullable field that is wrong reports three errors (the null branch, the
 * real one, the `oneOf`); keep the real one, which says what is wrong.
 */
function withoutBranchNoise(errors: readonly ErrorObject[]): ErrorObject[] {
  const isNullBranch = (error: ErrorObject) =>
    error.keyword === 'type' && (error.params as {type?: unknown}).type === 'null'
  return errors.filter((error) => {
    if (error.keyword === 'oneOf') return false
    if (!isNullBranch(error)) return true
    const path = error.instancePath
    return !errors.some(
      (other) => other !== error && other.keyword !== 'oneOf' && !isNullBranch(other) &&
        (other.instancePath === path || other.instancePath.startsWith(path + '/'))
    )
  })
}

/** Validate a value against the graph schema. Never throws. */
export function validateGraph(graph: unknown): SchemaResult {
  const validate = validator()
  if (validate(graph)) return {valid: true, errors: []}
  return {valid: false, errors: withoutBranchNoise(validate.errors ?? []).map(describe)}
}

interface SpanLike {
  start: number
  end: number
  text: string
}

function isSpanLike(value: unknown): value is SpanLike {
  if (value === null || typeof value !== 'object') return false
  const record = value as Record<string, unknown>
  return typeof record.start === 'number' && typeof record.end === 'number' && typeof record.text === 'string'
}

/**
 * Every span anywhere in the graph, with its JSON pointer. Skips the spans of
 * `verification.source` and of the top-level `sources` (source-span nodes that
 * verification adds), which point into source documents, not the input.
 */
function collectSpans(value: unknown, pointer: string, out: Array<[string, SpanLike]>): void {
  if (value === null || typeof value !== 'object') return
  if (isSpanLike(value)) {
    out.push([pointer, value])
    return
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectSpans(item, `${pointer}/${index}`, out))
    return
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === 'source' && pointer.endsWith('/verification')) continue
    if (key === 'sources' && pointer === '') continue
    collectSpans(child, `${pointer}/${key}`, out)
  }
}

function checkSpan(pointer: string, span: SpanLike, input: string): string | undefined {
  const {start, end, text} = span
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > input.length) {
    return `${pointer} span offsets out of range: [${start}, ${end}) in an input of ${input.length}`
  }
  const actual = input.slice(start, end)
  if (actual !== text) {
    return `${pointer} span text ${JSON.stringify(text)} is not the input at [${start}, ${end}): ${JSON.stringify(actual)}`
  }
  return undefined
}

/**
 * The leading letters of the graph's entity ids (`e` for `e12`, `person` for
 * `person:jeon`): a role affiliation that starts with one of them followed by a
 * digit or separator, and holds no space, is taken as an id and must resolve.
 */
function idShapes(ids: Iterable<string>): RegExp | undefined {
  const prefixes = new Set<string>()
  for (const id of ids) {
    const prefix = /^[A-Za-z]+(?=[\d:_\-#/.])/.exec(id)
    if (prefix) prefixes.add(prefix[0])
  }
  if (prefixes.size === 0) return undefined
  const alternatives = [...prefixes].join('|')
  return new RegExp(`^(?:${alternatives})[\\d:_\\-#/.]\\S*$`)
}

/**
 * What the schema cannot check: span texts match the input, ids are unique,
 * every reference resolves. Returns one message per problem, empty when the
 * graph is sound. A value that fails the schema gets the schema's messages
 * (prefixed `schema:`) instead, so this never throws.
 */
export function checkGraphIntegrity(graph: Graph, input: string): string[] {
  const schema = validateGraph(graph)
  if (!schema.valid) return schema.errors.map((error) => `schema: ${error}`)
  if (typeof input !== 'string') return ['the input is not a string']
  const problems: string[] = []

  const spans: Array<[string, SpanLike]> = []
  collectSpans(graph, '', spans)
  for (const [pointer, span] of spans) {
    const problem = checkSpan(pointer, span, input)
    if (problem) problems.push(problem)
  }

  const entityIds = new Map<string, Graph['entities'][number]>()
  const nodeIds = new Set<string>(['document'])
  const claim = (id: string, pointer: string): void => {
    if (nodeIds.has(id)) problems.push(`${pointer} ${JSON.stringify(id)} is not unique`)
    nodeIds.add(id)
  }
  graph.entities.forEach((entity, index) => {
    claim(entity.id, `/entities/${index}/id`)
    entityIds.set(entity.id, entity)
  })
  graph.quotes.forEach((quote, index) => claim(quote.id, `/quotes/${index}/id`))
  // Source-span nodes added by verification (src/verify) are nodes too.
  const sourceNodes = (graph as {sources?: unknown}).sources
  if (Array.isArray(sourceNodes)) {
    sourceNodes.forEach((node, index) => {
      const id = (node as {id?: unknown} | null)?.id
      if (typeof id === 'string') claim(id, `/sources/${index}/id`)
    })
  }

  const mustBeEntity = (id: string | null, pointer: string, type?: string): void => {
    if (id === null) return
    const entity = entityIds.get(id)
    if (!entity) problems.push(`${pointer} ${JSON.stringify(id)} is not an entity id`)
    else if (type && entity.type !== type) {
      problems.push(`${pointer} ${JSON.stringify(id)} is a ${entity.type}, expected an ${type}`)
    }
  }

  const {document} = graph
  mustBeEntity(document.publisher, '/document/publisher', 'outlet')
  if (document.dateline) mustBeEntity(document.dateline.outlet, '/document/dateline/outlet', 'outlet')
  document.sources.forEach((id, index) => mustBeEntity(id, `/document/sources/${index}`, 'outlet'))

  graph.quotes.forEach((quote, index) => {
    mustBeEntity(quote.speaker, `/quotes/${index}/speaker`)
    mustBeEntity(quote.addressee, `/quotes/${index}/addressee`)
    mustBeEntity(quote.citing, `/quotes/${index}/citing`)
  })

  const idShape = idShapes(entityIds.keys())
  graph.entities.forEach((entity, index) => {
    entity.roles.forEach((role, roleIndex) => {
      const {affiliation} = role
      if (affiliation === null || entityIds.has(affiliation)) return
      if (idShape?.test(affiliation)) {
        problems.push(`/entities/${index}/roles/${roleIndex}/affiliation ${JSON.stringify(affiliation)} looks like an id but is not an entity`)
      }
    })
  })

  graph.edges.forEach((edge, index) => {
    if (!nodeIds.has(edge.from)) problems.push(`/edges/${index}/from ${JSON.stringify(edge.from)} is not a node`)
    if (!nodeIds.has(edge.to)) problems.push(`/edges/${index}/to ${JSON.stringify(edge.to)} is not a node`)
  })

  return problems
}
