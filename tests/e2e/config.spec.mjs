// A host who breaks config.json gets a page that says what is wrong, never a blank page.
import { test, expect } from "@playwright/test";
import { h1 } from "./helpers.mjs";

const HEADING = "Knooppunt kan niet starten";

const cases = [
  {
    name: "config.json is not valid JSON",
    fulfil: { status: 200, contentType: "application/json", body: '{ "site_name": "Knooppunt", ' },
    mentions: [/config\.json/],
  },
  {
    name: "config.json misses a required field (site_name)",
    fulfil: { status: 200, contentType: "application/json", body: JSON.stringify({ backend: { kind: "static_json", url: "data/" } }) },
    mentions: [/config\.json/, /site_name/],
  },
  {
    name: "config.json is missing (404)",
    fulfil: { status: 404, contentType: "text/plain", body: "Not Found" },
    mentions: [/config\.json/],
  },
];

for (const c of cases) {
  test(`${c.name}: the app says so in Dutch`, async ({ page }) => {
    await page.route("**/config.json", (route) => route.fulfill(c.fulfil));
    await page.goto("/members");
    await expect(h1(page)).toHaveText(HEADING);
    await expect(h1(page)).toHaveCount(1);
    const body = page.locator("body");
    for (const pattern of c.mentions) await expect(body).toContainText(pattern);
    await expect(page).toHaveTitle(new RegExp(HEADING));
  });
}

test("with a valid config the app starts normally (control for the cases above)", async ({ page }) => {
  let served = false;
  await page.route("**/config.json", async (route) => {
    served = true;
    await route.continue();
  });
  await page.goto("/members");
  await expect(h1(page)).toHaveText("Leden");
  expect(served, "the app loads config.json").toBe(true);
});
