// A new version of the app (issue 8): when a host publishes a new build, the browser
// installs its service worker next to the running one. It waits — a page never runs
// with the files of two builds — and the app says "Nieuwe versie beschikbaar"; after
// "Bijwerken" the page reloads under the new worker, and the old build's cache is gone.
import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { h1 } from "./helpers.mjs";
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
