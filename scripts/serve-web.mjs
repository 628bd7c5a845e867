// Serves the built browser edition (dist/web) on 127.0.0.1 and prints its address.
// A few lines of node:http rather than a dev server: no watchers, nothing but the built files.
// The CSP travels inside the built index.html (see vite.config.ts).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// WAGEDESK_WEB_ROOT serves another build (e.g. a second checkout's), as tests on a shared machine may need.
const root = resolve(process.env.WAGEDESK_WEB_ROOT ?? fileURLToPath(new URL('../dist/web', import.meta.url)));
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
};

export function startWebServer({ port = Number(process.env.PORT ?? 5180), host = '127.0.0.1', quiet = false } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) { res.writeHead(403).end(); return; }
      if (path.endsWith('/') || !(await stat(file).catch(() => null))?.isFile()) file = join(root, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = `http://${host}:${server.address().port}/`;
      if (!quiet) console.log(`WageDesk 协商台 browser edition: ${address}`);
      resolvePromise({ server, address });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  startWebServer().catch((e) => {
    console.error(`Cannot start the web server: ${e.message}`);
    process.exit(1);
  });
}
