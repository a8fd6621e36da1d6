// The web page's service worker (web.html registers it with the scope "./web"): the page's own files, listed by the
// build, are kept in a cache when it is installed and answered from there, so the page opens and works offline after
// its first visit. A new build has a new version: its cache replaces the old one. Requests for anything else are left
// to the browser (the page makes none).
/* global self, caches, fetch */
const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = `lkjip-web-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("lkjip-web-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => hit || fetch(request)),
  );
});
