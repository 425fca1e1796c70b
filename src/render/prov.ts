/**
 * W3C PROV-O in Turtle: models and sources are prov:Entity, derivations prov:Activity that
 * prov:used their parents and whose plans are the methods, organisations prov:Organization; a
 * translation or re-post prov:hadPrimarySource its original; what documents a model or a
 * derivation is rdfs:seeAlso. A claim (in a trace) is a prov:Entity derived from the sources
 * that support or qualify it; a contradicting source is gl:contradictedBy, not an influence.
 */
import type { ProvDocument } from '../queries/prov.js';
import { sanitizeLine } from './sanitize.js';
import { encodeUrl } from './url.js';

const PREFIXES = [
  '@prefix prov: <http://www.w3.org/ns/prov#> .',
  '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .',
  '@prefix gl: <urn:gptlineage:term:> .',
];

/** One Turtle document; each subject is one block of `predicate object` pairs. */
export function renderProv(doc: ProvDocument): string {
  const orgs = [...new Set(doc.models.flatMap((m) => (m.organisation === null ? [] : [m.organisation])))].sort();
  const blocks = [
    ...doc.models.map((m) => block(iri(m.id), ['a', 'prov:Entity'], ['rdfs:label', lit(m.name)], ...opt('prov:wasAttributedTo', m.organisation === null ? [] : [org(m.organisation)]), ...opt('rdfs:seeAlso', m.sources.map(iri)))),
    ...doc.derivations.flatMap((d) => [
      block(
        iri(d.id),
        ['a', 'prov:Activity'],
        ['rdfs:label', lit(d.methods.join(' + '))],
        ['gl:confidence', lit(d.confidence)],
        ['gl:basis', lit(d.basis)],
        ...opt('gl:account', d.account === null ? [] : [lit(d.account)]),
        ...opt('prov:used', d.from.map(iri)),
        // A method is the plan the derivation followed; no agent is named, which PROV allows.
        ...d.methods.map((m): [string, string] => ['prov:qualifiedAssociation', `[ a prov:Association ; prov:hadPlan ${iri(m)} ]`]),
        // The sources say what happened; they did not take part in it, so they are references, not influences.
        ...opt('rdfs:seeAlso', d.evidence.map(iri)),
      ),
      block(iri(d.to), ['prov:wasGeneratedBy', iri(d.id)], ...opt('prov:wasDerivedFrom', d.from.map(iri))),
    ]),
    ...doc.methods.map((m) => block(iri(m.id), ['a', 'prov:Plan'], ['rdfs:label', lit(m.name)])),
    ...doc.claims.map((c) =>
      block(
        iri(c.id),
        ['a', 'prov:Entity'],
        ['rdfs:label', lit(c.statement)],
        ['gl:claimKind', lit(c.kind)],
        ['gl:confidence', lit(c.confidence)],
        ['gl:capability', iri(c.capability)],
        ...opt('gl:about', c.about.map(iri)),
        ...opt('prov:wasDerivedFrom', c.derivedFrom.map(iri)),
        ...opt('gl:contradictedBy', c.contradictedBy.map(iri)),
      ),
    ),
    // A capability is what claims are about, not a thing that was made or used: a label, no PROV class.
    ...doc.capabilities.map((c) => block(iri(c.id), ['rdfs:label', lit(c.name)])),
    ...doc.sources.map((s) =>
      block(iri(s.id), ['a', 'prov:Entity'], ['rdfs:label', lit(s.title, s.language)], ...opt('rdfs:seeAlso', s.url === null ? [] : [`<${encodeUrl(s.url)}>`]), ...opt('prov:hadPrimarySource', s.versionOf === null ? [] : [iri(s.versionOf)])),
    ),
    ...orgs.map((o) => block(org(o), ['a', 'prov:Organization'], ['rdfs:label', lit(o)])),
  ];
  return `${[PREFIXES.join('\n'), ...blocks].join('\n\n')}\n`;
}

function block(subject: string, ...pairs: [string, string][]): string {
  return `${subject}\n${pairs.map(([p, o]) => `  ${p} ${o}`).join(' ;\n')} .`;
}

/** One pair per object, so repeated predicates stay one per line. */
function opt(predicate: string, objects: string[]): [string, string][] {
  return objects.map((o) => [predicate, o]);
}

/** An entity's IRI: ids are unique across every kind, so one namespace serves all. */
function iri(id: string): string {
  return `<urn:gptlineage:${encodeURIComponent(id)}>`;
}

function org(name: string): string {
  return `<urn:gptlineage:organisation:${encodeURIComponent(name)}>`;
}

/** A Turtle string literal, with a language tag when the source gives one. */
function lit(text: string, language: string | null = null): string {
  const body = sanitizeLine(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return `"${body}"${language !== null && /^[a-zA-Z]+(-[a-zA-Z0-9]+)*$/.test(language) ? `@${language}` : ''}`;
}
