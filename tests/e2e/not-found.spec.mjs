// Unknown paths show the not-found page inside the normal shell, never a blank page.
import { test, expect } from "@playwright/test";
import { h1, expectPage, expectShell } from "./helpers.mjs";

test('an unknown path shows "Pagina niet gevonden" with the shell around it', async ({ page }) => {
  const response = await page.goto("/bestaat-niet");
  expect(response.status()).toBe(200); // SPA fallback: the app decides, not the server
  await expectPage(page, "Pagina niet gevonden");
  await expectShell(page);
  // The way out: the main navigation works from here.
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Leden", exact: true }).click();
  await expectPage(page, "Leden");
  await expect(h1(page)).toBeFocused();
});

test("a deeper unknown path is not found either", async ({ page }) => {
  await page.goto("/bestaat/ook/niet");
  await expectPage(page, "Pagina niet gevonden");
});

test("client-side navigation to an unknown path shows the not-found page", async ({ page }) => {
  await page.goto("/");
  await expectPage(page, "Knooppunt");
  // Navigate through the History API the way the router does for in-app links.
  await page.evaluate(() => {
    history.pushState(null, "", "/bestaat-niet");
    dispatchEvent(new PopStateEvent("popstate", { state: null }));
  });
  await expectPage(page, "Pagina niet gevonden");
});
