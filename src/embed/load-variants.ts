/** The path variants of the embed URLs (see variants.ts), with the ids read from the content collections. */
import { getCollection } from 'astro:content';
import { listVariants, type EmbedVariant } from './variants';

/** Every path variant the built site has a page and an oEmbed answer for. */
export async function loadVariants(): Promise<EmbedVariant[]> {
  const regions = await getCollection('skinRegions');
  const stages = await getCollection('recoveryStages');
  return listVariants({
    regionIds: regions.map((r) => r.id),
    stopDays: stages.map((s) => s.data.dayFrom),
  });
}
