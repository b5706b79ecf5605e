#!/usr/bin/env node
// Build step: writes the service worker, sw.js, at the root of the build. It
// makes the app installable and usable offline (issue 8): the app shell of this build is
// precached when the worker installs, so a member who loaded the app once can reopen it
// without a network and read what they read before.
//
//   node scripts/make-sw.mjs [<staging dir>]   (default: $TRUNK_STAGING_DIR)
//
// Runs once the build is complete (it precaches boot-<hash>.js, every WASM chunk and
// stylers.css): scripts/build.mjs calls it for the release, Trunk.toml's post-build
// hook after externalize-boot.mjs for `trunk serve`.
//
// - The precache list is every file of the build except data/ (the demo network, read on
//   demand and cached when read), the widgets' embed.html and widgets/, sw.js itself and
//   source maps; index.html is listed as
//   "./", the URL the page is opened at. All URLs are relative to sw.js, so the same build
//   works at "/" and under a host's sub-path (scripts/publish.mjs rewrites index.html,
//   config.json and the manifest after the build; the worker reads those network-first).
// - The cache version is a hash over the precached files' names and contents and the
//   worker's own code, written into sw.js: every build that changes anything gives a
//   different sw.js, which is what makes the browser install the new worker and the app
//   offer "Nieuwe versie beschikbaar".
// No dependencies beyond Node itself.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { HASHED } from "./compress.mjs";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("gebruik: node scripts/make-sw.mjs <map met de build>");
  process.exit(2);
}
if (!existsSync(path.join(dir, "index.html"))) {
  console.error(`make-sw.mjs: ${path.join(dir, "index.html")} ontbreekt; is dit een build?`);
  process.exit(1);
}

/** Every file under `dir` as a path with forward slashes, sorted, so the hash is stable. */
function filesUnder(base, rel = "") {
  const out = [];
  for (const entry of readdirSync(path.join(base, rel), { withFileTypes: true })) {
    const name = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...filesUnder(base, name));
    else if (entry.isFile()) out.push(name);
  }
  return out.sort();
}

// The .br and .gz copies are the same files in other encodings: the browser asks for the
// file and the server picks the encoding, so only the file itself is listed.
// The widgets' page and files (embed.html, widgets/) are not the app: an intranet frame
// loads them; offline, the app's page shows a widget too.
const files = filesUnder(dir).filter(
  (f) =>
    !f.startsWith("data/") &&
    !f.startsWith("widgets/") &&
    f !== "embed.html" &&
    f !== "sw.js" &&
    !/\.(?:map|br|gz)$/.test(f),
);
for (const [what, test] of [
  ["de WASM-module (knooppunt-<hash>_bg.wasm)", (f) => /^knooppunt-[0-9a-f]{1,16}_bg\.wasm$/.test(f)],
  ["de JS van de WASM-module (knooppunt-<hash>.js)", (f) => /^knooppunt-[0-9a-f]{1,16}\.js$/.test(f)],
  ["het laadscript (boot-<hash>.js, van externalize-boot.mjs)", (f) => /^boot-[0-9a-f]{16}\.js$/.test(f)],
]) {
  if (!files.some(test)) {
    console.error(`make-sw.mjs: ${what} ontbreekt in ${dir}; draait deze stap na de build en na externalize-boot.mjs?`);
    process.exit(1);
  }
}

const precache = files.map((f) => (f === "index.html" ? "./" : `./${f}`));
// Stands for the version in the worker's code until the hash over everything is known.
const VERSION_MARK = "@VERSIE@";

const template = `// Knooppunt's service worker, written by scripts/make-sw.mjs at build time; do not edit.
// Build ${VERSION_MARK}: ${precache.length} files of the app shell are precached.
const VERSION = "${VERSION_MARK}";
const SHELL = "knooppunt-shell-" + VERSION;
// Reads (data/*.json, PocketBase /api/collections/… and /api/files/…, config.json, …) as
// last seen online. The app has it forgotten ("knooppunt:vergeet") when a member logs out
// or another one logs in, so a shared device does not show one member's reads to the next.
const DATA = "knooppunt-data";
// At most this many reads are kept; the oldest go first. Each search is its own URL.
const DATA_LIMIT = 300;
// Counts "knooppunt:vergeet": a read whose answer arrives after the cache was forgotten
// belongs to the member who left, and is not kept.
let generation = 0;
const PRECACHE = ${JSON.stringify(precache, null, 2)};
// The page itself ("./", index.html): every in-app path of this single-page app is this page.
const INDEX = new URL("./", self.location).href;
// Hashed file names (knooppunt-<hash>.js, knooppunt-<hash>_bg.wasm, split_…-<hash>.wasm,
// base-<hash>.css, boot-<hash>.js) never change content, so they are served from the
// cache first. Trunk writes its 64-bit hash in hex without leading zeros: 16 digits or fewer.
const HASHED = ${HASHED};
// PocketBase answers with "Vary: Origin", and the page asks for its module scripts and
// WASM in CORS mode (Chromium adds an Origin header) while the precache did not: matched
// strictly, the cached shell would not be found offline.
const ANY_VARY = { ignoreVary: true };

self.addEventListener("install", (event) => {
  // No skipWaiting: a new worker waits until the reader chooses "Bijwerken" (the app then
  // asks it to take over and reloads), so it never swaps the caches under a running page.
  event.waitUntil(
    caches.open(SHELL).then((cache) =>
      // A hashed file's content never changes under its name: the copy the page just
      // loaded (the browser's HTTP cache) will do, so a first visit does not download the
      // WASM twice. Everything else is fetched afresh.
      cache.addAll(
        PRECACHE.map((url) => new Request(new URL(url, self.location), { cache: HASHED.test(url) ? "default" : "reload" })),
      ),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("knooppunt-shell-") && name !== SHELL) await caches.delete(name);
      }
      // The first visit is controlled at once, so it works offline without a reload.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  const type = event.data && event.data.type;
  if (type === "knooppunt:skip-waiting") self.skipWaiting();
  else if (type === "knooppunt:vergeet") {
    generation += 1;
    event.waitUntil(caches.delete(DATA));
  }
  else if (type === "knooppunt:versie" && event.ports[0]) event.ports[0].postMessage({ version: VERSION });
  else if (type === "knooppunt:bewaar" && Array.isArray(event.data.urls)) {
    const done = keepEarlyReads(event.data.urls).then(() => event.ports[0] && event.ports[0].postMessage({ done: true }));
    event.waitUntil(done);
  }
});

// On the very first visit the page reads its first data before this worker controls it,
// so those reads never pass the fetch handler below. Once controlled, the app sends their
// URLs ({type: "knooppunt:bewaar", urls}, with a port for an answer when done); they are kept as if they had passed: the copy
// the browser's HTTP cache holds (the page's own read), else a fresh one.
async function keepEarlyReads(urls) {
  const asked = generation;
  const cache = await caches.open(DATA);
  await Promise.all(
    urls.map(async (href) => {
      const url = new URL(href, self.location);
      if (!passes(url) || (url.origin === self.location.origin && HASHED.test(url.pathname))) return;
      if (await cache.match(url.href, ANY_VARY)) return;
      try {
        const response = await fetch(url.href, { cache: "force-cache" });
        if (response.ok) await keepRead(asked, url.href, response);
      } catch {
        /* offline again: it is kept at the next read */
      }
    }),
  );
}

/** Whether the worker handles requests to this URL at all: http(s), not the realtime stream. */
function passes(url) {
  return (url.protocol === "http:" || url.protocol === "https:") && !url.pathname.endsWith("/api/realtime");
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  // The realtime stream and partial (range) reads go to the network untouched.
  if (!passes(url) || request.headers.has("range")) return;
  if ((request.headers.get("accept") || "").includes("text/event-stream")) return;

  if (request.mode === "navigate") event.respondWith(navigation(event));
  else if (url.origin === self.location.origin && HASHED.test(url.pathname)) event.respondWith(shellFirst(event));
  else event.respondWith(networkFirst(event));
});

/** Network first; offline, the page from the shell cache (the app then shows the route). */
async function navigation(event) {
  const request = event.request;
  try {
    const response = await fetch(request);
    if (response.ok && request.url === INDEX) {
      // The start page as the host serves it now (publish.mjs may have changed it).
      event.waitUntil(keep(SHELL, INDEX, response.clone()));
    }
    return response;
  } catch (error) {
    const cached = await caches.open(SHELL).then((cache) => cache.match(INDEX, ANY_VARY));
    if (!cached) throw error;
    // A redirected response may not answer a navigation; a fresh copy may.
    return cached.redirected ? new Response(cached.body, cached) : cached;
  }
}

function keep(cacheName, key, response) {
  return caches.open(cacheName).then((cache) => cache.put(key, response)).catch(() => {});
}

/** Keeps a read unless the data cache was forgotten since it was asked; trims the oldest. */
async function keepRead(asked, key, response) {
  if (asked !== generation) return;
  const cache = await caches.open(DATA);
  await cache.put(key, response).catch(() => {});
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - DATA_LIMIT))) await cache.delete(old);
}

/**
 * A hashed file from any of this origin's caches, else from the network, kept in this
 * worker's shell cache: after a release, a page the old worker still controls asks for
 * the new build's files, which must be there for an offline reload too.
 */
async function shellFirst(event) {
  const request = event.request;
  const cached = await caches.match(request, ANY_VARY);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) event.waitUntil(keep(SHELL, request, response.clone()));
  return response;
}

/** Network first, the response kept; offline, the copy last seen, else the network's error. */
async function networkFirst(event) {
  const request = event.request;
  const asked = generation;
  try {
    const response = await fetch(request);
    // Opaque answers (no CORS) are not kept: their status is unknown and each one costs
    // megabytes of the storage quota.
    if (response.ok) event.waitUntil(keepRead(asked, request, response.clone()));
    return response;
  } catch (error) {
    const cached =
      (await caches.open(DATA).then((cache) => cache.match(request, ANY_VARY))) ||
      (await caches.open(SHELL).then((cache) => cache.match(request, ANY_VARY)));
    if (cached) return cached;
    throw error;
  }
}
`;

// The version covers the files and the worker's own code: a new sw.js gets a new cache.
const hash = createHash("sha256").update(template);
for (const f of files) hash.update(`\0${f}\0`).update(readFileSync(path.join(dir, f)));
const sw = template.replaceAll(VERSION_MARK, hash.digest("hex").slice(0, 16));
writeFileSync(path.join(dir, "sw.js"), sw);
const bytes = files.reduce((sum, f) => sum + readFileSync(path.join(dir, f)).length, 0);
console.log(`make-sw.mjs: sw.js, versie ${sw.match(/const VERSION = "(\w+)"/)[1]}, ${precache.length} bestanden (${bytes} bytes) vooraf in de cache`);
