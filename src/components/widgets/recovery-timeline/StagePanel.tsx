/** What one stage says: notice, do, avoid, and what is not normal. Stateless. */
import { Heading } from '../shared/Heading';
import { SourcedText } from './SourcedText';
import type { RecoveryTimelineStrings } from './strings';
import type { StageView, TextItem } from './types';

type Strings = RecoveryTimelineStrings;

/** The four lists of a stage, under headings at `level`. */
export function StageDetails(props: { stage: StageView; strings: Strings; referencesHref: string; level: number }) {
  const { stage, strings, referencesHref, level } = props;
  const groups: { key: 'notice' | 'do' | 'avoid' | 'callIf'; title: string; items: TextItem[] }[] = [
    { key: 'notice', title: strings.notice, items: stage.notice },
    { key: 'do', title: strings.do, items: stage.do },
    { key: 'avoid', title: strings.avoid, items: stage.avoid },
    { key: 'callIf', title: strings.callIf, items: stage.callIf },
  ];
  return (
    <div className="spg-rt__groups">
      {groups.map((group) => (
        <div key={group.key} className={`spg-rt__group spg-rt__group--${group.key}`}>
          <Heading level={level}>{group.title}</Heading>
          {group.items.length === 0 ? (
            <p className="spg-rt__empty">{strings.nothingListed}</p>
          ) : (
            <ul>
              {group.items.map((item, i) => (
                <li key={i}>
                  <SourcedText item={item} strings={strings} referencesHref={referencesHref} />
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}

/** The stage the reader has scrubbed to. */
export function StagePanel(props: {
  stage: StageView;
  time: string;
  strings: Strings;
  referencesHref: string;
  level: number;
  id: string;
}) {
  const { stage, time } = props;
  // A one-stop stage's label already names the time ("Day 2"); longer stages add the stop ("Week 3 · Weeks 2 to 4").
  const title = stage.dayFrom === stage.dayTo ? stage.label : `${time} · ${stage.label}`;
  return (
    <section className="spg-rt__stage" aria-labelledby={props.id} data-stage={stage.id}>
      <Heading level={props.level} id={props.id} className="spg-rt__stage-title">
        {title}
      </Heading>
      <StageDetails
        stage={stage}
        strings={props.strings}
        referencesHref={props.referencesHref}
        level={props.level + 1}
      />
    </section>
  );
}

/** Every stage in order, as plain text: what the reader gets without JavaScript. */
export function StageList(props: { stages: StageView[]; strings: Strings; referencesHref: string; level: number }) {
  return (
    <section className="spg-rt__all-stages">
      <Heading level={props.level}>{props.strings.allStagesTitle}</Heading>
      <ol className="spg-rt__stage-list">
        {props.stages.map((stage) => (
          <li key={stage.id} data-stage={stage.id}>
            <Heading level={props.level + 1}>{stage.label}</Heading>
            <StageDetails
              stage={stage}
              strings={props.strings}
              referencesHref={props.referencesHref}
              level={props.level + 2}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
