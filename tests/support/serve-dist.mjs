// Serves dist/ like a static host: `node tests/support/serve-dist.mjs [port]`.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { serveDirectory } from './static-server.mjs';

const port = Number(process.argv[2] ?? 4322);
const root = path.resolve(process.env.DIST_DIR ?? 'dist');
if (!existsSync(path.join(root, 'index.html'))) {
  console.error('dist/ has no built site. Run `npm run build` first.');
  process.exit(1);
}
await serveDirectory(root, port);
console.log(`Serving ${root} at http://127.0.0.1:${port}/`);
