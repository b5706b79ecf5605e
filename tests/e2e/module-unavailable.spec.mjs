// A module of the split build that cannot be fetched (offline before the worker ever
// cached it, a flaky network) leaves the app alive: the reader is told, and a retry
// fetches it again (issue 15). Before, wasm-split's loader panicked and the page froze.
import { test, expect } from "@playwright/test";
import { readdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expectPage, h1 } from "./helpers.mjs";

const dist = process.env.KNOOPPUNT_E2E_DIST || "dist";
const UNAVAILABLE = "Dit deel van Knooppunt kon niet worden geladen";

/** The file of the split point `name` (`split_<name>-<hash>.wasm`, src/split_point.rs) in `dir` of the build. */
function moduleOf(dir, name) {
  const pattern = new RegExp(`^split_${name}-[0-9a-f]+\\.wasm$`);
  const file = readdirSync(path.join(dist, dir)).find((f) => pattern.test(f));
  if (!file) throw new Error(`no module ${name} in ${dir}`);
  return file;
}

/** Makes every fetch of `file` fail as a dropped connection does, while `blocked()`; counts them. */
async function failWhile(page, file, blocked) {
  const tries = { failed: 0, served: 0 };
  await page.route(`**/${file}`, (route) => {
    if (blocked()) {
      tries.failed++;
      return route.abort("internetdisconnected");
    }
    tries.served++;
    return route.continue();
  });
  return tries;
}

test("a route whose module cannot be fetched says so; the rest of the app works, and a retry shows the page", async ({ page }) => {
  let blocked = true;
  const tries = await failWhile(page, moduleOf(".", "wall_area"), () => blocked);
  await page.goto("/");
  await expectPage(page, "Knooppunt");

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Kennismuur" }).click();
  const alert = page.getByRole("alert").filter({ hasText: UNAVAILABLE });
  await expect(alert).toBeVisible();
  expect(tries.failed).toBeGreaterThan(0);

  // Still failing: the notice stays, and says it again.
  await alert.getByRole("button", { name: "Opnieuw proberen" }).click();
  await expect(alert).toBeVisible();
  expect(tries.failed).toBeGreaterThan(1);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations).toEqual([]);

  // The app did not stop: another area opens.
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Leden" }).click();
  await expectPage(page, "Leden");

  // Back on the wall, the connection back: the retry fetches the module and shows the page.
  await page.goBack();
  await expect(alert).toBeVisible();
  blocked = false;
  await alert.getByRole("button", { name: "Opnieuw proberen" }).click();
  await expect(h1(page)).toHaveText("Kennismuur");
  await expect(page.getByRole("list", { name: "Kennismuur" }).getByRole("listitem").first()).toBeVisible();
  await expect(alert).toHaveCount(0);
  expect(tries.served).toBe(1);
});

test("English that cannot be fetched: the page stays Dutch and says so; a later choice switches", async ({ page }) => {
  let blocked = true;
  await failWhile(page, moduleOf(".", "english_texts"), () => blocked);
  await page.goto("/members");
  await expectPage(page, "Leden");

  const banner = page.getByRole("banner");
  await banner.getByRole("button", { name: "English" }).click();
  await expect(banner.getByRole("status")).toHaveText(/De andere taal kon niet worden geladen/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(h1(page)).toHaveText("Leden");

  blocked = false;
  await banner.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(h1(page)).toHaveText("Members");
  await expect(page.getByRole("banner").getByRole("status")).toHaveText("");
  await page.evaluate(() => localStorage.removeItem("knooppunt.taal"));
});

test("English chosen before, its module not fetchable at the next visit: the visit starts in Dutch", async ({ page }) => {
  await failWhile(page, moduleOf(".", "english_texts"), () => true);
  await page.goto("/");
  await page.evaluate(() => localStorage.setItem("knooppunt.taal", "en"));
  await page.goto("/members");
  await expectPage(page, "Leden");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await page.evaluate(() => localStorage.removeItem("knooppunt.taal"));
});

test("a widget whose backend module cannot be fetched says so, and loads on 'Opnieuw proberen'", async ({ page }) => {
  let blocked = true;
  await failWhile(page, `widgets/${moduleOf("widgets", "static_json_adapter")}`, () => blocked);
  await page.goto("/embed/wall");
  const alert = page.getByRole("alert").filter({ hasText: UNAVAILABLE });
  await expect(alert).toBeVisible();
  blocked = false;
  await alert.getByRole("button", { name: "Opnieuw proberen" }).click();
  await expect(page.getByRole("list", { name: "Kennismuur" }).getByRole("listitem").first()).toBeVisible();
});
