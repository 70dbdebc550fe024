/** Reports: the public API of src/report. */
export {report, renderReport} from './report.ts'
export {buildReport, type ReportSource} from './build.ts'
export {reportJsonLd} from './jsonld.ts'
export {reportContext} from './jsonld-context.ts'
export {articleDot} from './dot.ts'
export {contentSecurityPolicy} from './html.ts'
export {reportFormats} from './model.ts'
export type * from './model.ts'
