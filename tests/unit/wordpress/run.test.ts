import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run test:wordpress', () => {
  it('stops before anything starts when WordPress is missing, saying what to install', () => {
    const result = spawnSync(process.execPath, ['tests/wordpress/run.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, SKINPEN_WORDPRESS_DIR: '/nonexistent/wordpress' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('sudo apt-get install -y wordpress php-cli php-mysql mariadb-server');
    expect(result.stderr).toContain('(missing: wordpress)');
  });
});
