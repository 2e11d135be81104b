/** A sourced statement: its text, numbered source links, and notes on secondary or disputed sources. */
import { SourceLinks } from '../shared/SourceLinks';
import type { RecoveryTimelineStrings } from './strings';
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

/** The notes under a statement: which kind of secondary source it rests on, and where sources differ. */
export function SourceNotes(props: {
  basis?: SourceBasis | undefined;
  conflict?: string | undefined;
  strings: SourceStrings;
}) {
  const { basis, conflict, strings } = props;
  return (
    <>
      {basis && <span className="spg-rt__basis">{getBasisLabel(basis, strings)}</span>}
      {conflict && (
        <span className="spg-rt__conflict">
          <strong>{strings.sourcesDiffer}</strong> {conflict}
        </span>
      )}
    </>
  );
}

/** The text of an item with its sources and notes, for use inside a list item or paragraph. */
export function SourcedText(props: { item: TextItem; strings: SourceStrings; referencesHref: string }) {
  const { item, strings } = props;
  return (
    <>
      {item.text} <SourceLinks ids={item.sources} href={props.referencesHref} label={strings.source} />
      <SourceNotes basis={item.basis} conflict={item.conflict} strings={strings} />
    </>
  );
}
