/// <reference path="../pb_data/types.d.ts" />
// Compresses answers for browsers that accept gzip: the app's WASM (about 1 MB, 0.4 MB
// gzipped) and JSON lists. PocketBase serves files uncompressed by itself; a proxy
// in front (docs: nginx) may compress instead, and then this costs nothing extra,
// as the proxy asks for identity or passes the encoding through.
routerUse($apis.gzip());
