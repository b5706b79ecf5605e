/// <reference path="../pb_data/types.d.ts" />
// Widgets (`/embed/…`) are pages that intranets show in an iframe. PocketBase sends
// `X-Frame-Options: SAMEORIGIN` with every answer, which keeps a page out of any frame
// on another site; for the widget pages alone this takes it off again. Which sites may
// frame them is for the host to say with the CSP's `frame-ancestors` in the proxy in
// front (docs/hosting.md, "Widgets"). Widgets only show and link: they act on nothing.
routerUse((e) => {
  if (e.request.url.path.startsWith("/embed/")) {
    e.response.header().del("X-Frame-Options");
  }
  return e.next();
});
