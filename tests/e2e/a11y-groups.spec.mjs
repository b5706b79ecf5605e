// axe-core (WCAG 2.0/2.1 A and AA) on the theme-group and meeting screens as their
// users see them: a moderator's theme page with requests, members and the invite
// search; the new-theme and meeting forms with their errors; the filtered agenda; a
// past meeting with its report form.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { pocketbaseURL } from "./playwright.config.mjs";
import { expectPage, formatViolations, logInAs, settle } from "./helpers.mjs";
import { apiMember, meetingOf, themeWith } from "./groups.mjs";

test.use({ baseURL: pocketbaseURL });

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function scan(page, label) {
  await settle(page);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations, `axe-core on ${label} (${page.url()}):\n${formatViolations(results.violations)}`).toEqual([]);
}

test("a moderator's theme page, the new-theme form with errors, and a meeting form have no violations", async ({ page, request }) => {
  const owner = await apiMember(request, `Toegankelijk ${Date.now()}`);
  const waiting = await apiMember(request, `Wachtend ${Date.now()}`);
  const member = await apiMember(request, `Deelnemer ${Date.now()}`);
  const theme = await themeWith(request, {
    owner,
    access: "on_request",
    members: [{ member: waiting, status: "pending" }, { member, role: "moderator" }],
  });
  await meetingOf(request, theme, { starts: "2027-06-15T08:00:00Z", ends: "2027-06-15T10:00:00Z", location: "Utrecht" });
  await logInAs(page, owner);
  await page.goto(`/themes/${theme.slug}`);
  await expectPage(page, theme.name);
  await expect(page.getByRole("region", { name: /Verzoeken/ }).getByRole("button", { name: `Goedkeuren: ${waiting.name}` })).toBeVisible();
  await page.getByRole("searchbox", { name: "Zoek een lid om uit te nodigen" }).fill("an");
  await expect(page.getByRole("list", { name: "Uitnodigen" })).toBeVisible();
  await scan(page, "a moderator's theme page");

  await page.goto("/themes/new");
  await page.getByRole("button", { name: "Thema aanmaken" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await scan(page, "the new-theme form with errors");

  await page.goto(`/themes/${theme.slug}/events/new`);
  await page.getByRole("button", { name: "Bijeenkomst plannen" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await scan(page, "the meeting form with errors");
});

test("the filtered agenda, the theme list of a member and a past meeting with its report form have no violations", async ({ page, request }) => {
  const owner = await apiMember(request, `Agenda Toegankelijk ${Date.now()}`);
  const theme = await themeWith(request, { owner });
  const past = await meetingOf(request, theme, { starts: "2026-01-15T08:00:00Z", ends: "2026-01-15T10:00:00Z", online_url: "https://meet.example.nl/x" });
  await logInAs(page, owner);
  await page.goto(`/events?thema=${theme.slug}&vorm=online`);
  await expect(page.getByRole("link", { name: past.title })).toBeVisible();
  await scan(page, "the filtered agenda");

  await page.goto("/themes");
  await expect(page.getByRole("link", { name: "Nieuw thema" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Thema's" }).getByText("Lid", { exact: true }).first()).toBeVisible();
  await scan(page, "the theme list with my marks");

  await page.goto(`/events/${past.id}`);
  await expect(page.getByRole("region", { name: "Verslagen" }).getByRole("button", { name: "Plaatsen" })).toBeVisible();
  await scan(page, "a past meeting with its report form");
});
