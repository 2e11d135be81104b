/** Loads one everyday activity's timing for the content components that show it (build time). */
import { getCollection } from 'astro:content';
import type { RecoveryActivity } from '../widgets/recovery-timeline/data-schema';

/** Every activity, in display order. */
export async function getActivities(): Promise<RecoveryActivity[]> {
  return (await getCollection('recoveryActivities')).map((e) => e.data).sort((a, b) => a.order - b.order);
}

/** The activities named by `ids` (all when undefined); an unknown id fails the build naming the known ones. */
export async function pickActivities(ids: readonly string[] | undefined, where: string): Promise<RecoveryActivity[]> {
  const all = await getActivities();
  if (!ids) return all;
  return ids.map((id) => {
    const found = all.find((a) => a.id === id);
    if (!found) {
      throw new Error(
        `${where}: unknown activity "${id}"; known: ${all.map((a) => a.id).join(', ')} (src/content/recovery-activities/activities.yaml).`,
      );
    }
    return found;
  });
}
