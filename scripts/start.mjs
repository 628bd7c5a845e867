// `npm start`: the desktop app where the Electron runtime is available; otherwise one line says so
// and the same app is served as the browser edition on 127.0.0.1.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });

/** Path of the Electron executable, fetching it once if missing; null when it cannot be had. */
function electronBinary() {
  let dir;
  try {
    dir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(dir, 'path.txt');
  const present = () => existsSync(pathFile) && existsSync(join(dir, 'dist', readFileSync(pathFile, 'utf8')));
  if (!present() && !process.env.WAGEDESK_NO_ELECTRON) {
    // Electron ≥ 42 fetches its runtime on first use; bounded so an offline machine falls back quickly.
    spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  }
  return present() ? join(dir, 'dist', readFileSync(pathFile, 'utf8')) : null;
}

const binary = electronBinary();
if (binary) {
  const built = run('npx', ['electron-vite', 'build']);
  if (built.status !== 0) process.exit(built.status ?? 1);
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('The Electron runtime is not available on this machine; serving the browser edition instead.');
  // Vite's notice about its future native config loader says nothing a user can act on.
  const env = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const { startWebServer } = await import('./serve-web.mjs');
  await startWebServer();
}
