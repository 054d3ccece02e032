/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline for the classroom: after one visit, the story, the slides, the guide, the data and every
// asset they need come from this cache when the school network fails. Each deployment gets its own
// cache (named by `version`); activating it deletes the old ones, so versions never mix.
import { base, build, files, prerendered, version } from '$service-worker';
import { editionPrefix, LOCALES, locale } from '$lib/i18n/edition';

const sw = self as unknown as ServiceWorkerGlobalScope;
// Each edition has a worker of its own (the English one's scope is /en/): its caches carry the
// edition's name, so neither deletes the other's when it updates.
const CACHE_PREFIX = `moscu-pionyang-${locale}-`;
const CACHE = `${CACHE_PREFIX}${version}`;
// The Spanish worker's scope (/) holds the English edition's (/en/): those pages are not its own.
const root = base.slice(0, base.length - editionPrefix(locale).length);
const otherEditions = LOCALES.filter((edition) => edition !== locale && edition !== 'es').map(
	(edition) => `${root}${editionPrefix(edition)}/`
);
// The share images are for link previews (crawlers), never shown in a page: not worth a classroom's
// download. Nor are the pages' data files: every link loads its page whole (app.html).
const PRECACHE = [...build, ...files, ...prerendered].filter(
	(path) => !/\/compartir\/[^/]+\.png$/.test(path) && !path.endsWith('/__data.json')
);
const PRECACHED = new Set(PRECACHE);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(PRECACHE))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys.filter((key) => key !== CACHE && isOwnCache(key)).map((key) => caches.delete(key))
				)
			)
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	if (otherEditions.some((prefix) => `${url.pathname}/`.startsWith(prefix))) return;

	// Hashed build files and static files never change under the same name: cache first.
	if (PRECACHED.has(url.pathname) && !request.headers.get('accept')?.includes('text/html')) {
		event.respondWith(fromCacheThenNetwork(request));
		return;
	}
	// Pages: the network when there is one (a new deployment shows at once), else the cache.
	// ?paso, ?tema and #paso-N do not change the page's HTML.
	event.respondWith(fromNetworkThenCache(request));
});

/** This edition's caches, and those of the versions before editions (moscu-pionyang-<version>). */
function isOwnCache(key: string): boolean {
	if (key.startsWith(CACHE_PREFIX)) return true;
	const edition = /^moscu-pionyang-([a-z]{2})-/.exec(key)?.[1];
	return locale === 'es' && !(edition && (LOCALES as readonly string[]).includes(edition));
}

async function fromCacheThenNetwork(request: Request): Promise<Response> {
	const cached = await caches.match(request);
	return cached ?? fetch(request);
}

async function fromNetworkThenCache(request: Request): Promise<Response> {
	try {
		const response = await fetch(request);
		if (response.ok) {
			const cache = await caches.open(CACHE);
			await cache.put(request, response.clone());
		}
		return response;
	} catch (error) {
		const cached =
			(await caches.match(request, { ignoreSearch: true })) ??
			(await caches.match(new URL(request.url).pathname, { ignoreSearch: true }));
		if (cached) return cached;
		throw error;
	}
}
