/** A sourced statement: its text, numbered source links, and notes on secondary or disputed sources. */
import { createElement, type ReactNode } from 'react';
import type { RecoveryTimelineStrings } from './strings';
import { getReferenceNumber } from './text';
import type { SourceBasis, TextItem } from './types';

/** The strings these small parts read. */
export type SourceStrings = Pick<
  RecoveryTimelineStrings,
  | 'source'
  | 'sourcesDiffer'
  | 'basisClinicInstructions'
  | 'basisClinicPage'
  | 'basisMakerPage'
  | 'basisGeneralSummary'
  | 'basisExpertOpinion'
>;

/** What the reader is told about a kind of secondary source. */
export function getBasisLabel(basis: SourceBasis, strings: SourceStrings): string {
  switch (basis) {
    case 'clinic-instructions':
      return strings.basisClinicInstructions;
    case 'clinic-page':
      return strings.basisClinicPage;
    case 'maker-page':
      return strings.basisMakerPage;
    case 'general-summary':
      return strings.basisGeneralSummary;
    case 'expert-opinion':
      return strings.basisExpertOpinion;
  }
}

/** Numbered links to the references page, e.g. "[12, 74]". */
export function SourceLinks(props: { sources: readonly string[]; strings: SourceStrings; referencesHref: string }) {
  return (
    <span className="spg-rt__cite">
      [
      {props.sources.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <a href={`${props.referencesHref}#${id}`} aria-label={`${props.strings.source} ${getReferenceNumber(id)}`}>
            {getReferenceNumber(id)}
          </a>
        </span>
      ))}
      ]
    </span>
  );
}

/** The text of an item with its sources and notes, for use inside a list item or paragraph. */
export function SourcedText(props: { item: TextItem; strings: SourceStrings; referencesHref: string }) {
  const { item, strings } = props;
  return (
    <>
      {item.text} <SourceLinks sources={item.sources} strings={strings} referencesHref={props.referencesHref} />
      {item.basis && <span className="spg-rt__basis">{getBasisLabel(item.basis, strings)}</span>}
      {item.conflict && (
        <span className="spg-rt__conflict">
          <strong>{strings.sourcesDiffer}</strong> {item.conflict}
        </span>
      )}
    </>
  );
}

/** A heading at a level chosen by the host page (2–6). */
export function Heading(props: { level: number; id?: string; className?: string; children: ReactNode }) {
  const level = Math.min(6, Math.max(2, props.level));
  const attributes: { id?: string; className?: string } = {};
  if (props.id !== undefined) attributes.id = props.id;
  if (props.className !== undefined) attributes.className = props.className;
  return createElement(`h${level}`, attributes, props.children);
}
