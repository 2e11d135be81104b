/**
 * Pure rules of the layer-depth widget: depth snapping and keys, the depth scale, the layer a setting
 * reaches, and the words a screen reader hears. Imports nothing from React, the DOM or Astro.
 */
export * from './model-depth';
export * from './model-layers';
export * from './model-text';
