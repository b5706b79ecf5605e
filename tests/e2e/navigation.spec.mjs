// The app shell and routing: main navigation, page titles, focus management, skip
// link, and deep links / reloads on every route type (served with an SPA fallback).
import { test, expect } from "@playwright/test";
import { MAIN_NAV, SITE, DETAIL_PAGES, h1, expectPage, expectShell, detailLinks, openDetail } from "./helpers.mjs";

test("home page has the shell, one h1 and the site name as title", async ({ page }) => {
  await page.goto("/");
  await expectPage(page, SITE);
  await expectShell(page);
  for (const section of ["Laatste bijdragen", "Komende bijeenkomsten", "Thema's"]) {
    await expect(page.getByRole("heading", { level: 2, name: section, exact: true })).toBeVisible();
  }
});

for (const item of MAIN_NAV) {
  test(`main navigation "${item.name}" opens ${item.path} and moves focus to its h1`, async ({ page }) => {
    await page.goto("/");
    await expectPage(page, SITE);
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: item.name, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === item.path);
    await expectPage(page, item.heading);
    await expect(h1(page)).toBeFocused();
    await expectShell(page);
    // The current page is marked in the navigation.
    await expect(
      page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: item.name, exact: true }),
    ).toHaveAttribute("aria-current", "page");
  });
}

test("the site name in the banner leads home", async ({ page }) => {
  await page.goto("/members");
  await expectPage(page, "Leden");
  await page.getByRole("banner").getByRole("link", { name: SITE, exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expectPage(page, SITE);
  await expect(h1(page)).toBeFocused();
});

test('skip link "Naar de inhoud" is the first focusable element and moves focus to main', async ({ page }) => {
  await page.goto("/members");
  await expectPage(page, "Leden");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Naar de inhoud" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible(); // visible when focused
  expect(await skip.getAttribute("href")).toMatch(/#inhoud$/);
  await page.keyboard.press("Enter");
  const main = page.getByRole("main");
  await expect(main).toHaveAttribute("id", "inhoud");
  await expect(main).toBeFocused();
  // The next Tab continues inside main, not back at the top of the page.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.getElementById("inhoud").contains(document.activeElement))).toBe(true);
});

test("browser back and forward between pages restore heading and title", async ({ page }) => {
  await page.goto("/");
  await expectPage(page, SITE);
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  await nav.getByRole("link", { name: "Leden", exact: true }).click();
  await expectPage(page, "Leden");
  await nav.getByRole("link", { name: "Bijeenkomsten", exact: true }).click();
  await expectPage(page, "Bijeenkomsten");
  await page.goBack();
  await expectPage(page, "Leden");
  await page.goBack();
  await expectPage(page, SITE);
  await page.goForward();
  await expectPage(page, "Leden");
});

test.describe("deep links and reloads work on every route", () => {
  for (const item of MAIN_NAV) {
    test(`${item.path} loads directly and after a reload`, async ({ page }) => {
      await page.goto(item.path);
      await expectPage(page, item.heading);
      await expectShell(page);
      await page.reload();
      await expectPage(page, item.heading);
    });
  }

  for (const d of DETAIL_PAGES) {
    test(`a ${d.what} page (${d.prefix}/:id) opened from its list reloads and deep-links`, async ({ page, context }) => {
      await page.goto(d.list);
      const [first] = await detailLinks(page, d.prefix);
      const heading = await openDetail(page, first);
      await expectPage(page, heading);
      await expect(h1(page)).toBeFocused();
      await expectShell(page);

      await page.reload();
      await expectPage(page, heading);

      const fresh = await context.newPage();
      await fresh.goto(first.path);
      await expectPage(fresh, heading);
      await fresh.close();
    });
  }
});
