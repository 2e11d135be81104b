/** Build time: loads the clinic kit's data from the content collections (see kit-data.ts). */
import { getCollection, getEntry } from 'astro:content';
import { toClinicKitData, type ClinicKitData } from './kit-data';

/** Loads the kit's data from the content collections. */
export async function loadClinicKitData(site: URL): Promise<ClinicKitData> {
  const aftercare = await getEntry('articles', 'aftercare');
  if (!aftercare) throw new Error('The clinic kit dates its sheet by the aftercare article, which is missing.');
  return toClinicKitData(
    {
      stages: (await getCollection('recoveryStages')).map((e) => e.data),
      activities: (await getCollection('recoveryActivities')).map((e) => e.data),
      tiers: (await getCollection('urgencyTiers')).map((e) => e.data),
      signs: (await getCollection('warningSigns')).map((e) => e.data),
      series: (await getCollection('treatmentSeries')).map((e) => e.data),
    },
    aftercare.data.lastReviewed,
    site,
  );
}
