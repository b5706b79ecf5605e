// Joining and leaving theme groups against a real PocketBase (issue 6): "Lid worden"
// on an open theme, "Lidmaatschap aanvragen" then "Aangevraagd" on one on request,
// the way in for an invite-only one, "Groep verlaten", and the counts and marks that
// follow at once.
import { test, expect } from "@playwright/test";
import { pocketbaseURL } from "./playwright.config.mjs";
import { expectPage, logInAs } from "./helpers.mjs";
import { apiMember, memberCount, rosterRole, rosterRow, themeWith } from "./groups.mjs";

test.use({ baseURL: pocketbaseURL });

const button = (page, name) => page.getByRole("main").getByRole("button", { name, exact: true });
const card = (page, theme) => page.getByRole("list", { name: "Thema's" }).getByRole("listitem").filter({ hasText: theme.name });

test("a visitor is asked to log in, and sees no members", async ({ page, request }) => {
  const owner = await apiMember(request, "Eigenaar Open");
  const theme = await themeWith(request, { owner });
  await page.goto(`/themes/${theme.slug}`);
  await expectPage(page, theme.name);
  await expect(page.getByText("Je moet ingelogd zijn om een reactie te kunnen plaatsen.")).toBeVisible();
  await expect(button(page, "Lid worden")).toHaveCount(0);
  await expect(page.getByText("Log in en word lid om te zien wie er in dit thema zit.")).toBeVisible();
  await expect(page.getByRole("link", { name: owner.name })).toHaveCount(0);
});

test("joining an open theme: the button, the count, the member list and the 'Lid' mark follow; leaving undoes it", async ({ page, request }) => {
  const owner = await apiMember(request, "Eigenaar Open");
  const theme = await themeWith(request, { owner });
  const me = await apiMember(request, `Nieuw Lid ${Date.now()}`);
  await logInAs(page, me);
  await page.goto(`/themes/${theme.slug}`);
  await expectPage(page, theme.name);
  await expect(page.getByText("Alleen leden van dit thema zien wie er lid is.")).toBeVisible();
  expect(await memberCount(page)).toBe(1);

  await button(page, "Lid worden").click();
  await expect(page.getByRole("status").filter({ hasText: "Je bent nu lid van dit thema." })).toBeVisible();
  await expect(button(page, "Groep verlaten")).toBeVisible();
  await expect.poll(() => memberCount(page)).toBe(2);
  await expect(page.getByText("2 leden")).toBeVisible();
  await expect(rosterRole(page, me.name)).toHaveText("Lid");
  await expect(rosterRole(page, owner.name)).toHaveText("Eigenaar");

  await page.goto(`/themes?q=${encodeURIComponent(theme.name)}`);
  await expect(card(page, theme).getByText("Lid", { exact: true })).toBeVisible();

  await page.goto(`/themes/${theme.slug}`);
  await button(page, "Groep verlaten").click();
  await expect(page.getByRole("status").filter({ hasText: "Je bent geen lid meer van dit thema." })).toBeVisible();
  await expect(button(page, "Lid worden")).toBeVisible();
  await expect.poll(() => memberCount(page)).toBe(1);
  await page.reload();
  await expect(button(page, "Lid worden")).toBeVisible();
});

test("a request shows 'Aangevraagd' until a moderator approves it", async ({ page, browser, request }) => {
  const owner = await apiMember(request, `Eigenaar Verzoek ${Date.now()}`);
  const theme = await themeWith(request, { owner, access: "on_request" });
  const me = await apiMember(request, `Aanvrager ${Date.now()}`);
  await logInAs(page, me);
  await page.goto(`/themes/${theme.slug}`);
  await button(page, "Lidmaatschap aanvragen").click();
  await expect(page.getByRole("status").filter({ hasText: "Je verzoek is verstuurd." })).toBeVisible();
  await expect(button(page, "Aangevraagd")).toBeDisabled();
  await expect(page.getByText("Je verzoek wacht op een moderator van het thema.")).toBeVisible();
  expect(await memberCount(page)).toBe(1);
  await page.goto(`/themes?q=${encodeURIComponent(theme.name)}`);
  await expect(card(page, theme).getByText("Aangevraagd", { exact: true })).toBeVisible();

  const moderator = await (await browser.newContext({ baseURL: pocketbaseURL })).newPage();
  await logInAs(moderator, owner);
  await moderator.goto(`/themes/${theme.slug}`);
  const requests = moderator.getByRole("region", { name: /Verzoeken/ });
  await expect(requests.getByRole("heading")).toHaveText("Verzoeken (1)");
  await requests.getByRole("button", { name: `Goedkeuren: ${me.name}` }).click();
  await expect(requests.getByRole("heading")).toHaveText("Verzoeken (0)");
  await expect(rosterRole(moderator, me.name)).toHaveText("Lid");
  await expect.poll(() => memberCount(moderator)).toBe(2);
  await moderator.context().close();

  await page.goto(`/themes/${theme.slug}`);
  await expect(button(page, "Groep verlaten")).toBeVisible();
});

test("a declined request can be made again; a withdrawn one too", async ({ page, browser, request }) => {
  const owner = await apiMember(request, `Eigenaar Afwijzing ${Date.now()}`);
  const theme = await themeWith(request, { owner, access: "on_request" });
  const me = await apiMember(request, `Afgewezen ${Date.now()}`);
  await logInAs(page, me);
  await page.goto(`/themes/${theme.slug}`);
  await button(page, "Lidmaatschap aanvragen").click();
  await expect(button(page, "Aangevraagd")).toBeDisabled();

  const moderator = await (await browser.newContext({ baseURL: pocketbaseURL })).newPage();
  await logInAs(moderator, owner);
  await moderator.goto(`/themes/${theme.slug}`);
  const requests = moderator.getByRole("region", { name: /Verzoeken/ });
  await requests.getByRole("button", { name: `Afwijzen: ${me.name}` }).click();
  await expect(requests.getByText("Er zijn geen open verzoeken.")).toBeVisible();
  await expect(rosterRow(moderator, me.name)).toHaveCount(0);
  await moderator.context().close();

  await page.reload();
  await button(page, "Lidmaatschap aanvragen").click();
  await expect(button(page, "Aangevraagd")).toBeDisabled();
  await button(page, "Verzoek intrekken").click();
  await expect(button(page, "Lidmaatschap aanvragen")).toBeVisible();
});

test("an invite-only theme says how to get in and offers no button", async ({ page, request }) => {
  const owner = await apiMember(request, "Eigenaar Uitnodiging");
  const theme = await themeWith(request, { owner, access: "invite_only" });
  await page.goto(`/themes/${theme.slug}`);
  await expect(page.getByText(/Dit thema is alleen op uitnodiging/)).toBeVisible();
  const me = await apiMember(request, `Buitenstaander ${Date.now()}`);
  await logInAs(page, me);
  await page.goto(`/themes/${theme.slug}`);
  await expect(page.getByText(/Dit thema is alleen op uitnodiging. Vraag een van de moderatoren/)).toBeVisible();
  await expect(button(page, "Lid worden")).toHaveCount(0);
  await expect(button(page, "Lidmaatschap aanvragen")).toHaveCount(0);
});

test("/themes finds themes by words and by topic, and keeps both in the address", async ({ page }) => {
  await page.goto("/themes");
  const cards = page.getByRole("list", { name: "Thema's" }).getByRole("listitem");
  await expect(cards.first()).toBeVisible();
  const all = await cards.count();
  const firstName = (await cards.first().getByRole("heading").innerText()).trim();
  const word = firstName.split(/\s+/)[0].slice(0, 4);
  await page.getByRole("searchbox", { name: "Zoek thema's" }).fill(word);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(word)}`));
  await expect(cards.filter({ hasText: firstName })).toHaveCount(1);
  const found = await cards.count();
  expect(found).toBeLessThanOrEqual(all);
  await expect(page.getByRole("status").filter({ hasText: /\d+ thema/ })).toHaveText(found === 1 ? "1 thema" : `${found} thema's`);

  await page.getByRole("searchbox", { name: "Zoek thema's" }).fill("");
  const topic = page.getByRole("combobox", { name: "Onderwerp" });
  const option = (await topic.locator("option").allInnerTexts())[1];
  await topic.selectOption({ label: option });
  await expect(page).toHaveURL(/onderwerp=/);
  await expect.poll(() => cards.count()).toBeLessThan(all);
  await page.reload();
  await expect(topic).toHaveValue(option);

  await page.getByRole("searchbox", { name: "Zoek thema's" }).fill("zzzzgeenthema");
  await expect(page.getByText("Geen thema's gevonden.", { exact: false })).toBeVisible();
});

test("outside a theme that is not open, its posts are said to be for its members and not asked for", async ({ page, browser, request }) => {
  const owner = await apiMember(request, `Eigenaar Muur ${Date.now()}`);
  const theme = await themeWith(request, { owner, access: "on_request" });
  const title = `Binnen het thema ${Date.now()}`;
  await request.post(`${pocketbaseURL}/api/collections/posts/records`, {
    headers: { Authorization: owner.token },
    data: { author: owner.id, theme: theme.id, kind: "question", title, body: "Alleen voor leden.", tags: [] },
  });
  const wallAsked = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith("/api/collections/posts/records") && (url.searchParams.get("filter") ?? "").includes(theme.id)) wallAsked.push(url.href);
  });
  const posts = page.getByRole("region", { name: "Bijdragen" });

  // a visitor, then a member who has only asked to join
  await page.goto(`/themes/${theme.slug}`);
  await expect(posts.getByText("De bijdragen van dit thema zijn alleen voor zijn leden.")).toBeVisible();
  const me = await apiMember(request, `Aanvrager Muur ${Date.now()}`);
  await logInAs(page, me);
  await page.goto(`/themes/${theme.slug}`);
  await button(page, "Lidmaatschap aanvragen").click();
  await expect(button(page, "Aangevraagd")).toBeDisabled();
  await expect(posts.getByText("De bijdragen van dit thema zijn alleen voor zijn leden.")).toBeVisible();
  await expect(posts.getByText(title)).toHaveCount(0);
  expect(wallAsked, "the wall of the theme was never asked for").toEqual([]);

  // its owner reads it
  const ownerPage = await (await browser.newContext({ baseURL: pocketbaseURL })).newPage();
  await logInAs(ownerPage, owner);
  await ownerPage.goto(`/themes/${theme.slug}`);
  const ownersView = ownerPage.getByRole("region", { name: "Bijdragen" });
  await expect(ownersView.getByRole("link", { name: title })).toBeVisible();
  await expect(ownersView.getByText("De bijdragen van dit thema zijn alleen voor zijn leden.")).toHaveCount(0);
  await ownerPage.context().close();
});
