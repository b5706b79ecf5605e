// Playwright configuration for Knooppunt's end-to-end tests.
//
// The tests run against the release build in dist/ (make build / trunk build --release),
// served the way production serves it: static files with an SPA fallback
// (scripts/serve.mjs) on http://127.0.0.1:8090. The browser is the system Chromium
// (/usr/bin/chromium, apt package `chromium`); Playwright never downloads one.
//
//   npx playwright test --config tests/e2e/playwright.config.mjs
import { defineConfig } from "@playwright/test";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const port = Number(process.env.KNOOPPUNT_E2E_PORT || 8090);
const baseURL = `http://127.0.0.1:${port}`;
// The same build served by PocketBase with the seeded demo network, for the specs
// that log in (tests/e2e/pocketbase-server.sh); they set `baseURL` to this address.
export const pocketbasePort = Number(process.env.KNOOPPUNT_E2E_PB_PORT || 8093);
export const pocketbaseURL = `http://127.0.0.1:${pocketbasePort}`;
// The build under test; another directory only for local experiments.
const dist = process.env.KNOOPPUNT_E2E_DIST || "dist";

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.mjs$/,
  outputDir: path.join(root, "test-results"),
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    browserName: "chromium",
    headless: true,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    serviceWorkers: "block",
    launchOptions: {
      executablePath: process.env.KNOOPPUNT_CHROMIUM || "/usr/bin/chromium",
      args: chromiumArgs,
    },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  webServer: [
    {
      command: `node scripts/serve.mjs --dir ${JSON.stringify(dist)} --host 127.0.0.1 --port ${port}`,
      cwd: root,
      url: `${baseURL}/`,
      reuseExistingServer: !!process.env.KNOOPPUNT_E2E_REUSE,
      timeout: 20_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `tests/e2e/pocketbase-server.sh ${pocketbasePort} ${JSON.stringify(dist)}`,
      cwd: root,
      url: `${pocketbaseURL}/api/health`,
      reuseExistingServer: !!process.env.KNOOPPUNT_E2E_REUSE,
      // The first run seeds the demo network (about 40 s); later runs copy it.
      timeout: 180_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
