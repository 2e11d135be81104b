import { describe, expect, it } from 'vitest';
import { assertCitable } from '../../../src/components/content/cite-check';

describe('assertCitable', () => {
  const locals = { citeOrder: ['ref-1', 'ref-2'], citePage: 'src/content/articles/aftercare.mdx' };

  it('passes when every id is in the article’s sources', () => {
    expect(() => assertCitable('<X />', ['ref-2', 'ref-1', 'ref-2'], locals, '/a/')).not.toThrow();
  });

  it('names the page and every missing id at once', () => {
    expect(() => assertCitable('<WhenToGetHelp />', ['ref-1', 'ref-9', 'ref-7', 'ref-9'], locals, '/a/')).toThrow(
      'src/content/articles/aftercare.mdx: <WhenToGetHelp /> cites ref-9, ref-7, which are not in the article\'s frontmatter "sources". Add them there.',
    );
  });

  it('refuses to run outside an article', () => {
    expect(() => assertCitable('<Timing />', ['ref-1'], {}, '/for-clinics/')).toThrow(
      '<Timing /> is only for articles (/for-clinics/).',
    );
  });
});
