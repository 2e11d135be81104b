import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkSite, LOCAL_SITE } from '../../../src/integrations/site-url';

describe('checkSite', () => {
  it.each([
    ['build', 'https://guide.example.org', { site: 'https://guide.example.org' }],
    ['build', 'https://guide.example.org/', { site: 'https://guide.example.org' }],
    ['dev', undefined, { site: LOCAL_SITE }],
    ['preview', '', { site: LOCAL_SITE }],
    ['sync', undefined, { site: LOCAL_SITE }],
  ])('%s with SITE_URL %j uses %j', (command, site, expected) => {
    expect(checkSite(site, command)).toEqual(expected);
  });

  it.each([
    [
      'build',
      undefined,
      /SITE_URL is not set.*\n.*SITE_URL=https:\/\/guide\.example\.org npm run build.*\n.*build:local/s,
    ],
    ['build', '  ', /SITE_URL is not set/],
    ['build', 'guide.example.org', /is not a URL such as https:\/\/guide\.example\.org/],
    ['build', 'javascript:alert(1)', /must start with https:\/\//],
    ['build', 'file:///srv/guide', /must start with https:\/\//],
    ['dev', 'https://guide.example.org/guide/', /must be an origin only.*https:\/\/guide\.example\.org\./],
    ['build', 'https://guide.example.org/?x=1', /must be an origin only/],
    ['build', 'https://user:pw@guide.example.org', /must be an origin only/],
  ])('%s with SITE_URL %j stops with %s', (command, site, message) => {
    const result = checkSite(site, command);
    expect(result.site).toBeUndefined();
    expect(result.error).toMatch(message);
  });

  it.each([
    ['build', 'http://localhost:4321', /Local build.*do not deploy/],
    ['build', 'http://127.0.0.1:4356', /Local build/],
    ['build', 'http://guide.example.org', /uses http:/],
  ])('%s with SITE_URL %j builds with a warning', (command, site, warning) => {
    const result = checkSite(site, command);
    expect(result.site).toBe(new URL(site).origin);
    expect(result.warning).toMatch(warning);
  });
});

describe('astro build', () => {
  it('stops before building anything when SITE_URL is not set, saying how to set it', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'skinpen-no-site-'));
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
    delete env['SITE_URL'];
    try {
      const run = promisify(execFile)(
        process.execPath,
        ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out],
        { env },
      );
      const failure = (await run.then(
        () => undefined,
        (error: unknown) => error,
      )) as { stdout?: string; stderr?: string } | undefined;
      expect(failure, 'the build succeeded').toBeDefined();
      const output = stripVTControlCharacters(`${failure?.stdout ?? ''}${failure?.stderr ?? ''}`);
      expect(output).toMatch(/SITE_URL is not set/);
      expect(output).toMatch(/npm run build:local/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
