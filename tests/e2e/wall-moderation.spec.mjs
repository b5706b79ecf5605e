// Moderation on the wall against a real PocketBase (issue 5): any member can "Melden" a
// post or comment with a reason; a theme's moderator hides a post in their theme (only
// the author and moderators still see it) and shows it again.
import { test, expect } from "@playwright/test";
import { pocketbaseURL } from "./playwright.config.mjs";
import { expectPage, registerMember, logInAs } from "./helpers.mjs";

test.use({ baseURL: pocketbaseURL });

const JOSE = { email: "m-jose-bakker@demo.knooppunt.nl", password: "knooppunt-demo" }; // owner of "Open data"

/** Posts in "Open data" through the composer; returns the post's path and title. */
async function postInOpenData(page) {
  await page.goto("/wall");
  const form = page.getByRole("form", { name: "Deel je kennis" });
  const title = `Dataset gezocht ${Date.now()}`;
  await form.getByLabel("Titel").fill(title);
  await form.getByLabel("Tekst").fill("Wie heeft een dataset van laadpalen?");
  await form.getByLabel("Thema").selectOption({ label: "Open data" });
  await form.getByRole("button", { name: "Plaatsen" }).click();
  await page.getByRole("list", { name: "Kennismuur" }).getByRole("link", { name: title }).click();
  await expectPage(page, title);
  return { path: new URL(page.url()).pathname, title };
}

test("a member reports a post with a reason, once", async ({ page, browser }) => {
  const author = await (await browser.newContext({ baseURL: pocketbaseURL })).newPage();
  await registerMember(author, "Gemelde Schrijver", { prefix: "moderatie" });
  const { path, title } = await postInOpenData(author);
  await expect(author.getByRole("button", { name: "Melden" })).toHaveCount(0);
  await author.context().close();

  await registerMember(page, "Melder", { prefix: "moderatie" });
  await page.goto(path);
  await expectPage(page, title);
  await page.getByRole("button", { name: "Melden" }).first().click();
  const form = page.getByRole("form", { name: "Melden bij de moderatoren" });
  await form.getByRole("button", { name: "Melding versturen" }).click();
  await expect(form.getByRole("alert")).toHaveText("Kies een reden voor je melding.");
  await form.getByLabel("Reden").selectOption({ label: "Spam of reclame" });
  await form.getByLabel("Toelichting (niet verplicht)").fill("Reclame voor een product.");
  await form.getByRole("button", { name: "Melding versturen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Bedankt voor je melding." })).toBeVisible();
  await expect(form).toHaveCount(0);

  await page.getByRole("button", { name: "Melden" }).first().click();
  await page.getByRole("form", { name: "Melden bij de moderatoren" }).getByLabel("Reden").selectOption({ label: "Iets anders" });
  await page.getByRole("form", { name: "Melden bij de moderatoren" }).getByRole("button", { name: "Melding versturen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Je hebt dit al gemeld." })).toBeVisible();
});

test("the theme's moderator hides a post and shows it again; visitors follow", async ({ page, browser }) => {
  await registerMember(page, "Verborgen Schrijver", { prefix: "moderatie" });
  const { path, title } = await postInOpenData(page);
  await expect(page.getByRole("group", { name: "Moderatie" })).toHaveCount(0);

  const moderator = await (await browser.newContext({ baseURL: pocketbaseURL })).newPage();
  await logInAs(moderator, JOSE);
  await moderator.goto(path);
  await expectPage(moderator, title);
  await moderator.getByRole("group", { name: "Moderatie" }).getByRole("button", { name: "Verbergen" }).click();
  await expect(moderator.getByRole("note")).toContainText("Deze bijdrage is verborgen");

  const visitor = await (await browser.newContext({ baseURL: pocketbaseURL })).newPage();
  await visitor.goto(path);
  await expectPage(visitor, "Pagina niet gevonden");
  // The author still sees it, marked hidden.
  await page.reload();
  await expectPage(page, title);
  await expect(page.getByRole("note")).toContainText("Deze bijdrage is verborgen");

  await moderator.getByRole("group", { name: "Moderatie" }).getByRole("button", { name: "Weer tonen" }).click();
  await expect(moderator.getByRole("note")).toHaveCount(0);
  await visitor.reload();
  await expectPage(visitor, title);
  // Moderation is not an edit by the author.
  await expect(visitor.getByRole("main").getByText("(bewerkt)")).toHaveCount(0);
  await moderator.context().close();
  await visitor.context().close();
});
