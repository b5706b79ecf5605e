// A first visit, as bytes: which files a fresh browser fetches until a route shows its
// content, and how large each is raw, gzip -9 and brotli 11 (the copies
// scripts/compress.mjs writes). Shared by the budget test (first-visit.spec.mjs) and the
// benchmark (tests/bench/first-visit.mjs).
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { encodings } from "../../scripts/compress.mjs";
import { isWidgetPath } from "../../scripts/site-pages.mjs";

/**
 * The routes with a budget, in KiB brotli of everything fetched before the first content.
 * `budget` is issue 15's target (the app's main pages 150, a widget 60), which the
 * benchmark reports against. `ceiling` is what a build may not exceed today, checked by
 * first-visit.spec.mjs: the measured size of the release that set it plus 10 %, so that
 * no change adds first-visit bytes unnoticed. Lower it when a change makes a route lighter;
 * it meets `budget` when the issue's budgets hold.
 */
export const ROUTES = [
  { path: "/", budget: 150, ceiling: 445 },
  { path: "/members", budget: 150, ceiling: 504 },
  { path: "/wall", budget: 150, ceiling: 538 },
  { path: "/themes", budget: 150, ceiling: 507 },
  { path: "/events", budget: 150, ceiling: 507 },
  { path: "/embed/wall", budget: 60, ceiling: 243 },
  { path: "/embed/events", budget: 60, ceiling: 225 },
  { path: "/embed/themes", budget: 60, ceiling: 227 },
  { path: "/embed/member/", budget: 60, ceiling: 257, member: true },
];

/** The first member of the demo data a visitor may see, for the member widget. */
export function demoMemberId(dir) {
  const members = JSON.parse(readFileSync(path.join(dir, "data", "members.json"), "utf8"));
  return members[0].id;
}

/** Sizes of one file of the build, as served: raw, and its compressed copies. */
function sizesOf(dir, rel) {
  const file = path.join(dir, rel);
  const raw = readFileSync(file);
  const copy = (ext) => (existsSync(`${file}.${ext}`) && statSync(`${file}.${ext}`).size) || null;
  // A file without copies (an image, or one too small to gain) is sent as it is.
  const fresh = copy("br") === null && /\.(?:js|wasm|css|json|html|svg)$/.test(rel) ? encodings(raw) : null;
  return {
    path: rel,
    raw: raw.length,
    gz: copy("gz") ?? (fresh ? Math.min(fresh.gz.length, raw.length) : raw.length),
    br: copy("br") ?? (fresh ? Math.min(fresh.br.length, raw.length) : raw.length),
  };
}

/** The page a server sends for an in-app path: the widgets' own under `/embed/`, if built. */
function pageOf(dir, pathname) {
  return isWidgetPath(pathname) && existsSync(path.join(dir, "embed.html")) ? "embed.html" : "index.html";
}

/**
 * Opens `route` in a fresh context of `browser` at `baseUrl` (serving `dir`), waits until
 * it shows its content, and returns the files fetched until then with their sizes.
 */
export async function firstVisit(browser, baseUrl, dir, route) {
  const target = route.endsWith("/member/") ? `${route}${demoMemberId(dir)}` : route;
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const fetched = new Set();
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(baseUrl).origin) fetched.add(url.pathname);
  });
  await page.goto(`${baseUrl}${target}`);
  // Content: a heading, no loading state left, and nothing more on its way.
  await page.locator("h1, h2").first().waitFor();
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => !document.querySelector("[role=status].kp-loading, #kp-boot"));
  await page.waitForLoadState("networkidle");
  await context.close();
  const files = [...fetched]
    .map((p) => (p.endsWith("/") || !path.posix.extname(p) ? pageOf(dir, p) : p.replace(/^\//, "")))
    .filter((rel, i, all) => all.indexOf(rel) === i && existsSync(path.join(dir, rel)))
    .sort()
    .map((rel) => sizesOf(dir, rel));
  const total = (key) => files.reduce((n, f) => n + f[key], 0);
  return { route: target, files, raw: total("raw"), gz: total("gz"), br: total("br") };
}
