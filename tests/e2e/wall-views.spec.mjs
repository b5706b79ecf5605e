// The wall's views (issue 5), on both backends: by kind, by theme, by tag and by search,
// all in the URL; older posts load on demand without showing a post twice. On PocketBase
// a member also gets "Mijn thema's".
import { test, expect } from "@playwright/test";
import { pocketbaseURL } from "./playwright.config.mjs";
import { readFileSync } from "node:fs";
import { expectPage, logInAs } from "./helpers.mjs";
import { apiMember, themeWith } from "./groups.mjs";

const DEMO_POSTS = JSON.parse(readFileSync(new URL("../../public/data/posts.json", import.meta.url), "utf8"));
const OPEN_THEMES = new Set(
  JSON.parse(readFileSync(new URL("../../public/data/themes.json", import.meta.url), "utf8"))
    .filter((t) => t.access === "open")
    .map((t) => t.id),
);

/** An open theme no other spec writes in, with `count` posts by its owner. */
async function themeOfItsOwn(request, count) {
  const owner = await apiMember(request, "Eigen Muur");
  const theme = await themeWith(request, { owner, name: "Eigen muur" });
  for (let i = 0; i < count; i++) {
    const res = await request.post(`${pocketbaseURL}/api/collections/posts/records`, {
      headers: { Authorization: owner.token },
      data: { author: owner.id, theme: theme.id, kind: "knowledge", title: `Bijdrage ${i + 1}`, body: "Voor het bladeren." },
    });
    expect(res.status(), await res.text()).toBe(200);
  }
  return theme;
}

const wall = (page) => page.getByRole("list", { name: "Kennismuur" });
const cards = (page) => wall(page).getByRole("listitem");
const cardLinks = (page) =>
  wall(page).locator("h3 a").evaluateAll((links) => links.map((a) => new URL(a.href).pathname));

for (const [backend, baseURL] of [["statische JSON", undefined], ["PocketBase", pocketbaseURL]]) {
  test.describe(`kennismuur met ${backend}`, () => {
    if (baseURL) test.use({ baseURL });

    test("older posts load below, each post once", async ({ page, request }) => {
      // On PocketBase other specs write posts meanwhile, which would shift the pages:
      // this one reads a theme of its own, with 41 posts.
      await page.goto(baseURL ? `/wall?thema=${(await themeOfItsOwn(request, 41)).id}` : "/wall");
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
      // Waits for the list of this choice: until then the previous list is still shown.
      const showsOnly = (text) => async () => {
        const texts = await cards(page).allInnerTexts();
        return texts.length > 0 && texts.every((t) => t.includes(text));
      };
      await expect.poll(showsOnly("Vraag")).toBe(true);

      const theme = page.getByLabel("Thema", { exact: true });
      await expect(theme.locator("option")).not.toHaveCount(1);
      const options = await theme.locator("option").allInnerTexts();
      // The first theme that has questions: its list, or its empty state, once it is there.
      let chosen = null;
      for (const name of options.slice(1).map((n) => n.trim())) {
        await theme.selectOption({ label: name });
        const empty = page.getByText("Geen bijdragen gevonden.");
        await expect.poll(async () => (await empty.isVisible()) || (await showsOnly(name)())).toBe(true);
        if (!(await empty.isVisible())) {
          chosen = name;
          break;
        }
      }
      expect(chosen, "some theme has questions").not.toBeNull();
      expect(await showsOnly(chosen)()).toBe(true);
      expect(await showsOnly("Vraag")()).toBe(true);

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
      // A demo post that anyone may read and that has a tag; found by its title, since
      // other tests put newer posts on top of the wall.
      const demo = DEMO_POSTS.find(
        (p) => !p.hidden && p.tags.length > 0 && (!p.theme || OPEN_THEMES.has(p.theme.id)) && !/[^\p{L}\p{N} ]/u.test(p.title),
      );
      await page.goto(`/wall?q=${encodeURIComponent(demo.title)}`);
      await wall(page).getByRole("link", { name: demo.title, exact: true }).click();
      await expectPage(page, demo.title);
      const from = new URL(page.url()).pathname;
      const tag = demo.tags[0];
      await page.getByRole("list", { name: "Tags" }).getByRole("link", { name: tag, exact: true }).click();
      await expect(page).toHaveURL((url) => url.pathname === "/wall" && url.searchParams.get("tag") === tag);
      await expect(page.getByRole("link", { name: `Filter Tag: ${tag} verwijderen` })).toBeVisible();
      await expect(cards(page).first()).toBeVisible();
      // Older pages too, until the post is there: the tag may be on many posts.
      for (let i = 0; i < 10 && !(await cardLinks(page)).includes(from); i++) {
        const more = page.getByRole("button", { name: "Oudere bijdragen laden" });
        if ((await more.count()) === 0) break;
        const shown = (await cardLinks(page)).length;
        await more.click();
        await expect.poll(async () => (await cardLinks(page)).length).toBeGreaterThan(shown);
      }
      expect(await cardLinks(page)).toContain(from);
    });
  });
}

test.describe("mijn thema's", () => {
  test.use({ baseURL: pocketbaseURL });

  test("a member sees only posts from their own themes", async ({ page }) => {
    await logInAs(page, { email: "m-jose-bakker@demo.knooppunt.nl", password: "knooppunt-demo" });
    await page.getByRole("banner").getByRole("link", { name: "José Bakker" }).click();
    await expectPage(page, "José Bakker");
    const region = page.getByRole("region", { name: "Thema's" });
    await expect(region.getByRole("link").first()).toBeVisible();
    const mine = (await region.getByRole("link").allInnerTexts()).map((t) => t.trim());
    expect(mine.length).toBeGreaterThan(0);

    await page.goto("/wall");
    await page.getByLabel("Weergave").selectOption({ label: "Mijn thema's" });
    await expect(page).toHaveURL((url) => url.searchParams.get("weergave") === "mijn-themas");
    // Waits for the list of this choice: until then the whole wall is still shown.
    const inMine = async () => {
      const texts = await cards(page).allInnerTexts();
      return texts.length > 0 && texts.every((text) => mine.some((name) => text.includes(name)));
    };
    await expect.poll(inMine).toBe(true);
    for (const card of await cards(page).all()) {
      const text = await card.innerText();
      expect(mine.some((name) => text.includes(name)), text).toBe(true);
    }
  });
});
