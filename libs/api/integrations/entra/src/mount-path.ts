import type { KoaContextWithOIDC } from 'oidc-provider';

/**
 * The path the provider is mounted under (`/oidc`), from the original and the rewritten request
 * URL, the way oidc-provider derives it for its own endpoint URLs; '' when served at the root.
 */
export function mountPathOf(ctx: KoaContextWithOIDC): string {
  const original = ctx.req.originalUrl;
  const url = ctx.request.url;
  if (!original || original === url) return '';
  if (original.endsWith(url)) return original.slice(0, original.length - url.length);
  const index = original.indexOf(url);
  return index > 0 ? original.slice(0, index) : '';
}
