import { describe, expect, it } from 'vitest';
import {
  getActivitySegments,
  getActivityStatus,
} from '../../../../src/components/widgets/recovery-timeline/model/activities';
import { ACTIVITIES } from './fixtures';

const byId = (id: string) => {
  const activity = ACTIVITIES.find((a) => a.id === id);
  if (!activity) throw new Error(id);
  return activity;
};

describe('getActivitySegments', () => {
  it.each([
    [
      'sunscreen',
      [
        ['avoid', 0, 1],
        ['fine', 1, null],
      ],
    ],
    [
      'makeup',
      [
        ['avoid', 0, 1],
        ['unknown', 1, null],
      ],
    ],
    [
      'retinoids-acids',
      [
        ['avoid', 0, 5],
        ['differ', 5, 7],
        ['fine', 7, null],
      ],
    ],
    [
      'other-treatments',
      [
        ['avoid', 0, 14],
        ['differ', 14, 30],
        ['fine', 30, null],
      ],
    ],
  ] as const)('splits %s into the bars the chart draws', (id, expected) => {
    expect(getActivitySegments(byId(id)).map((s) => [s.status, s.fromDay, s.toDay])).toEqual(expected);
  });
});

describe('getActivityStatus', () => {
  it.each([
    ['retinoids-acids', 0, 'avoid'],
    ['retinoids-acids', 4, 'avoid'],
    ['retinoids-acids', 5, 'differ'],
    ['retinoids-acids', 6, 'differ'],
    ['retinoids-acids', 7, 'fine'],
    ['retinoids-acids', 300, 'fine'],
    ['makeup', 0, 'avoid'],
    ['makeup', 1, 'unknown'],
    ['makeup', 100, 'unknown'],
    ['sunscreen', 0, 'avoid'],
    ['sunscreen', 1, 'fine'],
    ['other-treatments', 13, 'avoid'],
    ['other-treatments', 14, 'differ'],
    ['other-treatments', 29, 'differ'],
    ['other-treatments', 30, 'fine'],
  ])('%s on day %i is %s', (id, day, status) => {
    expect(getActivityStatus(byId(id), day)).toBe(status);
  });
});
