// Two published NL Design System themes applied by configuration alone
// (docs/house-styles.md): the config files that scripts/nlds-theme.mjs makes from the
// Rijkshuisstijl and Utrecht design tokens are served as config.json, and every kind of
// page must then show the house style, name the site in the banner, and have no axe-core
// violations (WCAG 2.0/2.1 A and AA, so colour contrast included).
//
// KNOOPPUNT_SCREENSHOTS=1 also rewrites docs/house-styles/<style>.png (1280×800 of the
// home page); normal runs leave the files alone.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { h1, detailLinks, formatViolations, headingNamedBy, settle } from "./helpers.mjs";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../docs/house-styles");

const STYLES = ["rijkshuisstijl", "utrecht"].map((name) => ({
  name,
  config: JSON.parse(fs.readFileSync(path.join(docs, `${name}.config.json`), "utf8")),
}));

// The pages to scan: a list (with the detail links that show its data arrived), or the
// first detail page reached from a list.
const PAGES = [
  { label: "/", path: "/", waitFor: "/wall" },
  { label: "/members", path: "/members", heading: "Leden", waitFor: "/members" },
  { label: "/themes", path: "/themes", heading: "Thema's", waitFor: "/themes" },
  { label: "a theme page", list: "/themes", prefix: "/themes" },
  { label: "/wall", path: "/wall", heading: "Kennismuur", waitFor: "/wall" },
  { label: "/events", path: "/events", heading: "Bijeenkomsten", waitFor: "/events" },
  { label: "a meeting page", list: "/events", prefix: "/events" },
];

/** Serves the house style's config file as the app's config.json. */
async function serveConfig(page, config) {
  await page.route("**/config.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(config) }),
  );
}

/** Opens a page of the list above and waits for its data. */
async function open(page, p, config) {
  if (p.list) {
    await page.goto(p.list);
    const [first] = await detailLinks(page, p.prefix);
    await page.goto(first.path);
    await headingNamedBy(page, first.text);
  } else {
    await page.goto(p.path);
    await expect(h1(page)).toHaveText(p.heading ?? config.site_name);
    await detailLinks(page, p.waitFor);
  }
}

/** The house style is in force: every token of the config is what :root says. */
async function expectHouseStyle(page, config) {
  const applied = await page.evaluate((names) => {
    const style = getComputedStyle(document.documentElement);
    return Object.fromEntries(names.map((n) => [n, style.getPropertyValue(`--${n}`).trim()]));
  }, Object.keys(config.tokens));
  expect(applied["color-primary"], "--color-primary on :root").toBe(config.tokens["color-primary"]);
  expect(applied, "every token of the config on :root").toEqual(config.tokens);
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: config.site_name, exact: true })).toBeVisible();
  // The banner really is painted in the primary colour (not only the variable set).
  const painted = await page.locator(".kp-header").evaluate((el) => getComputedStyle(el).backgroundColor);
  const expected = await page.evaluate((color) => {
    const probe = document.createElement("div");
    probe.style.backgroundColor = color;
    document.body.append(probe);
    const value = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return value;
  }, config.tokens["color-primary"]);
  expect(painted, "banner background").toBe(expected);
}

async function scan(page, label) {
  await settle(page);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations, `axe-core on ${label} (${page.url()}):\n${formatViolations(results.violations)}`).toEqual([]);
}

for (const style of STYLES) {
  test.describe(`house style ${style.name}`, () => {
    test.beforeEach(async ({ page }) => serveConfig(page, style.config));

    for (const p of PAGES) {
      test(`${p.label}: the house style applies and axe-core finds no violations`, async ({ page }) => {
        await open(page, p, style.config);
        await expectHouseStyle(page, style.config);
        await scan(page, `${p.label} in ${style.name}`);
      });
    }

    test("screenshot for docs/house-styles", async ({ page }) => {
      test.skip(!process.env.KNOOPPUNT_SCREENSHOTS, "set KNOOPPUNT_SCREENSHOTS=1 to rewrite the screenshots");
      await page.setViewportSize({ width: 1280, height: 800 });
      await open(page, PAGES[0], style.config);
      await expectHouseStyle(page, style.config);
      await settle(page);
      await page.screenshot({ path: path.join(docs, `${style.name}.png`) });
    });
  });
}
