// The app's files as PocketBase serves them (compress.pb.js): which precompressed copy to
// send, the same choice as scripts/serve.mjs makes. Plain JavaScript for PocketBase's goja
// and Node (CommonJS); tests/backend/compress.test.mjs and serve.test.mjs run it through
// PocketBase.

const TYPES = {
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  wasm: "application/wasm",
  css: "text/css; charset=utf-8",
  json: "application/json; charset=utf-8",
  svg: "image/svg+xml",
  webmanifest: "application/manifest+json; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  xml: "application/xml; charset=utf-8",
};
// Names with a content hash never change under their name (scripts/build.mjs).
const HASHED = /-[0-9a-f]{1,16}(?:_bg)?\.(?:js|wasm|css)$/;

/** The value of `--publicDir` (or `--publicDir=…`) in PocketBase's arguments, if any. */
function publicDir(args) {
  for (let i = 0; i < args.length; i++) {
    const arg = String(args[i]);
    if (arg === "--publicDir" && i + 1 < args.length) return String(args[i + 1]);
    if (arg.indexOf("--publicDir=") === 0) return arg.slice("--publicDir=".length);
  }
  return null;
}

/** The encodings `Accept-Encoding` allows (a q of 0 refuses one). */
function accepted(header) {
  const ok = {};
  String(header || "")
    .split(",")
    .forEach((part) => {
      const params = part.trim().toLowerCase().split(";");
      const q = params.slice(1).map((p) => p.trim()).filter((p) => p.indexOf("q=") === 0)[0];
      if (params[0] && !(q && Number(q.slice(2)) === 0)) ok[params[0]] = true;
    });
  return ok;
}

/**
 * The copy to send for `urlPath`, or null to let PocketBase serve the file as usual.
 * `stat(path)` returns `{ mtime, size }` for a file and null otherwise. HTML is left to
 * PocketBase (its index fallback, and embed.pb.js's headers for widget pages).
 */
function precompressedCopy(args, urlPath, acceptEncoding, stat) {
  const dir = publicDir(args);
  if (!dir) return null;
  let rel;
  try {
    rel = decodeURIComponent(urlPath).replace(/^\/+/, "");
  } catch (_) {
    return null;
  }
  if (!rel || rel.split("/").some((part) => part === ".." || part === "." || part === "")) return null;
  const ext = (rel.match(/\.([a-z0-9]+)$/) || [])[1];
  if (!ext || !TYPES[ext]) return null;
  const file = stat(`${dir}/${rel}`);
  if (!file) return null;
  const ok = accepted(acceptEncoding);
  for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
    if (!ok[encoding]) continue;
    const copy = stat(`${dir}/${rel}${suffix}`);
    if (copy && copy.mtime >= file.mtime) {
      return { dir, file: rel + suffix, encoding, contentType: TYPES[ext], immutable: HASHED.test(rel) };
    }
  }
  return null;
}

/** `--indexFallback` (true unless turned off), as PocketBase's own static route reads it. */
function indexFallback(args) {
  return !args.some((arg) => /^--indexFallback=(?:false|f|0)$/i.test(String(arg)));
}

/** The file's size and time of change, or null when `path` is not a file (goja only). */
function statFile(path) {
  try {
    const info = $os.stat(path);
    return info.isDir() ? null : { mtime: info.modTime().unixMilli(), size: info.size() };
  } catch (_) {
    return null;
  }
}

/**
 * The handler of the catch-all GET route (goja only): the precompressed copy when the
 * client accepts one, else what PocketBase's static route answers.
 */
function serveAppFile(e) {
  const args = $os.args;
  const served = precompressedCopy(args, e.request.url.path, e.request.header.get("Accept-Encoding"), statFile);
  if (!served) return $apis.static($os.dirFS(publicDir(args)), indexFallback(args))(e);
  // The copy is compressed already: past the gzip middleware (compress.pb.js), which
  // would compress it again, and which has said `Vary: Accept-Encoding` for it.
  while (typeof e.response.unwrap === "function") e.response = e.response.unwrap();
  const header = e.response.header();
  header.set("Content-Type", served.contentType);
  header.set("Content-Encoding", served.encoding);
  if (served.immutable) header.set("Cache-Control", "public, max-age=31536000, immutable");
  // fileFS answers like http.ServeContent (Last-Modified, If-Modified-Since, HEAD) and
  // keeps the Content-Type set above.
  return e.fileFS($os.dirFS(served.dir), served.file);
}

module.exports = { precompressedCopy, publicDir, accepted, indexFallback, serveAppFile };
