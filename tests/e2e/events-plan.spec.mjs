// Meetings against a real PocketBase (issue 6): moderators plan and change them in
// Dutch time, others cannot; the agenda filters on theme and on online or on
// location; a past meeting collects its reports.
import { test, expect } from "@playwright/test";
import { pocketbaseURL } from "./playwright.config.mjs";
import { expectPage, logInAs } from "./helpers.mjs";
import { apiMember, meetingOf, themeWith } from "./groups.mjs";

test.use({ baseURL: pocketbaseURL });

const main = (page) => page.getByRole("main");
const DAY = 24 * 3600 * 1000;
const inDays = (days, hours = 0) => new Date(Date.now() + days * DAY + hours * 3600 * 1000).toISOString();

test("a moderator plans a meeting in Dutch time and changes it; the form says what to fix", async ({ page, request }) => {
  const owner = await apiMember(request, `Planner ${Date.now()}`);
  const theme = await themeWith(request, { owner });
  await logInAs(page, owner);
  await page.goto(`/themes/${theme.slug}`);
  await main(page).getByRole("link", { name: "Nieuwe bijeenkomst" }).click();
  await expectPage(page, "Nieuwe bijeenkomst");

  await main(page).getByRole("button", { name: "Bijeenkomst plannen" }).click();
  const problems = page.getByRole("alert");
  await expect(problems).toContainText("Geef de bijeenkomst een titel.");
  await expect(problems).toContainText("Vul een datum en een tijd in.");
  await expect(problems).toContainText("Vul een locatie of een link in, of allebei.");

  const title = `Netwerkdag Omgevingswet ${Date.now()}`;
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Begint").fill("2027-03-28T02:30");
  await page.getByLabel("Eindigt").fill("2027-03-28T01:00");
  await page.getByLabel("Locatie").fill("Provinciehuis Utrecht, Archimedeslaan 6");
  await page.getByLabel("Aantal plaatsen").fill("0");
  await main(page).getByRole("button", { name: "Bijeenkomst plannen" }).click();
  await expect(problems).toContainText("Dit tijdstip bestaat niet.");
  await expect(problems).toContainText("Vul een heel getal van 1 of meer in, of laat het leeg.");

  await page.getByLabel("Begint").fill("2027-05-12T19:30");
  await page.getByLabel("Eindigt").fill("2027-05-12T19:00");
  await page.getByLabel("Aantal plaatsen").fill("25");
  await main(page).getByRole("button", { name: "Bijeenkomst plannen" }).click();
  await expect(problems).toContainText("Het einde moet na het begin liggen.");

  await page.getByLabel("Eindigt").fill("2027-05-12T21:00");
  await page.getByLabel("Link om online mee te doen").fill("https://meet.example.nl/netwerkdag");
  await main(page).getByRole("button", { name: "Bijeenkomst plannen" }).click();
  await expect(page).toHaveURL(/\/events\/[a-z0-9]+$/);
  await expectPage(page, title);
  await expect(main(page)).toContainText("12 mei 2027, 19:30 \u2013 21:00");
  await expect(main(page)).toContainText("Nog 25 van 25 plaatsen vrij");
  await expect(main(page).getByRole("link", { name: theme.name })).toBeVisible();

  await main(page).getByRole("link", { name: "Bijeenkomst bewerken" }).click();
  await expectPage(page, "Bijeenkomst bewerken");
  await expect(page.getByLabel("Begint")).toHaveValue("2027-05-12T19:30");
  await page.getByLabel("Titel").fill(`${title} (verplaatst)`);
  await page.getByLabel("Begint").fill("2027-05-19T19:30");
  await page.getByLabel("Eindigt").fill("2027-05-19T21:30");
  await main(page).getByRole("button", { name: "Opslaan" }).click();
  await expectPage(page, `${title} (verplaatst)`);
  await expect(main(page)).toContainText("19 mei 2027, 19:30 \u2013 21:30");
});

test("a member who does not moderate the theme cannot plan or edit its meetings", async ({ page, request }) => {
  const owner = await apiMember(request, `Eigenaar ${Date.now()}`);
  const member = await apiMember(request, `Gewoon Lid ${Date.now()}`);
  const theme = await themeWith(request, { owner, members: [{ member }] });
  const meeting = await meetingOf(request, theme, { starts: inDays(10), ends: inDays(10, 2), location: "Den Haag" });
  await logInAs(page, member);
  await page.goto(`/themes/${theme.slug}`);
  await expect(main(page).getByRole("link", { name: "Nieuwe bijeenkomst" })).toHaveCount(0);
  await page.goto(`/events/${meeting.id}`);
  await expectPage(page, meeting.title);
  await expect(main(page).getByRole("link", { name: "Bijeenkomst bewerken" })).toHaveCount(0);
  for (const path of [`/events/${meeting.id}/edit`, `/themes/${theme.slug}/events/new`]) {
    await page.goto(path);
    await expect(main(page)).toContainText("Alleen moderatoren van een thema plannen en bewerken de bijeenkomsten van dat thema.");
    await expect(page.getByLabel("Titel")).toHaveCount(0);
  }
});

test("the agenda filters on theme and on online or on location, upcoming before past", async ({ page, request }) => {
  const owner = await apiMember(request, `Agenda ${Date.now()}`);
  const theme = await themeWith(request, { owner, name: "Agendathema" });
  const online = await meetingOf(request, theme, { title: "Online sessie", starts: inDays(5), ends: inDays(5, 1), online_url: "https://meet.example.nl/a" });
  const room = await meetingOf(request, theme, { title: "Fysieke sessie", starts: inDays(6), ends: inDays(6, 2), location: "Zwolle" });
  const past = await meetingOf(request, theme, { title: "Eerdere sessie", starts: inDays(-20), ends: inDays(-20, 2), location: "Arnhem" });

  await page.goto("/events");
  await page.getByRole("combobox", { name: "Thema" }).selectOption({ label: theme.name });
  await expect(page).toHaveURL(new RegExp(`thema=${theme.slug}`));
  const upcoming = page.getByRole("region", { name: "Komende bijeenkomsten" });
  const earlier = page.getByRole("region", { name: "Eerdere bijeenkomsten" });
  await expect(upcoming.getByRole("link", { name: online.title })).toBeVisible();
  await expect(upcoming.getByRole("link", { name: room.title })).toBeVisible();
  await expect(earlier.getByRole("link", { name: past.title })).toBeVisible();
  const order = await main(page).getByRole("link").allInnerTexts();
  expect(order.indexOf(online.title)).toBeLessThan(order.indexOf(room.title));
  expect(order.indexOf(room.title)).toBeLessThan(order.indexOf(past.title));

  await page.getByRole("combobox", { name: "Vorm" }).selectOption({ label: "Online" });
  await expect(page).toHaveURL(/vorm=online/);
  await expect(main(page).getByRole("link", { name: online.title })).toBeVisible();
  await expect(main(page).getByRole("link", { name: room.title })).toHaveCount(0);
  await expect(main(page).getByRole("link", { name: past.title })).toHaveCount(0);

  await page.getByRole("combobox", { name: "Vorm" }).selectOption({ label: "Op locatie" });
  await expect(main(page).getByRole("link", { name: room.title })).toBeVisible();
  await expect(main(page).getByRole("link", { name: online.title })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Vorm" })).toHaveValue("op-locatie");
  await expect(main(page).getByRole("link", { name: past.title })).toBeVisible();
});

test("a past meeting takes no sign-ups and collects its reports", async ({ page, request }) => {
  const owner = await apiMember(request, `Verslaggever Eigenaar ${Date.now()}`);
  const theme = await themeWith(request, { owner });
  const past = await meetingOf(request, theme, { title: "Terugblik", starts: inDays(-3), ends: inDays(-3, 3), location: "Utrecht" });
  await page.goto(`/events/${past.id}`);
  await expectPage(page, past.title);
  await expect(main(page)).toContainText("Deze bijeenkomst is voorbij.");
  await expect(page.getByRole("group", { name: "Aanmelden" })).toHaveCount(0);
  const reports = page.getByRole("region", { name: "Verslagen" });
  await expect(reports).toContainText("Er is nog geen verslag van deze bijeenkomst.");

  const writer = await apiMember(request, `Verslaggever ${Date.now()}`);
  await logInAs(page, writer);
  await page.goto(`/events/${past.id}`);
  const title = `Verslag: wat we leerden ${Date.now()}`;
  await reports.getByLabel("Titel").fill(title);
  await reports.getByLabel("Tekst").fill("We bespraken **drie** casussen.");
  await reports.getByRole("button", { name: "Plaatsen" }).click();
  await expect(reports.getByRole("status").filter({ hasText: "Je verslag staat bij de bijeenkomst en op de kennismuur." })).toBeVisible();
  await expect(reports.getByRole("link", { name: title })).toBeVisible();
  await page.reload();
  await expect(reports.getByRole("link", { name: title })).toBeVisible();
  await reports.getByRole("link", { name: title }).click();
  await expectPage(page, title);
  await expect(main(page)).toContainText("Verslag");
  await main(page).getByRole("link", { name: "Naar de bijeenkomst" }).click();
  await expectPage(page, past.title);
});
