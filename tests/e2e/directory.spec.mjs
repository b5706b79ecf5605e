// The member directory: search (accents, prefixes, several words, organisation),
// the province filter and its counts, the results count in a live region, empty
// state, pagination, and search state in the URL (share, reload, back/forward).
import { test, expect } from "@playwright/test";
import {
  expectPage,
  searchBox,
  provinceSelect,
  memberList,
  resultsStatus,
  resultCount,
  listedNames,
  listedLinks,
  selectedProvince,
  expectListed,
  countAllPages,
  parseOption,
} from "./helpers.mjs";

const JOSE = "José Bakker";

async function openDirectory(page, query = "") {
  await page.goto(`/members${query}`);
  await expectPage(page, "Leden");
  await expect(resultsStatus(page)).toBeVisible();
}

async function search(page, text) {
  await searchBox(page).fill(text);
  await expect(page).toHaveURL((url) => url.searchParams.get("q") === text);
}

test("the directory lists all members with a count and is labelled for assistive technology", async ({ page }) => {
  await openDirectory(page);
  const total = await resultCount(page);
  expect(total, "demo network has at least 300 members").toBeGreaterThanOrEqual(300);
  await expect(searchBox(page)).toHaveValue("");
  await expect(provinceSelect(page)).toBeVisible();
  const names = await listedNames(page);
  expect(names.length).toBeGreaterThan(0);
  expect(names.length).toBeLessThanOrEqual(total);
  // Every result is a link to the member page.
  const first = memberList(page).getByRole("listitem").first().getByRole("link").first();
  expect(await first.evaluate((a) => new URL(a.href).pathname)).toMatch(/^\/members\/[^/]+$/);
  // The count is announced politely.
  const live = await resultsStatus(page).evaluate((el) => el.closest("[aria-live]")?.getAttribute("aria-live") ?? "polite");
  expect(live).toBe("polite");
});

test.describe("search", () => {
  for (const query of ["jose", "José", "JOSE", "jos bak", "Jose Bakker", "bakker jose", "s-hertogenbosch", "'s-Hertogenbosch", "jose hertogenbosch"]) {
    test(`"${query}" finds ${JOSE}`, async ({ page }) => {
      await openDirectory(page);
      await search(page, query);
      await expectListed(page, JOSE);
      const n = await resultCount(page);
      expect(n).toBeGreaterThanOrEqual(1);
    });
  }

  test("several words narrow the results (every word must match)", async ({ page }) => {
    await openDirectory(page);
    await search(page, "bakker");
    const bakkers = await resultCount(page);
    await search(page, "jose bakker");
    await expectListed(page, JOSE);
    const joseBakkers = await resultCount(page);
    expect(joseBakkers).toBeLessThanOrEqual(bakkers);
    expect(joseBakkers).toBeGreaterThanOrEqual(1);
  });

  test('no match shows "0 leden" and an empty state', async ({ page }) => {
    await openDirectory(page);
    await search(page, "qxzwvj");
    await expect(resultsStatus(page)).toHaveText(/\b0 leden\b/);
    await expect(page.getByText(/Geen leden gevonden/)).toBeVisible();
    await expect(memberList(page).getByRole("listitem")).toHaveCount(0);
  });

  test("a single match says \"1 lid\"", async ({ page }) => {
    await openDirectory(page);
    await search(page, "José Bakker 's-Hertogenbosch");
    // José is the only José Bakker in 's-Hertogenbosch in the demo network.
    await expect(resultsStatus(page)).toHaveText(/\b1 lid\b/);
    await expect(memberList(page).getByRole("listitem")).toHaveCount(1);
    await expectListed(page, JOSE);
  });

  test("clearing the search shows everyone again", async ({ page }) => {
    await openDirectory(page);
    const total = await resultCount(page);
    await search(page, "jose");
    await expect.poll(() => resultCount(page)).toBeLessThan(total);
    await searchBox(page).fill("");
    await expect.poll(() => resultCount(page)).toBe(total);
    await expect(page).toHaveURL((url) => !url.searchParams.get("q"));
  });
});

test.describe("province filter", () => {
  test('offers "Alle provincies" and every province with its member count', async ({ page }) => {
    await openDirectory(page);
    const options = (await provinceSelect(page).locator("option").allInnerTexts()).map((t) => t.trim());
    expect(options[0]).toBe("Alle provincies");
    const provinces = options.slice(1).map(parseOption);
    expect(provinces, `options: ${options.join(" | ")}`).not.toContain(null);
    const labels = provinces.map((p) => p.label);
    for (const province of [
      "Drenthe", "Flevoland", "Friesland", "Gelderland", "Groningen", "Limburg",
      "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland",
    ]) {
      expect(labels.some((l) => l === province || l.startsWith(province) || (province === "Friesland" && l.includes("Fryslân"))), `${province} in ${labels.join(", ")}`).toBe(true);
    }
    const total = await resultCount(page);
    const sum = provinces.reduce((s, p) => s + p.count, 0);
    expect(sum).toBeLessThanOrEqual(total);
  });

  test("choosing a province shows exactly as many members as its option says", async ({ page }) => {
    await openDirectory(page);
    const options = await provinceSelect(page).locator("option").allInnerTexts();
    const label = options.find((t) => t.trim().startsWith("Noord-Brabant"));
    expect(label, `Noord-Brabant in ${options.join(" | ")}`).toBeTruthy();
    const { count } = parseOption(label);
    await provinceSelect(page).selectOption({ label: label.trim() });
    await expect(page).toHaveURL((url) => url.searchParams.get("provincie") === "noord-brabant");
    await expect.poll(() => resultCount(page)).toBe(count);
    expect(await countAllPages(page)).toBe(count);
  });

  test("search and province combine", async ({ page }) => {
    await openDirectory(page, "?provincie=noord-brabant");
    await search(page, "jose");
    await expectListed(page, JOSE);
    await expect(page).toHaveURL((url) => url.searchParams.get("provincie") === "noord-brabant");
    // No José lives in Groningen: the option says so and cannot be chosen ...
    const groningen = provinceSelect(page).locator("option", { hasText: /^Groningen/ });
    await expect(groningen).toHaveText("Groningen (0)");
    await expect(groningen).toBeDisabled();
    // ... and a shared link that asks for it anyway finds nobody.
    await openDirectory(page, "?q=jose&provincie=groningen");
    await expect(resultsStatus(page)).toHaveText(/\b0 leden\b/);
    await expect(memberList(page).getByRole("link", { name: JOSE, exact: true })).toHaveCount(0);
  });
});

test.describe("state in the URL", () => {
  test("a shared URL restores the search box, the filter and the results, also after a reload", async ({ page }) => {
    await openDirectory(page, "?q=jose&provincie=noord-brabant");
    for (let round = 0; round < 2; round++) {
      await expect(searchBox(page)).toHaveValue("jose");
      await expect.poll(() => selectedProvince(page)).toMatch(/^Noord-Brabant \(\d+\)$/);
      await expectListed(page, JOSE);
      if (round === 0) await page.reload();
    }
  });

  test("back and forward move between search states", async ({ page }) => {
    await openDirectory(page, "?q=jose");
    await expectListed(page, JOSE);
    const joseCount = await resultCount(page);
    const brabant = (await provinceSelect(page).locator("option").allInnerTexts()).find((t) => t.trim().startsWith("Noord-Brabant"));
    await provinceSelect(page).selectOption({ label: brabant.trim() });
    await expect(page).toHaveURL((url) => url.searchParams.get("provincie") === "noord-brabant");

    await page.goBack();
    await expect(page).toHaveURL((url) => url.searchParams.get("q") === "jose" && !url.searchParams.get("provincie"));
    await expect(searchBox(page)).toHaveValue("jose");
    await expect.poll(() => selectedProvince(page)).toBe("Alle provincies");
    await expect.poll(() => resultCount(page)).toBe(joseCount);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leden");

    await page.goForward();
    await expect(page).toHaveURL((url) => url.searchParams.get("provincie") === "noord-brabant");
    await expect.poll(() => selectedProvince(page)).toMatch(/^Noord-Brabant \(\d+\)$/);
    await expectListed(page, JOSE);
  });

  test("pagination moves through the results and keeps the search", async ({ page }) => {
    await openDirectory(page);
    const total = await resultCount(page);
    const firstPage = await listedLinks(page);
    test.skip(firstPage.length >= total, "everything fits on one page");
    await page.getByRole("link", { name: "Volgende pagina" }).click();
    await expect.poll(async () => (await listedLinks(page))[0]).not.toBe(firstPage[0]);
    const secondPage = await listedLinks(page);
    expect(secondPage.filter((href) => firstPage.includes(href))).toEqual([]);
    expect(await resultCount(page)).toBe(total);
    await page.reload();
    await expect.poll(() => listedLinks(page)).toEqual(secondPage);
    await page.getByRole("link", { name: "Vorige pagina" }).click();
    await expect.poll(() => listedLinks(page)).toEqual(firstPage);
  });
});

test.describe("sorting", () => {
  const sortSelect = (page) => page.getByRole("combobox", { name: "Sorteren" });

  test("names are in alphabetical order by default, newest first on request, and Back restores it", async ({ page }) => {
    await openDirectory(page);
    await expect(sortSelect(page)).toHaveValue("naam");
    const byName = await listedNames(page);
    // Case and accents do not count: "Émile" sorts with the E's.
    const fold = (name) => name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    const sorted = [...byName].sort((a, b) => (fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : 0));
    expect(byName).toEqual(sorted);

    await sortSelect(page).selectOption({ label: "Nieuwste leden eerst" });
    await expect(page).toHaveURL((url) => url.searchParams.get("sortering") === "nieuw");
    await expect.poll(() => listedNames(page)).not.toEqual(byName);
    const total = await resultCount(page);
    expect(total).toBeGreaterThanOrEqual(300);

    await page.goBack();
    await expect(sortSelect(page)).toHaveValue("naam");
    await expect.poll(() => listedNames(page)).toEqual(byName);
  });
});
