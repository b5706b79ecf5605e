#!/usr/bin/env node
// A tiny static file server for Knooppunt, with no dependencies beyond Node itself.
//
//   node scripts/serve.mjs --dir dist --port 8080 [--host 127.0.0.1] [--base /netwerk/] [--csp POLICY]
//
// - --base serves the site under a sub-path, as a host's web server would for a site
//   published with scripts/publish.mjs; paths outside it are 404;
// - --csp sends that Content-Security-Policy header with every response;
// - correct MIME types (application/wasm for .wasm, so streaming compilation works);
// - single-page-app fallback: a GET/HEAD for a path without a file extension that does
//   not exist on disk is answered with index.html and 200, so deep links and reloads of
//   client-side routes work, as they would behind any production web server configured
//   for an SPA; under `/embed/` with embed.html, the widgets' own page, when the build has it;
// - a real 404 for a missing file that has an extension (e.g. /data/nope.json);
// - `Access-Control-Allow-Origin: *` on every response (the wasm tests fetch data/*.json
//   from another origin);
// - no access outside --dir (`..`, encoded `..`, symlinks pointing outside);
// - `Cache-Control: no-cache` for index.html and sw.js (the SPA shell must never go stale),
//   `public, max-age=31536000, immutable` for files whose name carries a hash of their
//   content (knooppunt-<hash>.js, …_bg.wasm, boot-<hash>.js, base-<hash>.css);
// - the precompressed copy that scripts/compress.mjs wrote beside a file (.br, else .gz)
//   when the browser accepts it and the copy is not older than the file, with
//   `Content-Encoding` and `Vary: Accept-Encoding`, as production servers do.

import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { stat, realpath } from "node:fs/promises";
import path from "node:path";
import process from "node:process";
import { readOptions } from "./cli.mjs";
import { COMPRESSIBLE, HASHED } from "./compress.mjs";
import { isWidgetPath } from "./site-pages.mjs";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};

function usage(message) {
  if (message) console.error(`serve.mjs: ${message}`);
  console.error("gebruik: node scripts/serve.mjs --dir <map> --port <poort> [--host 127.0.0.1]");
  process.exit(2);
}

function parseArgs(argv) {
  const opts = readOptions(argv, {
    values: { "--dir": "dir", "--port": "port", "--host": "host", "--base": "base", "--csp": "csp" },
    flags: { "--quiet": "quiet" },
    defaults: { dir: "dist", port: "8080", host: "127.0.0.1", quiet: false },
    fail: usage,
    help: () => usage(),
  });
  opts.port = Number(opts.port);
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) usage("ongeldige poort");
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
let root;
try {
  root = await realpath(path.resolve(opts.dir));
  if (!(await stat(root)).isDirectory()) throw new Error("geen map");
} catch {
  console.error(`serve.mjs: map '${opts.dir}' bestaat niet (eerst bouwen: make build)`);
  process.exit(1);
}

// The sub-path the site is served under, with slashes on both ends.
const base = `/${(opts.base ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");

const within = (p) => p === root || p.startsWith(root + path.sep);

async function fileAt(p) {
  try {
    const real = await realpath(p);
    if (!within(real)) return null; // symlink escaping the root
    const st = await stat(real);
    if (st.isFile()) return { path: real, size: st.size, mtime: st.mtime, mtimeMs: st.mtimeMs };
    if (st.isDirectory()) {
      const index = path.join(real, "index.html");
      const ist = await stat(index).catch(() => null);
      if (ist?.isFile()) return { path: index, size: ist.size, mtime: ist.mtime, mtimeMs: ist.mtimeMs };
    }
  } catch {
    /* not found */
  }
  return null;
}

/** The encodings the client accepts (`Accept-Encoding`, a q of 0 refuses). */
function accepted(header = "") {
  const ok = new Set();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) ok.add(name);
  }
  return ok;
}

/** The precompressed copy of `file` to send, if the client takes one and it is current. */
async function precompressed(file, acceptEncoding) {
  if (!COMPRESSIBLE.test(file.path)) return null;
  const ok = accepted(acceptEncoding);
  for (const [encoding, ext] of [["br", ".br"], ["gzip", ".gz"]]) {
    if (!ok.has(encoding)) continue;
    const st = await stat(file.path + ext).catch(() => null);
    if (st?.isFile() && st.mtimeMs >= file.mtimeMs) return { encoding, path: file.path + ext, size: st.size };
  }
  return null;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
  res.end(body);
}

const server = createServer(async (req, res) => {
  res.setHeader("Access-Control-Allow-Origin", "*");
  // Lets cross-origin-isolated pages (the wasm-bindgen test runner) load our files too.
  res.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
  if (req.method === "OPTIONS") {
    res.writeHead(204, {
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": req.headers["access-control-request-headers"] || "*",
      "Access-Control-Max-Age": "600",
    });
    return res.end();
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    return send(res, 405, "Method Not Allowed\n", { Allow: "GET, HEAD, OPTIONS" });
  }

  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  } catch {
    return send(res, 400, "Bad Request\n");
  }
  if (pathname.includes("\0")) return send(res, 400, "Bad Request\n");
  if (opts.csp) res.setHeader("Content-Security-Policy", opts.csp);
  if (base !== "/") {
    if (pathname === base.slice(0, -1)) return send(res, 301, "", { Location: base });
    if (!pathname.startsWith(base)) return send(res, 404, `Niet gevonden: ${pathname} (de site staat onder ${base})\n`);
    pathname = "/" + pathname.slice(base.length);
  }

  // Resolve relative to the root and refuse anything that lands outside it.
  const target = path.resolve(root, "." + path.posix.normalize("/" + pathname));
  if (!within(target)) return send(res, 403, "Forbidden\n");

  let file = await fileAt(target);
  let status = 200;
  if (!file) {
    const hasExtension = path.posix.extname(pathname) !== "";
    if (hasExtension) return send(res, 404, `Niet gevonden: ${pathname}\n`);
    // SPA fallback: the widgets' own page for `/embed/…` when the build has one.
    file = (isWidgetPath(pathname) && (await fileAt(path.join(root, "embed.html")))) || (await fileAt(path.join(root, "index.html")));
    if (!file) return send(res, 404, `Niet gevonden: ${pathname} (geen index.html)\n`);
  }

  const ext = path.extname(file.path).toLowerCase();
  const copy = await precompressed(file, req.headers["accept-encoding"]);
  const headers = {
    "Content-Type": MIME[ext] || "application/octet-stream",
    "Content-Length": copy ? copy.size : file.size,
    "Last-Modified": file.mtime.toUTCString(),
    "X-Content-Type-Options": "nosniff",
  };
  if (COMPRESSIBLE.test(file.path)) headers["Vary"] = "Accept-Encoding";
  if (copy) headers["Content-Encoding"] = copy.encoding;
  if (ext === ".html" || path.basename(file.path) === "sw.js") {
    headers["Cache-Control"] = "no-cache";
  } else if (HASHED.test(path.basename(file.path))) {
    headers["Cache-Control"] = "public, max-age=31536000, immutable";
  }
  res.writeHead(status, headers);
  if (req.method === "HEAD") return res.end();
  const stream = createReadStream(copy ? copy.path : file.path);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
  if (!opts.quiet && process.env.SERVE_LOG) console.log(`${req.method} ${req.url} → ${status}`);
});

server.on("error", (err) => {
  if (err.code === "EADDRINUSE") {
    console.error(`serve.mjs: poort ${opts.port} op ${opts.host} is al in gebruik`);
  } else {
    console.error(`serve.mjs: ${err.message}`);
  }
  process.exit(1);
});

server.listen(opts.port, opts.host, () => {
  const { port } = server.address();
  const shownHost = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
  console.log(`Knooppunt draait op http://${shownHost}:${port}`);
});

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (closing) process.exit(1);
    closing = true;
    server.close(() => process.exit(0));
    server.closeAllConnections?.();
    setTimeout(() => process.exit(0), 1000).unref();
  });
}
