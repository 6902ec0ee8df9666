// Sayso's service worker. After one visit, the help page (with its phone
// numbers) and the say-it pages open with no signal; a message sent into
// a dead signal is kept on the phone (see page.js) and sent when the
// signal returns, with Background Sync where the browser has it.
//
// What it keeps: only blank pages anyone can fetch (home, help, say it,
// the first easy-read screen, and the screens a child has opened) plus the
// stylesheet and page.js; never a page that answers a form, never a reply
// code, never anything typed. Staff pages and the API pass straight by.
'use strict';
importScripts('/page.js');

const CACHE = 'sayso-v1';
const MAX_PAGES = 16;
const NETWORK_WAIT_MS = 4000;

/** `/{org}`, `/{org}/help`, `/{org}/say` and `/{org}/say/easy`, not staff or API. */
const keepable = (url) => url.origin === location.origin
  && /^\/(?!staff$|api$|pkg$|healthz$)[a-z0-9][a-z0-9-]*(\/help|\/say|\/say\/easy)?$/.test(url.pathname);

/** A page is kept under its address without `lang` (the page says its language). */
const pageKey = (url) => {
  const u = new URL(url);
  u.searchParams.delete('lang');
  u.searchParams.sort();
  u.hash = '';
  return u.href;
};

const isAsset = (url) => url.origin === location.origin
  && (url.pathname === '/page.js' || /^\/pkg\/[^/]+\.css$/.test(url.pathname));

async function keepPage(cache, key, response) {
  await cache.put(key, response);
  const keys = (await cache.keys()).filter((r) => keepable(new URL(r.url)));
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) await cache.delete(old);
}

/** A kept page, marked as coming from the phone and with a fresh idempotency key. */
async function fromPhone(cached) {
  const html = (await cached.text())
    .replace('<html ', '<html data-from-phone="" ')
    .replace(/name="idempotency_key" value="[^"]*"/g, () => `name="idempotency_key" value="${crypto.randomUUID()}"`);
  return new Response(html, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/** The network, but not for ever: a dropped signal can hang rather than fail. */
function network(request) {
  return Promise.race([
    fetch(request),
    new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), NETWORK_WAIT_MS)),
  ]);
}

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method === 'GET' && request.mode === 'navigate' && keepable(url)) {
    event.respondWith((async () => {
      const cache = await caches.open(CACHE);
      try {
        const response = await network(request);
        if (response.ok && response.type === 'basic' && !response.redirected) {
          await keepPage(cache, pageKey(url), response.clone());
        }
        return response;
      } catch (e) {
        const cached = await cache.match(pageKey(url));
        if (cached) return fromPhone(cached);
        throw e;
      }
    })());
  } else if (request.method === 'GET' && isAsset(url)) {
    event.respondWith((async () => {
      const cache = await caches.open(CACHE);
      try {
        const response = await network(request);
        if (response.ok) await cache.put(url.pathname, response.clone());
        return response;
      } catch (e) {
        const cached = await cache.match(url.pathname);
        if (cached) return cached;
        throw e;
      }
    })());
  } else if (request.method === 'POST' && request.mode === 'navigate'
      && /^\/[a-z0-9][a-z0-9-]*\/(say|help)$/.test(url.pathname) && url.origin === location.origin) {
    // A form sent into a dead signal: keep it, and show its page saying so.
    const copy = request.clone();
    event.respondWith((async () => {
      try {
        return await fetch(request);
      } catch (e) {
        const body = await copy.text();
        const fields = new URLSearchParams(body);
        const key = fields.get('idempotency_key') || crypto.randomUUID();
        await SaysoOutbox.put('waiting', { key, url: request.url, body, at: Date.now() });
        if (self.registration.sync) self.registration.sync.register('sayso-outbox').catch(() => {});
        const back = new URL(url);
        if (fields.get('age_band') && !fields.get('easy')) back.searchParams.set('age', fields.get('age_band'));
        if (fields.get('easy')) { back.pathname += '/easy'; back.searchParams.set('age', fields.get('age_band')); }
        back.hash = 'kept';
        return Response.redirect(back.href, 303);
      }
    })());
  }
});

async function sendWaiting() {
  const sent = await SaysoOutbox.flush();
  if (sent.length) {
    for (const client of await self.clients.matchAll()) client.postMessage({ type: 'sent' });
  }
}

self.addEventListener('sync', (event) => {
  if (event.tag === 'sayso-outbox') event.waitUntil(sendWaiting());
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'flush') event.waitUntil(sendWaiting());
  if (data.type !== 'keep-pages') return;
  // After one visit, the pages a child may need with no signal. The
  // stylesheet and page.js come first: a kept page without them would open
  // unstyled and could not keep a message. Each page is fetched once (in the
  // page's language) and refreshed whenever it is opened.
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    for (const asset of data.assets || []) {
      const url = new URL(asset, location.origin);
      if (!isAsset(url) || await cache.match(url.pathname)) continue;
      try {
        const response = await fetch(url);
        if (response.ok) await cache.put(url.pathname, response);
      } catch { return; }
    }
    for (const path of data.urls || []) {
      const url = new URL(path, location.origin);
      if (!keepable(url)) continue;
      const key = pageKey(url);
      const cached = await cache.match(key);
      if (cached && cached.headers.get('Content-Language') === data.lang) continue;
      if (data.lang) url.searchParams.set('lang', data.lang);
      try {
        const response = await fetch(url, { credentials: 'same-origin' });
        if (response.ok && !response.redirected) await keepPage(cache, key, response);
      } catch { return; }
    }
  })());
});
