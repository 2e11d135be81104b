/**
 * The recovery timeline's pure model: day to stage, the control state machine, the schedule
 * from a start date, calendar events, and screen-reader text. No React, DOM or Astro here;
 * the rules live in the modules re-exported below, split by concern.
 */
export * from './dates';
export * from './stages';
export * from './schedule';
export * from './calendar';
export * from './text';
