// Deployment settings, read at build time from PUBLIC_* environment variables (or .env).
// All optional: with none set, the site works offline from any static host.

import { editionPrefix, locale } from '$lib/i18n/edition';

/** The deployment's canonical address (https://example.com/moscu-pionyang), both editions'. */
export const deploymentUrl: string = __PUBLIC_SITE_URL__.replace(/\/+$/, '');
/**
 * This edition's canonical address (…/moscu-pionyang or …/moscu-pionyang/en), for share links, QR
 * codes and embed codes.
 */
export const siteUrl: string = deploymentUrl && `${deploymentUrl}${editionPrefix(locale)}`;
/** An optional raster tile layer ({z}/{x}/{y} template) drawn under the vector basemap's labels. */
export const tileUrl: string = __PUBLIC_TILE_URL__;
export const tileAttribution: string = __PUBLIC_TILE_ATTRIBUTION__;

/** The canonical address, else the address the page was loaded from. */
export function absoluteUrl(path: string, origin: string): string {
	return `${siteUrl || origin}${path}`;
}
