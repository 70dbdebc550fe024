/**
 * Rule options checked against the JSON schema each rule declares
 * (`meta.schema`), with ajv: an unknown key or a wrong type is an error of one
 * line naming the rule, the option and what was expected —
 * ``Invalid options for rule `quote-style`: `preferred` must be one of "consistent", "smart", "straight" (got 42)``.
 *
 * ajv is loaded (and a rule's schema compiled) only when a setting has
 * options, so a plain `kutip lint draft.txt` does not pay for it.
 */
import {t} from '../lang/messages.ts'
import {createRequire} from 'node:module'
import type {ErrorObject, ValidateFunction} from 'ajv'

/** The JSON schema of a rule's options object (a subset of JSON Schema draft-07 that ajv reads). */
export interface OptionsSchema {
  type: 'object'
  properties: Record<string, Record<string, unknown>>
  additionalProperties: false
  [keyword: string]: unknown
}

/** A schema for an options object with these properties and no others. */
export function optionsSchema(properties: Record<string, Record<string, unknown>> = {}): OptionsSchema {
  return {type: 'object', properties, additionalProperties: false}
}

/** Schemas of the usual option types. */
export const optionTypes = {
  boolean: {type: 'boolean'},
  strings: {type: 'array', items: {type: 'string'}},
  oneOf: (...values: string[]) => ({enum: values})
} as const

type AjvClass = new (options: Record<string, unknown>) => {compile(schema: object): ValidateFunction}
let ajv: InstanceType<AjvClass> | undefined
const compiled = new WeakMap<object, ValidateFunction>()

function validatorOf(schema: OptionsSchema): ValidateFunction {
  let validate = compiled.get(schema)
  if (!validate) {
    if (!ajv) {
      const module = createRequire(import.meta.url)('ajv') as {default: AjvClass}
      ajv = new module.default({allErrors: false, verbose: true, strict: false})
    }
    validate = ajv.compile(schema)
    compiled.set(schema, validate)
  }
  return validate
}

const kinds: Record<string, string> = {
  boolean: 'true or false',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  array: 'an array',
  object: 'an object',
  null: 'null'
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing'
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = Object.prototype.toString.call(value)
  }
  return text.length > 40 ? text.slice(0, 39) + '…' : text
}

/** `/allow/0/1` → `allow[0][1]`; the root → `options`. */
function pathName(instancePath: string): string {
  if (instancePath === '') return 'options'
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part, index) => (/^\d+$/u.test(part) ? `[${part}]` : index === 0 ? part : '.' + part))
    .join('')
}

function describe(error: ErrorObject, schema: OptionsSchema): string {
  const where = '`' + pathName(error.instancePath) + '`'
  const got = ` (got ${shown(error.data)})`
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'additionalProperties': {
      const known = error.instancePath === '' ? Object.keys(schema.properties) : Object.keys((error.parentSchema as OptionsSchema | undefined)?.properties ?? {})
      const name = String(params.additionalProperty)
      return known.length === 0 ? t('config.options.none', {name}) : t('config.options.unknown', {name, known: known.join(', ')})
    }
    case 'type':
      return `${where} must be ${String(params.type).split(',').map((type) => kinds[type] ?? type).join(' or ')}${got}`
    case 'enum':
      return t('config.options.one-of', {where, values: (params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', '), got: shown(error.data)})
    case 'anyOf': {
      const description = (error.parentSchema as {description?: string} | undefined)?.description
      return `${where} must be ${description ?? 'of another shape'}${got}`
    }
    default:
      return `${where} ${error.message ?? 'is not valid'}${got}`
  }
}

/**
 * Check the options of rule `id` against its schema; throws an Error of one
 * line on the first problem. Empty options (a setting that is only a severity) are not checked.
 */
export function validateOptions(id: string, schema: OptionsSchema | undefined, options: unknown): void {
  if (schema === undefined) return
  if (options !== null && typeof options === 'object' && !Array.isArray(options) && Object.keys(options).length === 0) return
  const validate = validatorOf(schema)
  if (validate(options)) return
  const errors = validate.errors ?? []
  // An `anyOf` says more than the errors of its branches, which come before it.
  const error = errors.find((candidate) => candidate.keyword === 'anyOf') ?? errors[0]
  throw new Error(t('config.invalid-options', {id, detail: error ? describe(error, schema) : 'not valid'}))
}
