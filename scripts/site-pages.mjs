// Which page of a build answers an in-app path that is no file: the widgets' own page
// (embed.html, scripts/build.mjs) under /embed/, the app's index.html everywhere else.
// Shared by scripts/serve.mjs and the e2e helpers; pb_hooks/embed.pb.js and nginx
// (docs/hosting.md §5b) route the same way.

/** Whether an in-app path (the base path already taken off) is a widget's. */
export function isWidgetPath(pathname) {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}
