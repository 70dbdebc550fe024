/**
 * Read-only helpers over a system graph for the scorers: entities by id and
 * the canonical name of a quote's speaker.
 */
import type {Entity, Graph, Quote} from '../../src/contract/graph.ts'

export class GraphView {
  readonly graph: Graph
  private readonly byId: Map<string, Entity>

  constructor(graph: Graph) {
    this.graph = graph
    this.byId = new Map(graph.entities.map((entity) => [entity.id, entity]))
  }

  entity(id: string | null | undefined): Entity | undefined {
    return id === null || id === undefined ? undefined : this.byId.get(id)
  }

  /** The canonical name of the quote's speaker, or null when there is none (or it does not resolve). */
  speakerName(quote: Quote): string | null {
    return this.entity(quote.speaker)?.name ?? null
  }

  /** An affiliation as the names it goes by: the entity's name and aliases, or the plain string. */
  affiliationNames(affiliation: string | null): string[] {
    if (affiliation === null) return []
    const entity = this.entity(affiliation)
    return entity ? [entity.name, ...entity.aliases] : [affiliation]
  }
}
