// Running a theme group against a real PocketBase (issue 6): promote and demote,
// remove, invite, make another owner, the last owner kept, editing the page and
// starting a new theme. The backend refuses the same to others (tests/backend).
import { test, expect } from "@playwright/test";
import { pocketbaseURL } from "./playwright.config.mjs";
import { expectPage, logInAs } from "./helpers.mjs";
import { apiMember, memberCount, rosterRole, rosterRow, themeWith } from "./groups.mjs";

test.use({ baseURL: pocketbaseURL });

const main = (page) => page.getByRole("main");
const button = (page, name) => main(page).getByRole("button", { name, exact: true });
const moderators = (page) => page.getByRole("region", { name: "Moderatoren" });

test("an owner makes a member moderator and back, and removes a member; plain members get no such buttons", async ({ page, browser, request }) => {
  const owner = await apiMember(request, `Eigenaar ${Date.now()}`);
  const anna = await apiMember(request, `Anna Promotie ${Date.now()}`);
  const bram = await apiMember(request, `Bram Verwijderd ${Date.now()}`);
  const theme = await themeWith(request, { owner, members: [{ member: anna }, { member: bram }] });

  const plain = await (await browser.newContext({ baseURL: pocketbaseURL })).newPage();
  await logInAs(plain, anna);
  await plain.goto(`/themes/${theme.slug}`);
  await expect(rosterRow(plain, bram.name)).toBeVisible();
  await expect(main(plain).getByRole("button", { name: /Moderator maken|Verwijderen|Goedkeuren/ })).toHaveCount(0);
  await expect(main(plain).getByRole("link", { name: "Thema bewerken" })).toHaveCount(0);
  await plain.context().close();

  await logInAs(page, owner);
  await page.goto(`/themes/${theme.slug}`);
  await expectPage(page, theme.name);
  expect(await memberCount(page)).toBe(3);
  await button(page, `Moderator maken: ${anna.name}`).click();
  await expect(moderators(page).getByRole("link", { name: anna.name })).toBeVisible();
  await expect(rosterRole(page, anna.name)).toHaveText("Moderator");
  await page.reload();
  await expect(rosterRole(page, anna.name)).toHaveText("Moderator");
  await button(page, `Gewoon lid maken: ${anna.name}`).click();
  await expect(rosterRole(page, anna.name)).toHaveText("Lid");

  page.once("dialog", (dialog) => {
    expect(dialog.message()).toBe(`${bram.name} uit dit thema verwijderen?`);
    dialog.accept();
  });
  await button(page, `Verwijderen: ${bram.name}`).click();
  await expect(rosterRow(page, bram.name)).toHaveCount(0);
  await expect.poll(() => memberCount(page)).toBe(2);
  // Owners' own rows and the owner's row carry no buttons.
  await expect(rosterRow(page, owner.name).getByRole("button")).toHaveCount(0);
});

test("the last owner cannot leave; after making another owner they can", async ({ page, request }) => {
  const owner = await apiMember(request, `Enige Eigenaar ${Date.now()}`);
  const heir = await apiMember(request, `Opvolger ${Date.now()}`);
  const theme = await themeWith(request, { owner, members: [{ member: heir, role: "moderator" }] });
  await logInAs(page, owner);
  await page.goto(`/themes/${theme.slug}`);
  await button(page, "Groep verlaten").click();
  await expect(page.getByRole("alert")).toHaveText("Een thema houdt altijd minstens één eigenaar. Maak eerst iemand anders eigenaar.");
  await page.reload();
  await expect(button(page, "Groep verlaten")).toBeVisible();
  expect(await memberCount(page)).toBe(2);

  await button(page, `Eigenaar maken: ${heir.name}`).click();
  await expect(rosterRole(page, heir.name)).toHaveText("Eigenaar");
  await button(page, "Groep verlaten").click();
  await expect(page.getByRole("status").filter({ hasText: "Je bent geen lid meer van dit thema." })).toBeVisible();
  await expect.poll(() => memberCount(page)).toBe(1);
});

test("a moderator invites a member by name into an invite-only theme", async ({ page, browser, request }) => {
  const owner = await apiMember(request, `Uitnodiger ${Date.now()}`);
  const guest = await apiMember(request, `Genodigde Gast ${Date.now()}`);
  const theme = await themeWith(request, { owner, access: "invite_only" });
  await logInAs(page, owner);
  await page.goto(`/themes/${theme.slug}`);
  const invite = page.getByRole("region", { name: "Uitnodigen" });
  await invite.getByRole("searchbox", { name: "Zoek een lid om uit te nodigen" }).fill(guest.name);
  await invite.getByRole("button", { name: `Uitnodigen: ${guest.name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `${guest.name} is nu lid van dit thema.` })).toBeVisible();
  await expect(rosterRole(page, guest.name)).toHaveText("Lid");
  await expect.poll(() => memberCount(page)).toBe(2);

  const invited = await (await browser.newContext({ baseURL: pocketbaseURL })).newPage();
  await logInAs(invited, guest);
  await invited.goto(`/themes/${theme.slug}`);
  await expect(invited.getByRole("main").getByRole("button", { name: "Groep verlaten" })).toBeVisible();
  await invited.context().close();
});

test("a member starts a theme, becomes its owner, and edits its page", async ({ page, request }) => {
  const me = await apiMember(request, `Initiatiefnemer ${Date.now()}`);
  await logInAs(page, me);
  await page.goto("/themes");
  await main(page).getByRole("link", { name: "Nieuw thema" }).click();
  await expectPage(page, "Nieuw thema");

  await button(page, "Thema aanmaken").click();
  await expect(page.getByRole("alert")).toContainText("Geef het thema een naam.");
  await expect(page.getByLabel("Naam van het thema")).toHaveAttribute("aria-invalid", "true");

  const name = `Klimaatadaptatie in de wijk ${Date.now()}`;
  await page.getByLabel("Naam van het thema").fill(name);
  const slug = name.toLowerCase().replace(/ /g, "-");
  await expect(page.getByLabel("Adres")).toHaveValue(slug);
  await page.getByLabel("Korte omschrijving").fill("Hittestress, wateroverlast en groen in de buurt.");
  await page.getByLabel("Beschrijving").fill("We delen **aanpakken** en ervaringen.");
  await page.getByLabel("Alleen op uitnodiging").check();
  await page.getByLabel("Onderwerpen").fill("Klimaat, Ruimtelijke ordening");
  await button(page, "Thema aanmaken").click();

  await expect(page).toHaveURL(`${pocketbaseURL}/themes/${slug}`);
  await expectPage(page, name);
  await expect(rosterRole(page, me.name)).toHaveText("Eigenaar");
  expect(await memberCount(page)).toBe(1);
  await expect(main(page).getByText("Alleen op uitnodiging")).toBeVisible();
  await expect(main(page).locator("strong", { hasText: "aanpakken" })).toBeVisible();

  await main(page).getByRole("link", { name: "Thema bewerken" }).click();
  await expectPage(page, "Thema bewerken");
  await expect(page.getByLabel("Adres")).toHaveCount(0);
  await page.getByLabel("Korte omschrijving").fill("Hitte, water en groen: wat werkt in de wijk?");
  await page.getByLabel("Open", { exact: true }).check();
  await button(page, "Opslaan").click();
  await expect(page).toHaveURL(`${pocketbaseURL}/themes/${slug}`);
  await expect(main(page).getByText("Hitte, water en groen: wat werkt in de wijk?")).toBeVisible();

  // The address is taken now: a second theme with the same name is refused in words.
  await page.goto("/themes/new");
  await page.getByLabel("Naam van het thema").fill(name);
  await button(page, "Thema aanmaken").click();
  await expect(page.getByRole("alert")).toContainText("Er is al een thema met dit adres.");
});

test("a visitor who opens 'Nieuw thema' is asked to log in", async ({ page }) => {
  await page.goto("/themes/new");
  await expectPage(page, "Nieuw thema");
  await expect(page.getByText("Je moet ingelogd zijn om een reactie te kunnen plaatsen.")).toBeVisible();
  await expect(page.getByLabel("Naam van het thema")).toHaveCount(0);
});
