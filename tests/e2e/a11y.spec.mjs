// axe-core scan of every route with the WCAG 2.0/2.1 A and AA rules: zero violations.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { h1, expectPage, detailLinks, formatViolations, settle, DETAIL_PAGES } from "./helpers.mjs";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function scan(page, label) {
  await settle(page);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations, `axe-core on ${label} (${page.url()}):\n${formatViolations(results.violations)}`).toEqual([]);
}

/** Opens a list page, waits for its items, returns the path of the first detail page. */
async function firstDetail(page, list, prefix) {
  await page.goto(list);
  const [first] = await detailLinks(page, prefix);
  return first.path;
}

const lists = [
  { path: "/", heading: "Knooppunt", waitFor: "/wall" },
  { path: "/members", heading: "Leden", waitFor: "/members" },
  { path: "/themes", heading: "Thema's", waitFor: "/themes" },
  { path: "/wall", heading: "Kennismuur", waitFor: "/wall" },
  { path: "/events", heading: "Bijeenkomsten", waitFor: "/events" },
];

for (const route of lists) {
  test(`${route.path} has no axe-core violations`, async ({ page }) => {
    await page.goto(route.path);
    await expectPage(page, route.heading);
    await detailLinks(page, route.waitFor);
    await scan(page, route.path);
  });
}

for (const d of DETAIL_PAGES) {
  test(`a ${d.what} page has no axe-core violations`, async ({ page }) => {
    const path = await firstDetail(page, d.list, d.prefix);
    await page.goto(path);
    await expect(h1(page)).toBeVisible();
    await scan(page, `a ${d.what} page ${path}`);
  });
}

test("the fixed demo member José Bakker has no axe-core violations", async ({ page }) => {
  await page.goto("/members/m-jose-bakker");
  await expectPage(page, "José Bakker");
  await expect(page.getByRole("heading", { name: "Recente bijdragen" })).toBeVisible();
  await scan(page, "José Bakker");
});

test("the not-found page has no axe-core violations", async ({ page }) => {
  await page.goto("/bestaat-niet");
  await expectPage(page, "Pagina niet gevonden");
  await scan(page, "404");
});

test("the directory with an empty result has no axe-core violations", async ({ page }) => {
  await page.goto("/members?q=qxzwvj");
  await expect(page.getByText(/Geen leden gevonden/)).toBeVisible();
  await scan(page, "empty directory");
});

test("the configuration error page has no axe-core violations", async ({ page }) => {
  await page.route("**/config.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: "{" }));
  await page.goto("/");
  await expect(h1(page)).toHaveText("Knooppunt kan niet starten");
  await scan(page, "config error");
});
