export type * from './graph/contract.ts'
export {extract} from './pipeline.ts'
export * from './report/index.ts'
export {checkGraphIntegrity, graphSchema, validateGraph, type SchemaResult} from './graph/schema.ts'
