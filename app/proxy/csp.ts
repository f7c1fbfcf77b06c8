/** The Content-Security-Policy every response carries. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Pages are served from the page cache, so a per-request nonce cannot be used: Next's inline
  // bootstrap scripts need 'unsafe-inline'. React's development build needs eval; production never.
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV !== 'production' ? " 'unsafe-eval'" : ''}`,
  // Charts position their tooltips with style attributes.
  "style-src 'self' 'unsafe-inline'",
  // Chart downloads draw the SVG through a blob: image.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
