// The language switcher: "English" / "Nederlands" in the header, remembered across
// reloads, with <html lang> following and the page state (URL) kept.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { h1, formatViolations, settle } from "./helpers.mjs";

test("switching to English and back keeps the page and is remembered", async ({ page }) => {
  await page.goto("/members?q=jose");
  await expect(h1(page)).toHaveText("Leden");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");

  const toEnglish = page.getByRole("button", { name: "English" });
  // The button names its language in that language, marked up as such.
  await expect(toEnglish).toHaveAttribute("lang", "en");
  await toEnglish.click();

  await expect(h1(page)).toHaveText("Members");
  await expect(page).toHaveTitle("Members · Knooppunt");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const nav = page.getByRole("navigation", { name: "Main menu" });
  for (const name of ["Members", "Themes", "Knowledge wall", "Meetings"]) {
    await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  }
  // Same page, same search, now in English.
  await expect(page).toHaveURL(/\/members\?q=jose$/);
  await expect(page.getByRole("searchbox", { name: "Search members" })).toHaveValue("jose");
  await expect(page.getByRole("status").filter({ hasText: /^\d+ members?$/ })).toBeVisible();

  await page.reload();
  await expect(h1(page)).toHaveText("Members");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(h1(page)).toHaveText("Leden");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Kennismuur" })).toBeVisible();
});

test("dates follow the language", async ({ page }) => {
  await page.goto("/events");
  const firstDate = page.locator("time").first();
  await expect(firstDate).toHaveText(/\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
  await page.getByRole("button", { name: "English" }).click();
  await expect(h1(page)).toHaveText("Meetings");
  await expect(page.locator("time").first()).toHaveText(/\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
});

test("the English interface has no axe-core violations", async ({ page }) => {
  await page.goto("/members");
  await page.getByRole("button", { name: "English" }).click();
  await expect(h1(page)).toHaveText("Members");
  await settle(page);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations, formatViolations(results.violations)).toEqual([]);
});
