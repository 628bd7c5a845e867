// Serves the built renderer (out/renderer) under app://wagedesk/. The URL comes from the renderer, so it
// is untrusted: it may only name a file inside rootDir. Registered in main.ts through protocol.handle.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from './appUrl';
import { CONTENT_SECURITY_POLICY } from './security';

/**
 * standard: a real origin, so IndexedDB (Dexie), relative URLs and module scripts work; secure: a secure
 * context like https; codeCache: V8 caches compiled scripts between launches. No bypassCSP, no CORS.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

// Decoded path segments that must never reach the file system: separators smuggled in a segment
// (%2F, %5C), NUL, and `:` (Windows drive letters, NTFS alternate data streams).
const FORBIDDEN_IN_SEGMENT = /[/\\\0:]/;

/** The path part of the URL as written, before the URL parser folds away dot segments. */
function rawPathSegments(url: string): string[] {
  const afterAuthority = url.replace(/^[a-z][a-z0-9+.-]*:[/\\]*[^/\\?#]*/i, '');
  return (afterAuthority.split(/[?#]/)[0] ?? '').split(/[/\\]/);
}

function segmentDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * The file in rootDir that an app:// URL names, or null when the URL is not ours or tries to leave
 * rootDir: `..` (also %2e%2e and mixed forms), encoded separators, absolute or drive paths, NUL.
 * The root path and any directory path map to its index.html.
 */
export function resolveAppRequest(url: string, rootDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) return null;

  // The URL parser silently resolves `..`; a request that contains one is refused, not clamped.
  for (const raw of rawPathSegments(url)) {
    const decoded = segmentDecode(raw);
    if (decoded === null || decoded === '.' || decoded === '..') return null;
  }

  const segments: string[] = [];
  for (const raw of parsed.pathname.split('/')) {
    if (raw === '') continue;
    const decoded = segmentDecode(raw);
    if (decoded === null || decoded === '.' || decoded === '..' || FORBIDDEN_IN_SEGMENT.test(decoded)) return null;
    segments.push(decoded);
  }
  if (segments.length === 0 || parsed.pathname.endsWith('/')) segments.push('index.html');

  const root = resolve(rootDir);
  const file = resolve(root, ...segments);
  const inside = relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return file;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppProtocolDeps {
  readonly rootDir: string;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly contentSecurityPolicy?: string;
}

/** What protocol.handle needs: a request in, a Response out. Never throws. */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: { readonly url: string; readonly method: string }) => Promise<Response> {
  const csp = deps.contentSecurityPolicy ?? CONTENT_SECURITY_POLICY;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const file = resolveAppRequest(request.url, deps.rootDir);
    if (file === null) return new Response(null, { status: 404 });
    let body: Uint8Array;
    try {
      body = await deps.readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      return new Response(null, { status: code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR' ? 404 : 500 });
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(file),
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}
