/// <reference path="../pb_data/types.d.ts" />
// Compression, in two steps and in this order (one file, so the order is certain):
//
// 1. The app's files (`--publicDir`): the build writes a brotli (.br) and a gzip (.gz) copy
//    beside each (scripts/compress.mjs). For a browser that accepts one, the smallest is
//    sent as it is, with Content-Encoding and Vary: Accept-Encoding, and files whose name
//    carries a content hash are cached for a year (immutable). A copy older than its file
//    (a host edited config.json) is ignored. This runs before step 2 and ends the request,
//    so nothing is compressed twice.
// 2. Everything else, the API's JSON above all, is gzipped on the fly for clients that
//    accept gzip. A proxy in front (docs/hosting.md: nginx) may compress instead.
//
// The middleware reads the --publicDir flag itself: PocketBase hands hooks no other way.

routerUse((e) => {
  const method = e.request.method;
  const urlPath = e.request.url.path;
  if ((method !== "GET" && method !== "HEAD") || urlPath.startsWith("/api/") || urlPath.startsWith("/_/")) {
    return e.next();
  }
  const { precompressedCopy } = require(`${__hooks}/precompressed.js`);
  const served = precompressedCopy($os.args, urlPath, e.request.header.get("Accept-Encoding"), (p) => {
    try {
      const info = $os.stat(p);
      return info.isDir() ? null : { mtime: info.modTime().unixMilli(), size: info.size() };
    } catch (_) {
      return null;
    }
  });
  if (!served) return e.next();
  const header = e.response.header();
  header.set("Content-Type", served.contentType);
  header.set("Content-Encoding", served.encoding);
  header.add("Vary", "Accept-Encoding");
  if (served.immutable) header.set("Cache-Control", "public, max-age=31536000, immutable");
  // fileFS answers like http.ServeContent (Last-Modified, If-Modified-Since, HEAD) and
  // keeps the Content-Type set above.
  return e.fileFS($os.dirFS(served.dir), served.file);
});

routerUse($apis.gzip());
