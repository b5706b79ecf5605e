// The wall's views (issue 5), on both backends: by kind, by theme, by tag and by search,
// all in the URL; older posts load on demand without showing a post twice. On PocketBase
// a member also gets "Mijn thema's".
import { test, expect } from "@playwright/test";
import { pocketbaseURL } from "./playwright.config.mjs";
import { detailLinks, expectPage } from "./helpers.mjs";

const wall = (page) => page.getByRole("list", { name: "Kennismuur" });
const cards = (page) => wall(page).getByRole("listitem");
const cardLinks = (page) =>
  wall(page).locator("h3 a").evaluateAll((links) => links.map((a) => new URL(a.href).pathname));

for (const [backend, baseURL] of [["statische JSON", undefined], ["PocketBase", pocketbaseURL]]) {
  test.describe(`kennismuur met ${backend}`, () => {
    if (baseURL) test.use({ baseURL });

    test("older posts load below, each post once", async ({ page }) => {
      await page.goto("/wall");
      await expectPage(page, "Kennismuur");
      await expect(cards(page)).toHaveCount(20);
      const first = await cardLinks(page);
      await page.getByRole("button", { name: "Oudere bijdragen laden" }).click();
      await expect(cards(page)).toHaveCount(40);
      const both = await cardLinks(page);
      expect(both.slice(0, 20)).toEqual(first);
      expect(new Set(both).size, "no post twice").toBe(40);
    });

    test("a kind, a theme and a search narrow the wall and live in the URL", async ({ page }) => {
      await page.goto("/wall");
      await expect(cards(page)).toHaveCount(20);
      await page.getByLabel("Soort").selectOption({ label: "Vraag" });
      await expect(page).toHaveURL((url) => url.searchParams.get("soort") === "question");
      await expect(cards(page).first()).toBeVisible();
      for (const card of await cards(page).all()) await expect(card).toContainText("Vraag");

      const theme = page.getByLabel("Thema", { exact: true });
      await expect(theme.locator("option")).not.toHaveCount(1);
      const options = await theme.locator("option").allInnerTexts();
      // The first theme that has questions.
      let chosen = null;
      for (const name of options.slice(1)) {
        await theme.selectOption({ label: name.trim() });
        await expect(page).toHaveURL((url) => url.searchParams.get("thema") !== null);
        await page.waitForLoadState("networkidle");
        if ((await cards(page).count()) > 0) {
          chosen = name.trim();
          break;
        }
      }
      expect(chosen, "some theme has questions").not.toBeNull();
      for (const card of await cards(page).all()) await expect(card).toContainText(chosen);

      await page.goBack();
      await expect(page).toHaveURL((url) => url.searchParams.get("soort") === "question");
    });

    test("a search finds posts by words in their title, and nothing for nonsense", async ({ page }) => {
      await page.goto("/wall");
      await expect(cards(page)).toHaveCount(20);
      const title = (await wall(page).locator("h3 a").first().innerText()).trim();
      const word = title.split(/\s+/).find((w) => w.replace(/[^\p{L}]/gu, "").length >= 5).replace(/[^\p{L}]/gu, "");
      await page.getByRole("searchbox", { name: "Zoek in bijdragen" }).fill(word);
      await expect(page).toHaveURL((url) => url.searchParams.get("q") === word);
      await expect(wall(page).getByRole("link", { name: title, exact: true })).toBeVisible();
      await page.getByRole("searchbox", { name: "Zoek in bijdragen" }).fill("qxzwvjbestaatniet");
      await expect(page.getByText("Geen bijdragen gevonden.")).toBeVisible();
    });

    test("a tag on a post lists the posts with that tag", async ({ page }) => {
      await page.goto("/wall");
      const posts = await detailLinks(page, "/wall", { min: 5 });
      let tag = null;
      let from = null;
      for (const post of posts.slice(0, 10)) {
        await page.goto(post.path);
        const tags = page.getByRole("list", { name: "Tags" }).getByRole("link");
        if ((await tags.count()) > 0) {
          tag = (await tags.first().innerText()).trim();
          from = post.path;
          await tags.first().click();
          break;
        }
      }
      expect(tag, "a post with a tag").not.toBeNull();
      await expect(page).toHaveURL((url) => url.pathname === "/wall" && url.searchParams.get("tag") === tag);
      await expect(page.getByRole("link", { name: `Filter Tag: ${tag} verwijderen` })).toBeVisible();
      await expect.poll(() => cardLinks(page)).toContain(from);
    });
  });
}

test.describe("mijn thema's", () => {
  test.use({ baseURL: pocketbaseURL });

  test("a member sees only posts from their own themes", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill("m-jose-bakker@demo.knooppunt.nl");
    await page.getByLabel("Wachtwoord").fill("knooppunt-demo");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("banner").getByRole("button", { name: "Uitloggen" })).toBeVisible();
    await page.getByRole("banner").getByRole("link", { name: "José Bakker" }).click();
    await expectPage(page, "José Bakker");
    const region = page.getByRole("region", { name: "Thema's" });
    await expect(region.getByRole("link").first()).toBeVisible();
    const mine = (await region.getByRole("link").allInnerTexts()).map((t) => t.trim());
    expect(mine.length).toBeGreaterThan(0);

    await page.goto("/wall");
    await page.getByLabel("Weergave").selectOption({ label: "Mijn thema's" });
    await expect(page).toHaveURL((url) => url.searchParams.get("weergave") === "mijn-themas");
    await expect(cards(page).first()).toBeVisible();
    for (const card of await cards(page).all()) {
      const text = await card.innerText();
      expect(mine.some((name) => text.includes(name)), text).toBe(true);
    }
  });
});
