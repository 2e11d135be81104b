/** Studied limits, the chosen concern's range and the caveats for an area, each with its sources. */
import { SourceLinks } from '../shared/SourceLinks';
import { fillTemplate } from '../shared/text';
import type { LimitState } from './model/layers';
import { describeConcern, formatDepth } from './model/text';
import type { LayerDepthStrings } from './strings';
import type { Caveat, Concern, Region } from './types';

interface LayerDepthNotesProps {
  /** The area: where SkinPen is not used, why comes first. */
  region: Region;
  /** Studied limits for the area, marked exceeded or not. */
  limits: readonly LimitState[];
  /** The chosen concern, or null. */
  concern: Concern | null;
  /** Caveats that apply to the area. */
  caveats: readonly Caveat[];
  /** Strings in the reader's language. */
  strings: LayerDepthStrings;
  /** URL of the references page. */
  referencesHref: string;
}

/** Why SkinPen is not used (where so), cautions (a setting above a studied limit, safety caveats), the concern, then context notes. */
export function LayerDepthNotes({ region, limits, concern, caveats, strings, referencesHref }: LayerDepthNotesProps) {
  const src = { href: referencesHref, label: strings.sourcePrefix };
  const cautions = caveats.filter((c) => c.tone === 'caution');
  const notes = caveats.filter((c) => c.tone !== 'caution');
  return (
    <div className="spg-ld-notes">
      {region.noTreatment && (
        <p className="spg-ld-note spg-ld-note--caution" data-not-used>
          <strong>{strings.caution} </strong>
          {region.noTreatment.text} <SourceLinks ids={region.noTreatment.sources} {...src} />
        </p>
      )}
      {limits.map(({ limit, exceeded }) => (
        <p
          key={limit.id}
          className={exceeded ? 'spg-ld-note spg-ld-note--caution' : 'spg-ld-note'}
          data-limit={limit.id}
          data-exceeded={exceeded}
        >
          {exceeded && <strong>{strings.caution} </strong>}
          {fillTemplate(exceeded ? limit.above : limit.within, { max: formatDepth(limit.maxMm, strings) })}{' '}
          <SourceLinks ids={limit.sources} {...src} />
        </p>
      ))}
      {cautions.map((c) => (
        <p key={c.id} className="spg-ld-note spg-ld-note--caution" data-caveat={c.id}>
          <strong>{strings.caution} </strong>
          {c.text} <SourceLinks ids={c.sources} {...src} />
        </p>
      ))}
      {concern && (
        <p className="spg-ld-note spg-ld-note--concern" data-concern={concern.id}>
          <strong>{describeConcern(concern, strings)}</strong> {concern.where} {concern.evidence}{' '}
          <SourceLinks ids={concern.sources} {...src} />
        </p>
      )}
      {notes.map((c) => (
        <p key={c.id} className="spg-ld-note" data-caveat={c.id}>
          {c.text} <SourceLinks ids={c.sources} {...src} />
        </p>
      ))}
    </div>
  );
}
