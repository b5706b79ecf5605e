// A first visit fetches the shell and its own route, not the whole app (issue 15): from
// the network log, what a route downloads, with the split build of scripts/build.mjs.
import { test, expect, chromium } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromiumArgs } from "./playwright.config.mjs";
import { ROUTES, firstVisit } from "./first-visit.mjs";

const dist = process.env.KNOOPPUNT_E2E_DIST || "dist";

/** The area modules of the build (`split_<area>_area-<hash>.wasm`, src/split_point.rs) by area name. */
function routeModules() {
  const out = new Map();
  for (const file of readdirSync(dist)) {
    const m = file.match(/^split_([a-z_]+?)_area-[0-9a-f]+\.wasm$/);
    if (m) out.set(m[1], file);
  }
  return out;
}

/** The widgets' backend adapter modules (`widgets/split_<kind>_adapter-<hash>.wasm`) by kind. */
function adapterModules() {
  const out = new Map();
  for (const file of readdirSync(path.join(dist, "widgets"))) {
    const m = file.match(/^split_([a-z_]+?)_adapter-[0-9a-f]+\.wasm$/);
    if (m) out.set(m[1], `widgets/${file}`);
  }
  return out;
}

/**
 * Which split points (areas by name, adapters as `<kind>_adapter`) need each shared
 * chunk, as the loader lists them
 * (`/* split_a_…, split_b_… *\/ const __chunk_N = makeLoad(… "./chunk_N-<hash>.wasm" …)`).
 */
function chunkUsers() {
  const loader = readdirSync(dist).find((f) => /^__wasm_split-[0-9a-f]+\.js$/.test(f));
  const js = readFileSync(path.join(dist, loader), "utf8");
  const out = new Map();
  for (const m of js.matchAll(/\/\* ([^*]+) \*\/\s*const __chunk_\d+ = makeLoad\([\s\S]*?"\.\/(chunk_\d+-[0-9a-f]+\.wasm)"/g)) {
    out.set(m[2], m[1].split(",").map((s) => s.trim().replace(/^split_/, "").replace(/_area$/, "")));
  }
  return out;
}

let browser;
test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
});
test.afterAll(async () => browser?.close());

test("the build has a module per area, the widgets one per adapter, and a loader that names what each chunk serves", () => {
  const areas = routeModules();
  for (const area of ["home", "directory", "wall", "groups", "meetings", "account"]) {
    expect(areas.has(area), `a module for ${area}`).toBe(true);
  }
  expect(chunkUsers().size).toBeGreaterThan(0);
  expect([...adapterModules().keys()].sort()).toEqual(["pocketbase", "static_json"]);
});

test("opening /members fetches the directory only: nothing of the wall, its composer or moderation", async ({ baseURL }) => {
  const visit = await firstVisit(browser, baseURL, dist, "/members");
  const fetched = visit.files.map((f) => f.path);
  const areas = routeModules();
  expect(fetched).toContain(areas.get("directory"));
  // The composer is the wall's and a theme's (groups); moderating is a theme's and a post's.
  for (const [area, file] of areas) {
    if (area !== "directory") expect(fetched, `no module of ${area}`).not.toContain(file);
  }
  const users = chunkUsers();
  for (const file of fetched.filter((f) => f.startsWith("chunk_"))) {
    expect(users.get(file), `${file} is one the directory needs`).toContain("directory");
  }
});

test("a widget page loads the widgets' own entry: no module of the app, no area of its routes", async ({ baseURL }) => {
  for (const route of ["/embed/wall", "/embed/themes", "/embed/member/"]) {
    const visit = await firstVisit(browser, baseURL, dist, route);
    const fetched = visit.files.map((f) => f.path);
    expect(fetched, `${route} is the widgets' page`).toContain("embed.html");
    expect(fetched, `${route} is not the app's page`).not.toContain("index.html");
    const modules = fetched.filter((f) => f.endsWith(".wasm"));
    expect(modules.filter((f) => !f.startsWith("widgets/")), `${route} fetches no module of the app`).toEqual([]);
    expect(modules.filter((f) => /_area-[0-9a-f]+\.wasm$/.test(f)), `${route} fetches no area of routes`).toEqual([]);
    expect(modules.some((f) => /^widgets\/knooppunt-embed-[0-9a-f]+_bg\.wasm$/.test(f)), `${route} runs the widgets' module`).toBe(true);
    // This site reads the static demo files: PocketBase's adapter is not fetched.
    const adapters = adapterModules();
    expect(modules, `${route} loads the static adapter`).toContain(adapters.get("static_json"));
    expect(modules, `${route} loads no module of the PocketBase adapter`).not.toContain(adapters.get("pocketbase"));
  }
});

test("served compressed: the WASM arrives as brotli, cached for a year, the page revalidated", async ({ page, baseURL }) => {
  const seen = new Map();
  page.on("response", async (response) => seen.set(new URL(response.url()).pathname, await response.allHeaders()));
  await page.goto(`${baseURL}/members`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leden");
  const wasm = [...seen.keys()].find((p) => /^\/knooppunt-[0-9a-f]+_bg\.wasm$/.test(p));
  expect(seen.get(wasm)["content-encoding"]).toBe("br");
  expect(seen.get(wasm)["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(seen.get(wasm)["vary"]).toBe("Accept-Encoding");
  expect(seen.get("/members")["cache-control"]).toBe("no-cache");
});

// Sizes are the files' own (brotli copies on disk), so this is deterministic: a change
// that makes a first visit heavier than its route's ceiling fails here, not in a
// Lighthouse run weeks later.
test("no route's first visit is heavier than its ceiling", async ({ baseURL }) => {
  for (const route of ROUTES) {
    const visit = await firstVisit(browser, baseURL, dist, route.path);
    const kib = visit.br / 1024;
    expect(kib, `${route.path}: ${kib.toFixed(1)} KiB brotli, ceiling ${route.ceiling} (issue 15's budget: ${route.budget})`).toBeLessThanOrEqual(
      route.ceiling,
    );
  }
});
