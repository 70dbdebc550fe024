/**
 * The JSON-LD context of kutip reports, inline so nothing is fetched:
 * schema.org as the vocabulary, the W3C Web Annotation terms (oa:) for the
 * selectors that re-anchor every span, and a few kutip terms for what neither
 * vocabulary has (quote kind, cue, confidence, the rule that decided).
 */
export const kutipVocabulary = 'urn:kutip:vocab:'

export const reportContext = {
  '@version': 1.1,
  '@vocab': 'http://schema.org/',
  schema: 'http://schema.org/',
  oa: 'http://www.w3.org/ns/oa#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  kutip: kutipVocabulary,
  id: '@id',
  type: '@type',
  // W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-vocab/)
  Annotation: 'oa:Annotation',
  SpecificResource: 'oa:SpecificResource',
  TextPositionSelector: 'oa:TextPositionSelector',
  TextQuoteSelector: 'oa:TextQuoteSelector',
  identifying: 'oa:identifying',
  describing: 'oa:describing',
  body: {'@id': 'oa:hasBody', '@type': '@id'},
  target: {'@id': 'oa:hasTarget'},
  source: {'@id': 'oa:hasSource', '@type': '@id'},
  selector: {'@id': 'oa:hasSelector'},
  motivation: {'@id': 'oa:motivatedBy', '@type': '@vocab'},
  start: {'@id': 'oa:start', '@type': 'xsd:nonNegativeInteger'},
  end: {'@id': 'oa:end', '@type': 'xsd:nonNegativeInteger'},
  exact: 'oa:exact',
  prefix: 'oa:prefix',
  suffix: 'oa:suffix',
  // kutip's own terms
  quoteKind: 'kutip:quoteKind',
  cue: 'kutip:cue',
  confidence: {'@id': 'kutip:confidence', '@type': 'xsd:double'},
  rule: 'kutip:rule',
  addressee: {'@id': 'kutip:addressee', '@type': '@id'},
  cites: {'@id': 'kutip:cites', '@type': '@id'},
  spanRole: 'kutip:spanRole',
  anonymous: {'@id': 'kutip:anonymous', '@type': 'xsd:boolean'},
  unbalanced: {'@id': 'kutip:unbalanced', '@type': 'xsd:boolean'},
  // schema.org properties whose values are node references
  creator: {'@id': 'schema:creator', '@type': '@id'},
  spokenByCharacter: {'@id': 'schema:spokenByCharacter', '@type': '@id'},
  isPartOf: {'@id': 'schema:isPartOf', '@type': '@id'},
  itemReviewed: {'@id': 'schema:itemReviewed', '@type': '@id'},
  publisher: {'@id': 'schema:publisher', '@type': '@id'},
  isBasedOn: {'@id': 'schema:isBasedOn', '@type': '@id'},
  affiliation: {'@id': 'schema:affiliation', '@type': '@id'}
} as const
