// The host's switches in config.json `features` (issue 7), each seen by a user, against
// a real PocketBase (accounts exist there). The backend enforces the same from its
// settings record (tests/backend/host-switches.test.mjs); here the interface follows.
import { test, expect } from "@playwright/test";
import { pocketbaseURL } from "./playwright.config.mjs";
import { expectPage, logInAs } from "./helpers.mjs";
import { apiMember } from "./groups.mjs";

test.use({ baseURL: pocketbaseURL });

/** Serves the site's own config.json with these switches. */
async function withFeatures(page, features) {
  await page.route("**/config.json", async (route) => {
    const response = await route.fetch();
    const config = await response.json();
    await route.fulfill({ response, json: { ...config, features } });
  });
}

const nav = (page) => page.getByRole("navigation", { name: "Hoofdmenu" });
const main = (page) => page.getByRole("main");

test("by default everything is open: registration, meetings, the wall and the directory", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("link", { name: "Registreren" })).toBeVisible();
  await expect(nav(page).getByRole("link", { name: "Bijeenkomsten" })).toBeVisible();
  await expect(main(page).getByRole("heading", { name: "Komende bijeenkomsten" })).toBeVisible();
  await page.goto("/wall");
  await expectPage(page, "Kennismuur");
  await expect(main(page).getByRole("list", { name: "Kennismuur" }).getByRole("listitem").first()).toBeVisible();
  await page.goto("/members");
  await expect(page.getByRole("searchbox", { name: "Zoek leden" })).toBeVisible();
});

test("registration by invitation: no way to register, and /register says how to get an account", async ({ page }) => {
  await withFeatures(page, { registration: "invitation" });
  await page.goto("/wall");
  await expectPage(page, "Kennismuur");
  await expect(page.getByRole("banner").getByRole("link", { name: "Inloggen" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Registreren" })).toHaveCount(0);
  await expect(main(page).getByRole("link", { name: "Registreren" })).toHaveCount(0);
  await page.goto("/register");
  await expect(main(page)).toContainText("Op dit netwerk maak je niet zelf een account");
  await expect(page.getByLabel("Wachtwoord")).toHaveCount(0);
  await page.goto("/login");
  await expect(main(page)).toContainText("de beheerder maakt het voor je aan");
});

test("meetings switched off: no menu item, no agenda, no meeting sections", async ({ page }) => {
  await withFeatures(page, { meetings: false });
  await page.goto("/");
  await expect(nav(page).getByRole("link", { name: "Leden", exact: true })).toBeVisible();
  await expect(nav(page).getByRole("link", { name: "Bijeenkomsten" })).toHaveCount(0);
  await expect(main(page).getByRole("heading", { name: "Komende bijeenkomsten" })).toHaveCount(0);
  await page.goto("/events");
  await expectPage(page, "Pagina niet gevonden");
  await page.goto("/themes");
  await page.getByRole("list", { name: "Thema's" }).getByRole("link").first().click();
  await expect(main(page).getByRole("heading", { name: "Bijdragen" })).toBeVisible();
  await expect(main(page).getByRole("heading", { name: "Bijeenkomsten", exact: true })).toBeHidden();
});

test("a wall for members only: visitors are asked to log in, members read it", async ({ page, request }) => {
  await withFeatures(page, { public_wall: false });
  await page.goto("/wall");
  await expectPage(page, "Kennismuur");
  await expect(main(page)).toContainText("Alleen leden lezen de kennismuur.");
  await expect(main(page).getByRole("list", { name: "Kennismuur" })).toHaveCount(0);
  await page.goto("/");
  await expect(main(page)).toContainText("Alleen leden lezen de kennismuur.");
  const member = await apiMember(request, `Lezer ${Date.now()}`);
  await logInAs(page, member);
  await page.goto("/wall");
  await expect(main(page).getByRole("list", { name: "Kennismuur" }).getByRole("listitem").first()).toBeVisible();
});

test("a directory for members only: visitors are asked to log in, members search it", async ({ page, request }) => {
  await withFeatures(page, { public_directory: false });
  await page.goto("/members");
  await expectPage(page, "Leden");
  await expect(main(page)).toContainText("Alleen leden zien de ledenlijst en de profielen.");
  await expect(page.getByRole("searchbox", { name: "Zoek leden" })).toHaveCount(0);
  const member = await apiMember(request, `Zoeker ${Date.now()}`);
  await logInAs(page, member);
  await page.goto("/members");
  await expect(page.getByRole("searchbox", { name: "Zoek leden" })).toBeVisible();
});
