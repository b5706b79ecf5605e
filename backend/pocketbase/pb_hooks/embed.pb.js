/// <reference path="../pb_data/types.d.ts" />
// Widgets (`/embed/…`) are pages that intranets show in an iframe. A build has the
// widgets' own page, embed.html (scripts/build.mjs): it loads only what a widget shows.
// PocketBase's SPA fallback would answer `/embed/…` with index.html (the whole app, which
// shows the widget too); this route answers it with embed.html when the served folder
// (--publicDir) has one, index.html otherwise.
//
// PocketBase sends `X-Frame-Options: SAMEORIGIN` with every answer, which keeps a page out
// of any frame on another site; for the widget pages alone this takes it off again. Which
// sites may frame them is for the host to say with the CSP's `frame-ancestors` in the
// proxy in front (docs/hosting.md, "Widgets"). Widgets only show and link: they act on
// nothing. This is done here, in the route, not in a `routerUse` middleware: a JS
// middleware holds one of the hooks' JS runtimes for every request that passes it, API
// calls included, and under a rush that pool is what runs out (issue 16's note).
routerAdd("GET", "/embed/{path...}", (e) => {
  const { publicDir } = require(`${__hooks}/precompressed.js`);
  const dir = publicDir($os.args);
  const isFile = (name) => {
    try {
      return !$os.stat(`${dir}/${name}`).isDir();
    } catch (_) {
      return false;
    }
  };
  // An older build without embed.html: the app's page, as the SPA fallback would send.
  const page = dir ? ["embed.html", "index.html"].find(isFile) : undefined;
  if (!page) throw new NotFoundError();
  const header = e.response.header();
  header.del("X-Frame-Options");
  // A page is never cached stale (as index.html): the next release names other modules.
  header.set("Cache-Control", "no-cache");
  return e.fileFS($os.dirFS(dir), page);
});
