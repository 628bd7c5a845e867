// The one Content-Security-Policy of the app: the desktop sends it as a header on every response,
// the browser edition's build carries it as a <meta> tag. Nothing is loaded from anywhere but the app.
export const CONTENT_SECURITY_POLICY_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  // React sets style attributes; no inline <style> or script is ever injected by the app itself.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
] as const;

export const CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY_DIRECTIVES.join('; ');

/** Browsers ignore frame-ancestors in a <meta> policy (and warn), so the meta form leaves it out. */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');
