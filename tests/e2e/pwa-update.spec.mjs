// A new version of the app (issue 8): when a host publishes a new build, the browser
// installs its service worker next to the running one. It waits — a page never runs
// with the files of two builds — and the app says "Nieuwe versie beschikbaar"; after
// "Bijwerken" the page reloads under the new worker, and the old build's cache is gone.
import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expectPage, h1 } from "./helpers.mjs";
import { builtVersion, controllerVersion, serve, untilControlled } from "./sw-helpers.mjs";

test.use({ serviceWorkers: "allow" });

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = path.resolve(root, process.env.KNOOPPUNT_E2E_DIST || "dist");

let out;
let site;
let server;

// A copy of the build under test that this spec may change, on its own server.
test.beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), "knooppunt-sw-update-"));
  site = path.join(out, "site");
  cpSync(dist, site, { recursive: true });
  server = await serve(site);
});

test.afterAll(() => {
  server?.stop();
  if (out) rmSync(out, { recursive: true, force: true });
});

const banner = (page) => page.getByText("Nieuwe versie beschikbaar");
const shellCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith("knooppunt-shell-")));

test('a new build waits until the reader chooses "Bijwerken", then takes over after a reload', async ({ page }) => {
  await page.goto(`${server.url}/`);
  await untilControlled(page);
  const first = builtVersion(site);
  expect(await controllerVersion(page)).toBe(first);
  await expect(h1(page)).toHaveText("Knooppunt");
  // The very first worker is not an update.
  await expect(banner(page)).toHaveCount(0);

  // The host publishes a new build: one file changed, so sw.js gets a new version.
  appendFileSync(path.join(site, "stylers.css"), "\n/* een nieuwe versie */\n");
  execFileSync("node", ["scripts/make-sw.mjs", site], { cwd: root, stdio: "ignore" });
  const second = builtVersion(site);
  expect(second).not.toBe(first);

  // The browser looks for a new worker (it does so on navigations, at most daily otherwise).
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await expect(banner(page)).toBeVisible();
  await expect(page.getByRole("button", { name: "Bijwerken" })).toBeVisible();
  // It waits: this page still runs under the old version.
  expect(await controllerVersion(page)).toBe(first);
  // A reload does not switch either, and the new version is offered again.
  await page.reload();
  await expect(h1(page)).toHaveText("Knooppunt");
  await expect(banner(page)).toBeVisible();
  expect(await controllerVersion(page)).toBe(first);
  expect(await shellCaches(page)).toEqual(expect.arrayContaining([`knooppunt-shell-${first}`, `knooppunt-shell-${second}`]));

  // "Bijwerken": the new worker takes over and the page reloads under it.
  await page.evaluate(() => (window.__voorBijwerken = true));
  const reloaded = page.waitForEvent("load");
  await page.getByRole("button", { name: "Bijwerken" }).click();
  await reloaded;
  expect(await page.evaluate(() => window.__voorBijwerken ?? false), "the page reloaded").toBe(false);
  await expect(h1(page)).toHaveText("Knooppunt");
  await untilControlled(page);
  expect(await controllerVersion(page)).toBe(second);
  expect(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL)).toBe(`${server.url}/sw.js`);
  await expect(banner(page)).toHaveCount(0);
  // Only the new build's files are kept, and they are the new ones.
  expect(await shellCaches(page)).toEqual([`knooppunt-shell-${second}`]);
  const stylers = await page.evaluate(async (name) => (await (await caches.open(name)).match("stylers.css")).text(), `knooppunt-shell-${second}`);
  expect(stylers).toBe(readFileSync(path.join(site, "stylers.css"), "utf8"));
});

/**
 * Turns the build in `dir` into "the next release": its WASM, its JS and the loader get
 * new hashed names (and the page points at them), the old files are gone, as after a
 * host replaced the site. Returns the new loader's name.
 */
function nextRelease(dir) {
  const files = readdirSync(dir);
  const wasmHash = files.find((f) => /^knooppunt-[0-9a-f]+_bg\.wasm$/.test(f)).match(/^knooppunt-([0-9a-f]+)_bg/)[1];
  const boot = files.find((f) => /^boot-[0-9a-f]+\.js$/.test(f));
  const newBoot = "boot-0123456789abcdef.js";
  // The main module, its JS and the loader of the route chunks share the main hash.
  const renamed = (text) =>
    text
      .replaceAll(`knooppunt-${wasmHash}`, "knooppunt-fedcba9876543210")
      .replaceAll(`__wasm_split-${wasmHash}`, "__wasm_split-fedcba9876543210")
      .replaceAll(boot, newBoot);
  writeFileSync(path.join(dir, newBoot), renamed(readFileSync(path.join(dir, boot), "utf8")));
  rmSync(path.join(dir, boot));
  for (const suffix of [".js", "_bg.wasm"]) {
    renameSync(path.join(dir, `knooppunt-${wasmHash}${suffix}`), path.join(dir, `knooppunt-fedcba9876543210${suffix}`));
  }
  for (const [from, to] of [
    [`knooppunt-fedcba9876543210.js`, `knooppunt-fedcba9876543210.js`],
    [`__wasm_split-${wasmHash}.js`, `__wasm_split-fedcba9876543210.js`],
  ]) {
    const text = renamed(readFileSync(path.join(dir, from), "utf8"));
    rmSync(path.join(dir, from));
    writeFileSync(path.join(dir, to), text);
  }
  // Their compressed copies belong to the old names.
  for (const f of readdirSync(dir)) if (/^(?:knooppunt|__wasm_split|boot)-.*\.(?:br|gz)$/.test(f)) rmSync(path.join(dir, f));
  writeFileSync(path.join(dir, "index.html"), renamed(readFileSync(path.join(dir, "index.html"), "utf8")));
  execFileSync("node", ["scripts/make-sw.mjs", dir], { cwd: root, stdio: "ignore" });
  return newBoot;
}

test("a new release opened under the old worker still reopens offline", async ({ page, context }) => {
  const own = mkdtempSync(path.join(tmpdir(), "knooppunt-sw-release-"));
  const dir = path.join(own, "site");
  cpSync(dist, dir, { recursive: true });
  const server = await serve(dir);
  try {
    await page.goto(`${server.url}/`);
    await untilControlled(page);
    const first = builtVersion(dir);

    // The host replaces the site; the reader opens it again before choosing "Bijwerken".
    const newBoot = nextRelease(dir);
    await page.reload();
    await expectPage(page, "Knooppunt");
    expect(await controllerVersion(page), "the old worker still controls the page").toBe(first);
    expect(await page.evaluate(() => [...document.scripts].map((s) => s.src).join(" "))).toContain(newBoot);

    // On the train: the new release's files come from the old worker's caches.
    await context.setOffline(true);
    await page.reload();
    await expectPage(page, "Knooppunt");
    await context.setOffline(false);
  } finally {
    server.stop();
    rmSync(own, { recursive: true, force: true });
  }
});
