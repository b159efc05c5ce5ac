const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL as a link target if it is safe to follow: http, https or mailto (relative URLs resolve against `base`).
 * Anything else (`javascript:`, `data:`, unparsable text) gives undefined, and the caller shows the text unlinked.
 */
export function safeHref(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim(), base);
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
