// The account mails of issue 18, against a real PocketBase and a real SMTP server on
// loopback (aiosmtpd): "Wachtwoord vergeten?" from the login page to logging in with the
// new password (a used link says so and offers a new one); the confirmation mail after
// registering; changing one's address, confirmed from the new one.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { pocketbaseURL } from "./playwright.config.mjs";
import { expectPage, logInAs, registerMember } from "./helpers.mjs";
import { apiMember, superuserToken } from "./groups.mjs";
import { startSmtpSink, smtpSettings } from "../support/smtp-sink.mjs";

test.use({ baseURL: pocketbaseURL });
// One mail server for the file, set in the shared PocketBase's settings.
test.describe.configure({ mode: "serial" });

let sink;
test.beforeAll(async ({ request }) => {
  sink = await startSmtpSink();
  const token = await superuserToken(request);
  const r = await request.patch(`${pocketbaseURL}/api/settings`, { headers: { Authorization: token }, data: smtpSettings(sink, pocketbaseURL) });
  expect(r.ok(), await r.text()).toBe(true);
});
test.afterAll(async ({ request }) => {
  const token = await superuserToken(request);
  await request.patch(`${pocketbaseURL}/api/settings`, { headers: { Authorization: token }, data: { smtp: { enabled: false } } });
  sink?.stop();
});

const axe = (page) => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
const resetMailTo = (email) => (mails) => mails.filter((m) => m.to.some((to) => to.includes(email)) && /Nieuw wachtwoord/.test(m.subject));

test("forgot the password: a mail, its link, a new password, logged in with it; the link works once", async ({ page, request }) => {
  const member = await apiMember(request, "Vergeetachtige Collega");
  await page.goto("/login");
  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await expectPage(page, "Wachtwoord vergeten");
  expect((await axe(page)).violations).toEqual([]);

  // A typo is said beside the field; nothing is sent.
  await page.getByLabel("E-mailadres").fill("geen-adres");
  await page.getByRole("button", { name: "Stuur de link" }).click();
  await expect(page.getByText("Vul een geldig e-mailadres in").first()).toBeVisible();

  await page.getByLabel("E-mailadres").fill(member.email);
  await page.getByRole("button", { name: "Stuur de link" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Als dit adres bij ons bekend is" })).toBeVisible();
  const [mail] = resetMailTo(member.email)(await sink.waitFor((mails) => resetMailTo(member.email)(mails).length === 1));
  const link = new URL(mail.html.match(/href="([^"]+)"/)[1].replaceAll("&amp;", "&"));
  expect(link.pathname).toBe("/reset-password");

  await page.goto(link.pathname + link.search);
  await expectPage(page, "Nieuw wachtwoord kiezen");
  await page.getByLabel("Nieuw wachtwoord").fill("kort");
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByText("Kies een wachtwoord van minstens 10 tekens.").first()).toBeVisible();
  const fresh = "een-vers-wachtwoord-2026";
  await page.getByLabel("Nieuw wachtwoord").fill(fresh);
  await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Je wachtwoord is gewijzigd. Log nu in met je nieuwe wachtwoord." })).toBeVisible();
  expect((await axe(page)).violations).toEqual([]);

  await logInAs(page, { email: member.email, password: fresh });

  // The same link again: it no longer works, and offers a new one.
  const again = await page.context().browser().newPage();
  await again.goto(`${pocketbaseURL}${link.pathname}${link.search}`);
  await again.getByLabel("Nieuw wachtwoord").fill("nog-een-wachtwoord-2026");
  await again.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(again.getByText("Deze link werkt niet (meer)").first()).toBeVisible();
  await again.getByRole("link", { name: "Vraag een nieuwe link aan" }).click();
  await expect(again.getByRole("heading", { level: 1 })).toHaveText("Wachtwoord vergeten");
});

test("an address nobody has gets the same answer, and no mail leaves", async ({ page }) => {
  const resets = () => sink.mails().filter((m) => /Nieuw wachtwoord/.test(m.subject)).length;
  const before = resets();
  await page.goto("/forgot-password");
  await page.getByLabel("E-mailadres").fill(`niemand-${Date.now()}@example.nl`);
  await page.getByRole("button", { name: "Stuur de link" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Als dit adres bij ons bekend is" })).toBeVisible();
  await page.waitForTimeout(500);
  expect(resets()).toBe(before);
});

const mailTo = (email, subject) => (mails) => mails.filter((m) => m.to.some((to) => to.includes(email)) && subject.test(m.subject));
const linkIn = (mail) => {
  const url = new URL(mail.html.match(/href="([^"]+)"/)[1].replaceAll("&amp;", "&"));
  return url.pathname + url.search;
};

test("registering sends a mail that confirms the address; the profile then says so", async ({ page }) => {
  const { email } = await registerMember(page, "Bevestigend Lid", { prefix: "bevestig" });
  const [mail] = mailTo(email, /Bevestig je e-mailadres/)(await sink.waitFor((m) => mailTo(email, /Bevestig je e-mailadres/)(m).length === 1));
  await page.goto("/profile");
  const section = page.getByRole("region", { name: "E-mailadres" });
  await expect(section).toContainText("Het is nog niet bevestigd");
  await expect(section.getByRole("button", { name: "Stuur de bevestigingsmail opnieuw" })).toBeVisible();

  await page.goto(linkIn(mail));
  await expectPage(page, "E-mailadres bevestigen");
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Je e-mailadres is bevestigd. Dank je wel!" })).toBeVisible();
  await page.goto("/profile");
  await expect(section).toContainText("Het is bevestigd.");
  await expect(section.getByRole("button", { name: "Stuur de bevestigingsmail opnieuw" })).toHaveCount(0);
  expect((await axe(page)).violations).toEqual([]);

  // A broken link says it does not work, and where to get a new one.
  await page.goto("/verify-email?token=kapot");
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Deze link werkt niet (meer)" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Mijn profiel" })).toBeVisible();
});

test("a new address: a mail to it, confirmed with the password, then logged in with the new one", async ({ page, request }) => {
  const member = await apiMember(request, "Verhuizend Lid");
  const fresh = `verhuisd-${Date.now()}@example.nl`;
  await logInAs(page, member);
  await page.goto("/profile");
  const section = page.getByRole("region", { name: "E-mailadres" });
  await expect(section).toContainText(member.email);
  await section.getByLabel("Nieuw e-mailadres").fill("geen-adres");
  await section.getByRole("button", { name: "E-mailadres wijzigen" }).click();
  await expect(section.getByText("Vul een geldig e-mailadres in").first()).toBeVisible();
  await section.getByLabel("Nieuw e-mailadres").fill(fresh);
  await section.getByRole("button", { name: "E-mailadres wijzigen" }).click();
  await expect(section.getByRole("status").filter({ hasText: `We hebben een mail gestuurd naar ${fresh}` })).toBeVisible();
  const [mail] = mailTo(fresh, /nieuwe e-mailadres/)(await sink.waitFor((m) => mailTo(fresh, /nieuwe e-mailadres/)(m).length === 1));

  await page.goto(linkIn(mail));
  await expectPage(page, "Nieuw e-mailadres bevestigen");
  await page.getByLabel("Wachtwoord").fill("niet-mijn-wachtwoord");
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await page.getByLabel("Wachtwoord").fill(member.password);
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Je e-mailadres is gewijzigd. Log opnieuw in met je nieuwe adres." })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
  await logInAs(page, { email: fresh, password: member.password });
});
