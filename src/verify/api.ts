/** The verification API, as exported from the package root. */
export {verify, verdictEdge} from './verify.ts'
export {SourceIndex, buildSourceIndex, type SourceIndexOptions} from './source-index.ts'
export {loadSources, parseSource, type LoadedSources} from './load-sources.ts'
export {findInconsistencies, type ConsistencyFinding, type ConsistencyOccurrence, type ConsistencyOptions} from './consistency.ts'
export type {SourceDocument, SourceFormat, SourceInput} from './source-document.ts'
export type {SourceSpanNode, VerificationDetail, VerificationSummary, VerifiedGraph, VerifyOptions} from './types.ts'
export type {WordChanges} from './align.ts'
export {explainReason, describeChanges, type Reason, type ReasonFacts, type ReasonKind} from './reason.ts'
