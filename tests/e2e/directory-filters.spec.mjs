// The directory's filters (issue 4), on both backends: every filter lists its values
// with a count, choosing a value gives exactly that many members, filters combine and
// their counts follow each other, an empty result offers to remove a filter, and the
// filters live in the URL. On PocketBase the search, counts and filters run on the server.
import { test, expect } from "@playwright/test";
import { pocketbaseURL } from "./playwright.config.mjs";
import { expectPage, searchBox, memberList, resultCount, expectListed, parseOption, countAllPages, logInAs } from "./helpers.mjs";

const JOSE = { name: "José Bakker", email: "m-jose-bakker@demo.knooppunt.nl", password: "knooppunt-demo" };
const FILTERS = ["Provincie", "Soort organisatie", "Organisatie", "Thema", "Expertise"];
const select = (page, name) => page.getByRole("combobox", { name, exact: true });

/** The options of a filter after its "Alle …" option: { label, count, value, disabled }. */
async function options(page, name) {
  const all = await select(page, name).locator("option").evaluateAll((els) =>
    els.map((o) => ({ text: o.textContent.trim(), value: o.value, disabled: o.disabled })),
  );
  expect(all[0].value, `${name}: the first option clears the filter`).toBe("");
  return all.slice(1).map((o) => {
    const parsed = parseOption(o.text);
    expect(parsed, `${name}: "${o.text}" says how many`).not.toBeNull();
    return { ...parsed, value: o.value, disabled: o.disabled };
  });
}

async function open(page, query = "") {
  await page.goto(`/members${query}`);
  await expectPage(page, "Leden");
  return resultCount(page);
}

/** Waits until the filter's options carry counts (they arrive with the first results). */
async function loaded(page, name) {
  await expect.poll(async () => (await options(page, name)).length, { message: `${name} has options` }).toBeGreaterThan(0);
  return options(page, name);
}

for (const [backend, baseURL] of [["statische JSON", undefined], ["PocketBase", pocketbaseURL]]) {
  test.describe(`filters met ${backend}`, () => {
    if (baseURL) test.use({ baseURL });

    test("every filter lists values with counts; choosing one gives exactly that many", async ({ page }) => {
      const total = await open(page);
      const names = backend === "PocketBase" ? FILTERS.filter((f) => f !== "Thema") : FILTERS;
      for (const name of names) {
        const values = await loaded(page, name);
        const pick = values.filter((v) => !v.disabled).sort((a, b) => b.count - a.count)[0];
        expect(pick.count, `${name}: a value with members`).toBeGreaterThan(0);
        expect(pick.count).toBeLessThanOrEqual(total);
        await select(page, name).selectOption(pick.value);
        await expect.poll(() => resultCount(page), { message: `${name} = ${pick.label}` }).toBe(pick.count);
        await expect(page.getByRole("link", { name: `Filter ${name}: ${pick.label} verwijderen` })).toBeVisible();
        // Clearing it brings everyone back.
        await select(page, name).selectOption("");
        await expect.poll(() => resultCount(page)).toBe(total);
      }
    });

    test("filters combine, and each filter's counts follow the others", async ({ page }) => {
      await open(page);
      const kinds = await loaded(page, "Soort organisatie");
      const gemeente = kinds.find((k) => k.label === "Gemeente");
      await select(page, "Soort organisatie").selectOption(gemeente.value);
      await expect.poll(() => resultCount(page)).toBe(gemeente.count);
      await expect(page).toHaveURL((url) => url.searchParams.get("soort") === "gemeente");
      // The province counts now count municipal staff only.
      await expect.poll(async () => (await options(page, "Provincie")).reduce((n, p) => n + p.count, 0)).toBeLessThanOrEqual(gemeente.count);
      const brabant = (await options(page, "Provincie")).find((p) => p.label === "Noord-Brabant");
      await select(page, "Provincie").selectOption(brabant.value);
      await expect.poll(() => resultCount(page)).toBe(brabant.count);
      expect(await countAllPages(page)).toBe(brabant.count);
      // ... and the kind counts follow the province: Gemeente still says what we see.
      await expect.poll(async () => (await options(page, "Soort organisatie")).find((k) => k.label === "Gemeente").count).toBe(brabant.count);
      await expect(page).toHaveURL((url) => url.searchParams.get("soort") === "gemeente" && url.searchParams.get("provincie") === "noord-brabant");
    });

    test("values that would give nobody cannot be chosen", async ({ page }) => {
      await open(page, `?q=${encodeURIComponent("José Bakker 's-Hertogenbosch")}`);
      await expectListed(page, JOSE.name);
      await expect.poll(async () => (await options(page, "Provincie")).filter((p) => !p.disabled).map((p) => p.label)).toEqual(["Noord-Brabant"]);
      for (const p of await options(page, "Provincie")) {
        expect(p.count, p.label).toBe(p.label === "Noord-Brabant" ? 1 : 0);
      }
    });

    test("an empty result offers to remove the filter that empties it", async ({ page }) => {
      await open(page, "?q=jose%20bakker&provincie=groningen");
      await expect(page.getByText("Geen leden gevonden.")).toBeVisible();
      await expect(page.getByText("Of verwijder een filter:")).toBeVisible();
      await page.getByRole("main").getByText("Of verwijder een filter:").locator("..").getByRole("link", { name: "Filter Provincie: Groningen verwijderen" }).click();
      await expect(page).toHaveURL((url) => url.searchParams.get("q") === "jose bakker" && !url.searchParams.get("provincie"));
      await expectListed(page, JOSE.name);
    });

    test("filters live in the URL: shared, reloaded and restored by Back", async ({ page }) => {
      await open(page);
      const kinds = await loaded(page, "Soort organisatie");
      const waterschap = kinds.find((k) => k.label === "Waterschap");
      await select(page, "Soort organisatie").selectOption(waterschap.value);
      await expect.poll(() => resultCount(page)).toBe(waterschap.count);
      const orgs = await options(page, "Organisatie");
      const org = orgs.filter((o) => !o.disabled)[0];
      await select(page, "Organisatie").selectOption(org.value);
      await expect.poll(() => resultCount(page)).toBe(org.count);
      const shared = page.url();

      await page.goBack();
      await expect(page).toHaveURL((url) => url.searchParams.get("soort") === "waterschap" && !url.searchParams.get("organisatie"));
      await expect(select(page, "Organisatie")).toHaveValue("");
      await expect.poll(() => resultCount(page)).toBe(waterschap.count);

      await page.goto(shared);
      await expect(select(page, "Soort organisatie")).toHaveValue("waterschap");
      await expect(select(page, "Organisatie")).toHaveValue(org.value);
      await expect.poll(() => resultCount(page)).toBe(org.count);
    });

    for (const query of ["jose", "JOSÉ", "jos bak", "bakker jose", "s-hertogenbosch", "'s-Hertogenbosch"]) {
      test(`search "${query}" finds ${JOSE.name}`, async ({ page }) => {
        await open(page);
        await searchBox(page).fill(query);
        await expect(page).toHaveURL((url) => url.searchParams.get("q") === query);
        await expectListed(page, JOSE.name);
      });
    }

    test("a word must start a word: an infix finds nobody", async ({ page }) => {
      await open(page, "?q=akker%20ose");
      await expect.poll(() => resultCount(page)).toBe(0);
      await expect(memberList(page).getByRole("listitem")).toHaveCount(0);
    });
  });
}

test.describe("thema op PocketBase", () => {
  test.use({ baseURL: pocketbaseURL });

  test("a visitor is told to log in to filter on theme; a member filters on their own themes", async ({ page }) => {
    await open(page);
    await expect(page.getByText("Log in om te zien wie in welk thema zit.")).toBeVisible();
    expect(await options(page, "Thema")).toEqual([]);

    await logInAs(page, JOSE);

    await open(page);
    const themes = await loaded(page, "Thema");
    const pick = themes.sort((a, b) => b.count - a.count)[0];
    await select(page, "Thema").selectOption(pick.value);
    await expect.poll(() => resultCount(page)).toBe(pick.count);
    // Only themes José is in are offered, so he is among the results.
    await searchBox(page).fill(JOSE.name);
    await expectListed(page, JOSE.name);
    await expect(page).toHaveURL((url) => url.searchParams.get("thema") === pick.value);
  });
});
