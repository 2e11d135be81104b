// Checks the JSON-LD of every built article against its frontmatter and schema.org: a MedicalWebPage
// reviewed by the editorial team, what the page is for as real HealthAspectEnumeration members, and a
// SeeDoctor part for every "When to get help" section that holds the urgency tiers.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, test, type Page } from '@playwright/test';

const articleDir = 'src/content/articles';
const articles = readdirSync(articleDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(path.join(articleDir, f), 'utf8');
    const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    return {
      slug: f.replace(/\.mdx$/, ''),
      data: parse(front, { schema: 'core' }) as Record<string, unknown>,
      usesTiers: text.includes('<WhenToGetHelp'),
    };
  })
  .filter((a) => a.data['draft'] !== true);

// The members listed at https://schema.org/HealthAspectEnumeration, copied by hand.
const SCHEMA_ORG_ASPECTS = new Set(
  `Allergies Benefits Causes Contagiousness Effectiveness GettingAccess HowItWorks HowOrWhere Ingredients
  LivingWith MayTreat Misconceptions Overview PatientExperience Pregnancy Prevention Prognosis RelatedTopics
  RisksOrComplications Safety Screening SeeDoctor SelfCare SideEffects Stages Symptoms Treatments Types
  UsageOrSchedule`
    .split(/\s+/)
    .map((name) => `https://schema.org/${name}HealthAspect`),
);
// The page about the guide itself is not health content, so it declares no aspect.
const NOT_HEALTH_CONTENT = new Set(['about-this-guide']);

interface HealthPart {
  '@type'?: string;
  url?: string;
  hasHealthAspect?: string[];
}

test.describe.configure({ timeout: 120_000 });

test('every article has JSON-LD with its review date, the editorial team as reviewer, its topic and real health aspects', async ({
  page,
}) => {
  const problems: string[] = [];
  for (const a of articles) {
    await page.goto(`/articles/${a.slug}/`);
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts, `${a.slug} has one JSON-LD block`).toHaveLength(1);
    const ld = JSON.parse(scripts[0] ?? '{}') as Record<string, unknown>;
    expect(ld['@type'], a.slug).toBe('MedicalWebPage');
    expect(ld['lastReviewed'], a.slug).toBe(String(a.data['lastReviewed']));
    expect(ld['reviewedBy'], a.slug).toEqual({ '@type': 'Organization', name: 'SkinPen Guide editorial team' });
    expect(ld['about'], a.slug).toMatchObject({ '@type': 'MedicalProcedure', name: 'Microneedling' });

    const declared = (a.data['healthAspects'] as string[] | undefined) ?? [];
    const main = ld['mainEntity'] as HealthPart | undefined;
    if (NOT_HEALTH_CONTENT.has(a.slug)) {
      if (main) problems.push(`${a.slug}: declares health aspects, but it is about the guide`);
      continue;
    }
    if (declared.length === 0) problems.push(`${a.slug}: frontmatter declares no healthAspects`);
    expect(main?.['@type'], a.slug).toBe('HealthTopicContent');
    expect(main?.hasHealthAspect, a.slug).toEqual(declared.map((d) => `https://schema.org/${d}`));
    for (const aspect of main?.hasHealthAspect ?? [])
      if (!SCHEMA_ORG_ASPECTS.has(aspect)) problems.push(`${a.slug}: ${aspect} is not a schema.org health aspect`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

/** Where each block of urgency tiers on a page sits, and what is wrong with how the JSON-LD marks it. */
async function checkTiers(page: Page, slug: string, helpId: string): Promise<{ shows: boolean; problems: string[] }> {
  const problems: string[] = [];
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as {
    hasPart?: HealthPart[];
  };
  const parts = ld.hasPart ?? [];
  for (const part of parts) {
    const anchor = decodeURIComponent(new URL(part.url ?? '', 'http://site').hash);
    if (anchor === '' || (await page.locator(`h2[id="${anchor.slice(1)}"]`).count()) !== 1)
      problems.push(`${slug}: part ${part.url} does not point at a section heading`);
  }
  // The heading each block of tiers falls under: the nearest h2 before it.
  const headings = await page.locator('.prose .help-tiers').evaluateAll((blocks) =>
    blocks.map((b) => {
      const h2 = document.evaluate('preceding::h2[1]', b, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null);
      return (h2.singleNodeValue as HTMLElement | null)?.id ?? '';
    }),
  );
  for (const id of headings) {
    if (id !== helpId) problems.push(`${slug}: the tiers sit under #${id || '(no h2)'}`);
    const part = parts.find((p) => p.url && decodeURIComponent(p.url).endsWith(`#${id}`));
    if (!part?.hasHealthAspect?.includes('https://schema.org/SeeDoctorHealthAspect'))
      problems.push(`${slug}: the JSON-LD does not mark #${id} as SeeDoctorHealthAspect`);
  }
  return { shows: headings.length > 0, problems };
}

test('the urgency tiers always sit under a "When to get help" heading that the JSON-LD marks SeeDoctor', async ({
  page,
}) => {
  const problems: string[] = [];
  const withTiers: string[] = [];
  for (const a of articles) {
    await page.goto(`/articles/${a.slug}/`);
    const found = await checkTiers(page, a.slug, 'when-to-get-help');
    if (found.shows) withTiers.push(a.slug);
    problems.push(...found.problems);
  }
  const expected = articles.filter((a) => a.usesTiers).map((a) => a.slug);
  expect(expected.length, 'articles whose MDX places <WhenToGetHelp />').toBeGreaterThanOrEqual(9);
  expect(withTiers, 'articles that show the urgency tiers').toEqual(expected);
  expect(problems, problems.join('\n')).toEqual([]);
});

test('on Spanish pages the tiers sit under "Cuándo pedir ayuda", and the JSON-LD marks it SeeDoctor', async ({
  page,
}) => {
  const spanish = readdirSync('src/content/articles-es')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({
      slug: f.replace(/\.mdx$/, ''),
      usesTiers: readFileSync(path.join('src/content/articles-es', f), 'utf8').includes('<WhenToGetHelp'),
    }));
  const problems: string[] = [];
  const withTiers: string[] = [];
  for (const a of spanish) {
    await page.goto(`/es/articles/${a.slug}/`);
    const found = await checkTiers(page, `es/${a.slug}`, 'cuándo-pedir-ayuda');
    if (found.shows) withTiers.push(a.slug);
    problems.push(...found.problems);
  }
  expect(withTiers, 'Spanish articles that show the urgency tiers').toEqual(
    spanish.filter((a) => a.usesTiers).map((a) => a.slug),
  );
  expect(withTiers.length, 'Spanish articles with the tiers').toBeGreaterThan(0);
  expect(problems, problems.join('\n')).toEqual([]);
});
