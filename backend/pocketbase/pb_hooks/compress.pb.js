/// <reference path="../pb_data/types.d.ts" />
// Compression, in two parts:
//
// 1. The app's files (`--publicDir`): the build writes a brotli (.br) and a gzip (.gz) copy
//    beside each (scripts/compress.mjs). For a browser that accepts one, the smallest is
//    sent as it is, with Content-Encoding and Vary: Accept-Encoding, and files whose name
//    carries a content hash are cached for a year (immutable). A copy older than its file
//    (a host edited config.json) is ignored. Everything else is what PocketBase's own
//    static route sends (`$apis.static`, with its index fallback).
//
//    This is the catch-all route itself, not a `routerUse` middleware: PocketBase adds its
//    own static route only when no hook has one, and a route's handler runs only for the
//    requests it answers. A JS middleware runs, and holds one of the hooks' JS runtimes,
//    for every request, API calls included; under a rush that cost ~5 % of the throughput
//    (issue 16's note). Without `--publicDir` PocketBase's default route stays.
// 2. Everything else, the API's JSON above all, is gzipped on the fly for clients that
//    accept gzip (a Go middleware). A proxy in front (docs/hosting.md: nginx) may compress
//    instead.
//
// The route reads the --publicDir flag itself: PocketBase hands hooks no other way.

if (require(`${__hooks}/precompressed.js`).publicDir($os.args) !== null) {
  routerAdd("GET", "/{path...}", (e) => require(`${__hooks}/precompressed.js`).serveAppFile(e));
}

routerUse($apis.gzip());
