/**
 * An editor's reading of an article (`*.expected.json`) as atomic facts, and
 * the check of each fact against the engine's graph.
 *
 * The decomposition (the seed, antara-kim-rusia, has 83):
 * - document: publisher; dateline place; dateline outlet; each source; each
 *   credit (role and name); copyright (holder and year together)  — 8 in the seed
 * - each quote: found (same kind, identical trimmed content); its cue; its
 *   speaker (a name, or for an anonymous speaker: type anonymous and its
 *   affiliation, or its mention when no affiliation is given); the speaker's
 *   role and, for a named speaker, its affiliation, where given; addressee;
 *   citing                                                — 14 × 3 + 4 + 1 + 1 = 48
 * - each notQuote: no system quote reads it as speech         — 4
 * - each entity: exists with its type and name                — 15
 * - each alias of an entity: one fact per alias               — 8
 *
 * Comparison: person names by token set without ranks and honorifics (the
 * canonical name only); organisations, outlets and groups by name or any alias,
 * case and punctuation aside; speaker `alsoAccepted` names count as the name.
 * Expected quotes are aligned to system quotes of any kind with the corpus
 * matching (Jaccard ≥ 0.5 over trimmed offsets, one-to-one, best first); the
 * "found" fact then asks for the same kind and identical trimmed content, while
 * cue, speaker and the rest are judged on the aligned quote.
 */
import type {Entity, EntityType, Graph, Quote} from '../../src/contract/graph.ts'
import {GraphView} from './graph-view.ts'
import {coveredShare, matchOneToOne} from './intervals.ts'
import {sameForm, sameLabel, sameName} from './names.ts'
import {trimSpan, trimText, type Interval} from './trim.ts'

export interface ExpectedRef {
  type: EntityType
  name?: string
  mention?: string
  role?: string
  affiliation?: string
  alsoAccepted?: string[]
  cue?: string
}

export interface ExpectedQuote {
  kind: Quote['kind']
  content: string
  cue?: string | null
  speaker?: ExpectedRef | null
  addressee?: ExpectedRef | null
  citing?: ExpectedRef | null
}

export interface ExpectedReading {
  about?: string
  document?: {
    publisher?: string | null
    dateline?: {place: string; outlet: string} | null
    sources?: string[]
    credits?: Array<{role: string; name: string}>
    copyright?: {holder: string; year: number} | null
  }
  quotes?: ExpectedQuote[]
  notQuotes?: Array<{text: string; why?: string}>
  entities?: Array<{type: EntityType; name: string; aliases?: string[]}>
}

export interface FactResult {
  /** Stable id: `document.publisher`, `quote[3].speaker`, `entity[2].alias[0]` … */
  id: string
  /** What the fact says, in words. */
  label: string
  ok: boolean
  /** On failure: what the graph has instead. */
  detail?: string
}

/** Everything a fact check needs: the text, the graph, and the expected → system quote alignment. */
interface Context {
  text: string
  view: GraphView
  /** For each expected quote, the aligned system quote, if any. */
  aligned: Array<Quote | undefined>
  /** For each expected quote, its trimmed offsets in the text (undefined when the text lacks it). */
  expectedSpans: Array<Interval | undefined>
}

interface Fact {
  id: string
  label: string
  /** Returns undefined when the fact holds, else what the graph has instead. */
  check: (context: Context) => string | undefined
}

const NOT_QUOTE_SHARE = 0.5

function show(value: string | null | undefined): string {
  return value === null || value === undefined ? '(none)' : JSON.stringify(value)
}

function shortText(value: string, max = 70): string {
  return value.length > max ? value.slice(0, max - 1) + '…' : value
}

/** The names an entity answers to: the canonical name for a person, name and aliases otherwise. */
function namesOf(entity: Entity): string[] {
  return entity.type === 'person' ? [entity.name] : [entity.name, ...entity.aliases]
}

function entityHasName(entity: Entity, wanted: readonly string[]): boolean {
  const compare = entity.type === 'person' ? sameName : sameLabel
  return namesOf(entity).some((name) => wanted.some((want) => compare(name, want)))
}

function describeEntity(entity: Entity | undefined): string {
  if (!entity) return '(none)'
  const aliases = entity.aliases.length > 0 ? ` aka ${entity.aliases.map((alias) => JSON.stringify(alias)).join(', ')}` : ''
  return `${entity.type} ${JSON.stringify(entity.name)}${aliases}`
}

function affiliationHolds(view: GraphView, entity: Entity, affiliation: string): boolean {
  return entity.roles.some((role) => view.affiliationNames(role.affiliation).some((name) => sameLabel(name, affiliation)))
}

function describeRoles(view: GraphView, entity: Entity): string {
  if (entity.roles.length === 0) return 'no roles'
  return entity.roles
    .map((role) => `${JSON.stringify(role.title)} of ${show(view.affiliationNames(role.affiliation)[0] ?? null)}`)
    .join('; ')
}

/** Does the system entity answer to the expected reference? Undefined when yes, else why not. */
function refMismatch(view: GraphView, entity: Entity | undefined, ref: ExpectedRef): string | undefined {
  if (!entity) return 'no entity'
  if (ref.type === 'anonymous') {
    if (entity.type !== 'anonymous') return `${describeEntity(entity)}, not anonymous`
    if (ref.affiliation !== undefined) {
      return affiliationHolds(view, entity, ref.affiliation) ? undefined : `anonymous with ${describeRoles(view, entity)}`
    }
    if (ref.mention !== undefined) {
      const forms = [entity.name, ...entity.aliases, ...entity.mentions.map((mention) => mention.text)]
      return forms.some((form) => sameLabel(form, ref.mention!)) ? undefined : describeEntity(entity)
    }
    return undefined
  }
  const wanted = [ref.name ?? ref.mention ?? '', ...(ref.alsoAccepted ?? [])]
  return entityHasName(entity, wanted) ? undefined : describeEntity(entity)
}

function describeRef(ref: ExpectedRef): string {
  if (ref.type === 'anonymous') {
    return `anonymous ${ref.affiliation ? `of ${JSON.stringify(ref.affiliation)}` : JSON.stringify(ref.mention ?? '')}`
  }
  const also = ref.alsoAccepted?.length ? ` (or ${ref.alsoAccepted.map((name) => JSON.stringify(name)).join(', ')})` : ''
  return `${ref.type} ${JSON.stringify(ref.name ?? ref.mention ?? '')}${also}`
}

function documentFacts(reading: ExpectedReading): Fact[] {
  const expected = reading.document
  if (!expected) return []
  const facts: Fact[] = []
  const outletFact = (id: string, label: string, name: string | null, pick: (graph: Graph) => string | null): Fact => ({
    id,
    label,
    check: ({view}) => {
      const actual = view.entity(pick(view.graph))
      if (name === null) return actual ? describeEntity(actual) : undefined
      return refMismatch(view, actual, {type: 'outlet', name})
    }
  })
  if (expected.publisher !== undefined) {
    facts.push(outletFact('document.publisher', `publisher ${show(expected.publisher)}`, expected.publisher, (graph) => graph.document.publisher))
  }
  if (expected.dateline === null) {
    facts.push({
      id: 'document.dateline',
      label: 'no dateline',
      check: ({view}) => (view.graph.document.dateline ? JSON.stringify(view.graph.document.dateline.span.text) : undefined)
    })
  } else if (expected.dateline) {
    const {place, outlet} = expected.dateline
    facts.push({
      id: 'document.dateline.place',
      label: `dateline place ${show(place)}`,
      check: ({view}) => {
        const actual = view.graph.document.dateline?.place ?? null
        return actual !== null && sameLabel(actual, place) ? undefined : show(actual)
      }
    })
    facts.push(outletFact('document.dateline.outlet', `dateline outlet ${show(outlet)}`, outlet, (graph) => graph.document.dateline?.outlet ?? null))
  }
  ;(expected.sources ?? []).forEach((source, index) => {
    facts.push({
      id: `document.source[${index}]`,
      label: `source outlet ${show(source)}`,
      check: ({view}) => {
        const sources = view.graph.document.sources.map((id) => view.entity(id))
        if (sources.some((entity) => refMismatch(view, entity, {type: 'outlet', name: source}) === undefined)) return undefined
        return `sources: ${sources.map(describeEntity).join(', ') || '(none)'}`
      }
    })
  })
  ;(expected.credits ?? []).forEach((credit, index) => {
    facts.push({
      id: `document.credit[${index}]`,
      label: `credit ${credit.role} ${show(credit.name)}`,
      check: ({view}) => {
        const credits = view.graph.document.credits
        if (credits.some((actual) => sameForm(actual.role, credit.role) && sameName(actual.name, credit.name))) return undefined
        return `credits: ${credits.map((actual) => `${actual.role} ${JSON.stringify(actual.name)}`).join(', ') || '(none)'}`
      }
    })
  })
  if (expected.copyright !== undefined) {
    const copyright = expected.copyright
    facts.push({
      id: 'document.copyright',
      label: copyright ? `copyright ${copyright.holder} ${copyright.year}` : 'no copyright',
      check: ({view}) => {
        const actual = view.graph.document.copyright
        const holds = copyright === null ? actual === null : actual !== null && actual.year === copyright.year && sameLabel(actual.holder, copyright.holder)
        return holds ? undefined : actual ? `${actual.holder} ${actual.year}` : '(none)'
      }
    })
  }
  return facts
}

function quoteFacts(reading: ExpectedReading): Fact[] {
  const facts: Fact[] = []
  ;(reading.quotes ?? []).forEach((expected, index) => {
    const id = `quote[${index}]`
    const about = `quote ${index + 1} ${JSON.stringify(shortText(expected.content, 40))}`
    /** The aligned system quote, or the reason there is none. */
    const aligned = (context: Context): Quote | string =>
      context.expectedSpans[index] === undefined
        ? 'the expected content is not in the text'
        : (context.aligned[index] ?? 'no system quote overlaps it')

    facts.push({
      id: `${id}.found`,
      label: `${about}: found as ${expected.kind}`,
      check: (context) => {
        const quote = aligned(context)
        if (typeof quote === 'string') return quote
        const span = trimSpan(context.text, quote.content)
        const want = context.expectedSpans[index]!
        const sameContent = span.start === want.start && span.end === want.end
        if (sameContent && quote.kind === expected.kind) return undefined
        return `${quote.kind} ${JSON.stringify(shortText(context.text.slice(span.start, span.end)))}`
      }
    })

    const onQuote = (suffix: string, label: string, check: (quote: Quote, context: Context) => string | undefined): void => {
      facts.push({
        id: `${id}.${suffix}`,
        label: `${about}: ${label}`,
        check: (context) => {
          const quote = aligned(context)
          return typeof quote === 'string' ? quote : check(quote, context)
        }
      })
    }
    const entityFact = (suffix: 'speaker' | 'addressee' | 'citing', ref: ExpectedRef | null): void => {
      onQuote(suffix, `${suffix} ${ref ? describeRef(ref) : '(none)'}`, (quote, {view}) => {
        const actual = view.entity(quote[suffix])
        if (ref === null) return actual ? describeEntity(actual) : undefined
        return refMismatch(view, actual, ref)
      })
    }

    if (expected.cue !== undefined) {
      const cue = expected.cue
      onQuote('cue', `cue ${show(cue)}`, (quote) => {
        const actual = quote.cue ? trimText(quote.cue.text) : null
        if (cue === null) return actual === null ? undefined : show(actual)
        return actual !== null && sameForm(actual, trimText(cue)) ? undefined : show(actual)
      })
    }
    if (expected.speaker !== undefined) entityFact('speaker', expected.speaker)
    const speaker = expected.speaker
    if (speaker?.role !== undefined) {
      const role = speaker.role
      onQuote('speaker.role', `speaker's role ${show(role)}`, (quote, {view}) => {
        const entity = view.entity(quote.speaker)
        if (!entity) return 'no speaker'
        return entity.roles.some((actual) => sameLabel(actual.title, role)) ? undefined : describeRoles(view, entity)
      })
    }
    if (speaker && speaker.type !== 'anonymous' && speaker.affiliation !== undefined) {
      const affiliation = speaker.affiliation
      onQuote('speaker.affiliation', `speaker's affiliation ${show(affiliation)}`, (quote, {view}) => {
        const entity = view.entity(quote.speaker)
        if (!entity) return 'no speaker'
        return affiliationHolds(view, entity, affiliation) ? undefined : describeRoles(view, entity)
      })
    }
    if (expected.addressee !== undefined) entityFact('addressee', expected.addressee)
    if (expected.citing !== undefined) entityFact('citing', expected.citing)
  })
  return facts
}

/** Every occurrence of `needle` in `text`, as intervals. */
function occurrences(text: string, needle: string): Interval[] {
  const found: Interval[] = []
  if (needle === '') return found
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    found.push({start: at, end: at + needle.length})
  }
  return found
}

/**
 * A system quote reads a notQuote stretch as speech when at least half of the
 * shorter of the two (its trimmed content, the stretch) is shared, or when its
 * cue lies inside the stretch ("foto … menunjukkan" taken as a cue).
 */
function readsAsSpeech(text: string, quote: Quote, stretch: Interval): boolean {
  const content = trimSpan(text, quote.content)
  if (Math.max(coveredShare(content, stretch), coveredShare(stretch, content)) >= NOT_QUOTE_SHARE) return true
  return quote.cue !== null && coveredShare(quote.cue, stretch) === 1 && quote.cue.end > quote.cue.start
}

function notQuoteFacts(reading: ExpectedReading): Fact[] {
  return (reading.notQuotes ?? []).map((notQuote, index) => ({
    id: `notQuote[${index}]`,
    label: `not a quote: ${JSON.stringify(shortText(notQuote.text, 50))}${notQuote.why ? ` (${notQuote.why})` : ''}`,
    check: ({text, view}) => {
      const stretches = occurrences(text, notQuote.text).map((stretch) => trimSpan(text, stretch))
      if (stretches.length === 0) return 'the text is not in the article'
      const offender = view.graph.quotes.find((quote) => stretches.some((stretch) => readsAsSpeech(text, quote, stretch)))
      return offender ? `${offender.id} ${offender.kind} ${JSON.stringify(shortText(offender.content.text))} (${offender.rule})` : undefined
    }
  }))
}

function entityFacts(reading: ExpectedReading): Fact[] {
  const facts: Fact[] = []
  ;(reading.entities ?? []).forEach((expected, index) => {
    const find = (view: GraphView): Entity | undefined =>
      view.graph.entities.find((entity) => entity.type === expected.type && entityHasName(entity, [expected.name]))
    facts.push({
      id: `entity[${index}]`,
      label: `entity ${expected.type} ${JSON.stringify(expected.name)}`,
      check: ({view}) => {
        if (find(view)) return undefined
        const sameName = view.graph.entities.filter((entity) => entityHasName(entity, [expected.name]))
        return sameName.length > 0 ? `only as ${sameName.map(describeEntity).join(', ')}` : 'no such entity'
      }
    })
    ;(expected.aliases ?? []).forEach((alias, aliasIndex) => {
      facts.push({
        id: `entity[${index}].alias[${aliasIndex}]`,
        label: `entity ${JSON.stringify(expected.name)} also called ${JSON.stringify(alias)}`,
        check: ({view}) => {
          const entity = find(view)
          if (!entity) return 'no such entity'
          return [entity.name, ...entity.aliases].some((form) => sameForm(form, alias)) ? undefined : describeEntity(entity)
        }
      })
    })
  })
  return facts
}

/** The reading as atomic facts, in a stable order: document, quotes, notQuotes, entities. */
export function decomposeReading(reading: ExpectedReading): Array<Pick<FactResult, 'id' | 'label'>> {
  return allFacts(reading).map(({id, label}) => ({id, label}))
}

function allFacts(reading: ExpectedReading): Fact[] {
  return [...documentFacts(reading), ...quoteFacts(reading), ...notQuoteFacts(reading), ...entityFacts(reading)]
}

/** Align expected quotes to system quotes: the expected content's first unused occurrence, then corpus matching. */
function align(reading: ExpectedReading, text: string, graph: Graph): Pick<Context, 'aligned' | 'expectedSpans'> {
  const used = new Set<number>()
  const expectedSpans = (reading.quotes ?? []).map((quote) => {
    const at = occurrences(text, quote.content).find((occurrence) => !used.has(occurrence.start))
    if (!at) return undefined
    used.add(at.start)
    return trimSpan(text, at)
  })
  const located = expectedSpans.flatMap((span, index) => (span ? [{span, index}] : []))
  const systemSpans = graph.quotes.map((quote) => trimSpan(text, quote.content))
  const pairs = matchOneToOne(
    located.map((item) => item.span),
    systemSpans
  )
  const aligned: Array<Quote | undefined> = expectedSpans.map(() => undefined)
  for (const pair of pairs) aligned[located[pair.gold]!.index] = graph.quotes[pair.system]
  return {aligned, expectedSpans}
}

/** Check every fact of the reading against the graph the engine made of `text`. */
export function scoreReading(reading: ExpectedReading, text: string, graph: Graph): FactResult[] {
  const context: Context = {text, view: new GraphView(graph), ...align(reading, text, graph)}
  return allFacts(reading).map(({id, label, check}) => {
    const detail = check(context)
    return detail === undefined ? {id, label, ok: true} : {id, label, ok: false, detail}
  })
}
