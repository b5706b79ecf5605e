// The app is installable (DESIGN.md: a phone user installs it). Lighthouse 12 no longer
// has the PWA category or its installable-manifest audit (scripts/lighthouse.mjs), so
// this asks Chromium directly, the way that audit did: Page.getInstallabilityErrors over
// CDP must come back empty, and Page.getAppManifest must parse the web app manifest
// without errors, with the 192 px, 512 px and maskable icons.
//
// Chromium reports every off-the-record profile as "in-incognito", and Playwright's
// ordinary contexts are off the record, so these tests use a persistent context (a
// throw-away profile), the kind of profile a real user installs from. The config blocks
// service workers for the other specs; here they are allowed, as on a phone. No trace:
// the config's retain-on-failure tracing does not follow a context the test closes itself.
import { test, expect, chromium } from "@playwright/test";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromiumArgs } from "./playwright.config.mjs";
import { expectPage } from "./helpers.mjs";

test.use({ serviceWorkers: "allow", trace: "off" });

/** A persistent (not off-the-record) Chromium context with one page at `url`. */
async function openInstallable(baseURL, route, launchOptions) {
  const profile = await mkdtemp(path.join(os.tmpdir(), "knooppunt-installable-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: launchOptions?.executablePath ?? "/usr/bin/chromium",
    args: launchOptions?.args ?? chromiumArgs,
    headless: true,
    baseURL,
    locale: "nl-NL",
    serviceWorkers: "allow",
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(route);
  const cdp = await context.newCDPSession(page);
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  return { page, cdp, close };
}

/** The installability errors Chromium reports, as "errorId(args)" strings. */
async function installabilityErrors(cdp) {
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  return installabilityErrors.map((e) =>
    e.errorArguments.length ? `${e.errorId}(${e.errorArguments.map((a) => `${a.name}=${a.value}`).join(", ")})` : e.errorId,
  );
}

for (const { route, heading } of [
  { route: "/", heading: "Knooppunt" },
  { route: "/members", heading: "Leden" },
]) {
  test(`${route} is installable: Chromium reports no installability errors`, async ({ baseURL, launchOptions }) => {
    const { page, cdp, close } = await openInstallable(baseURL, route, launchOptions);
    try {
      await expectPage(page, heading);
      expect(await installabilityErrors(cdp)).toEqual([]);
    } finally {
      await close();
    }
  });
}

test("the web app manifest parses without errors and has the 192, 512 and maskable icons", async ({ baseURL, launchOptions }) => {
  const { page, cdp, close } = await openInstallable(baseURL, "/", launchOptions);
  try {
    await expectPage(page, "Knooppunt");
    const manifest = await cdp.send("Page.getAppManifest");
    expect(manifest.url, "a <link rel=manifest> in index.html").toMatch(/\/manifest\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
    const data = JSON.parse(manifest.data);
    expect(data.display).toBe("standalone");
    const icons = data.icons.map((icon) => ({
      sizes: icon.sizes,
      purpose: icon.purpose ?? "any",
      url: new URL(icon.src, manifest.url).href,
    }));
    expect(icons).toContainEqual(expect.objectContaining({ sizes: "192x192", purpose: expect.stringMatching(/\bany\b/) }));
    expect(icons).toContainEqual(expect.objectContaining({ sizes: "512x512", purpose: expect.stringMatching(/\bany\b/) }));
    expect(icons).toContainEqual(expect.objectContaining({ sizes: "512x512", purpose: expect.stringMatching(/\bmaskable\b/) }));
    // Each icon is served as a PNG (a 404 would make the app uninstallable on a phone).
    for (const icon of icons) {
      const response = await page.request.get(icon.url);
      expect(response.status(), icon.url).toBe(200);
      expect(response.headers()["content-type"], icon.url).toBe("image/png");
    }
  } finally {
    await close();
  }
});
