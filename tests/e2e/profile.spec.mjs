// "Mijn profiel" against a real PocketBase (issue 4): every field with who may see it,
// checked as the owner, another member and a visitor; the photo's type and size rules
// and its preview; the warning before leaving unsaved changes; the data export; and
// deleting the account, with the posts kept as "Oud-lid".
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { pocketbaseURL } from "./playwright.config.mjs";
import { expectPage, formatViolations, settle, registerMember, MEMBER_PASSWORD } from "./helpers.mjs";

test.use({ baseURL: pocketbaseURL });

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const banner = (page) => page.getByRole("banner");
const saved = (page) => page.getByRole("status").filter({ hasText: "Je profiel is opgeslagen." });

async function openProfile(page) {
  await banner(page).getByRole("link", { name: "Mijn profiel" }).click();
  await expectPage(page, "Mijn profiel");
  await expect(page.getByLabel("Naam", { exact: true })).not.toHaveValue("");
}

test("a visitor is asked to log in", async ({ page }) => {
  await page.goto("/profile");
  await expectPage(page, "Mijn profiel");
  await expect(page.getByText("Log in om je profiel te bekijken en te bewerken.")).toBeVisible();
  await expect(page.getByRole("main").getByRole("button", { name: "Inloggen" })).toBeVisible();
});

test("each field is seen by exactly whom its owner chose", async ({ page, browser }) => {
  const owner = await registerMember(page, "Zichtbaarheid Eigenaar", { prefix: "profiel" });
  await openProfile(page);
  await page.getByLabel("Functie", { exact: true }).fill("Openbare functie");
  await page.getByLabel("Functie zichtbaar voor").selectOption({ label: "Iedereen" });
  await page.getByLabel("Over mij", { exact: true }).fill("Geheime **bio**");
  await page.getByLabel("Over mij zichtbaar voor").selectOption({ label: "Alleen ik" });
  await page.getByLabel("Expertise", { exact: true }).fill("Ledentag, Tweede tag");
  await page.getByLabel("Expertise zichtbaar voor").selectOption({ label: "Leden" });
  await page.getByLabel("Website").fill("https://voorbeeld.nl/eigenaar");
  await page.getByLabel("Links zichtbaar voor").selectOption({ label: "Iedereen" });
  await page.getByRole("button", { name: "Profiel opslaan" }).click();
  await expect(saved(page)).toBeVisible();

  // After a reload the form shows what was stored.
  await page.reload();
  await expect(page.getByLabel("Functie", { exact: true })).toHaveValue("Openbare functie");
  await expect(page.getByLabel("Over mij zichtbaar voor")).toHaveValue("hidden");
  await expect(page.getByLabel("Expertise", { exact: true })).toHaveValue("Ledentag, Tweede tag");

  const profileOf = async (viewer) => {
    await viewer.goto(`/members/${owner.id}`);
    await expectPage(viewer, owner.name);
    await settle(viewer);
    return viewer.getByRole("main");
  };
  // The owner sees everything.
  let main = await profileOf(page);
  await expect(main.getByText("Openbare functie")).toBeVisible();
  await expect(main.getByText("Geheime")).toBeVisible();
  await expect(main.getByRole("link", { name: "Ledentag" })).toBeVisible();

  // Another member: public and members-only fields.
  const otherContext = await browser.newContext({ baseURL: pocketbaseURL });
  const other = await otherContext.newPage();
  await registerMember(other, "Ander Lid", { prefix: "profiel" });
  main = await profileOf(other);
  await expect(main.getByText("Openbare functie")).toBeVisible();
  await expect(main.getByRole("link", { name: "Ledentag" })).toBeVisible();
  await expect(main.getByRole("link", { name: /voorbeeld\.nl|Website/ })).toBeVisible();
  await expect(main.getByText("Geheime")).toHaveCount(0);
  await otherContext.close();

  // A visitor: public fields only.
  const visitorContext = await browser.newContext({ baseURL: pocketbaseURL });
  const visitor = await visitorContext.newPage();
  main = await profileOf(visitor);
  await expect(main.getByText("Openbare functie")).toBeVisible();
  await expect(main.getByRole("link", { name: /voorbeeld\.nl|Website/ })).toBeVisible();
  await expect(main.getByText("Ledentag")).toHaveCount(0);
  await expect(main.getByText("Geheime")).toHaveCount(0);
  // ... and cannot find the owner by a members-only tag either.
  await visitor.goto("/members?q=ledentag");
  await expect(visitor.getByRole("status").filter({ hasText: /\b0 leden\b/ })).toBeVisible();
  await visitorContext.close();
});

test("bad input is named beside its field and nothing is saved", async ({ page }) => {
  await registerMember(page, "Foutieve Invoer", { prefix: "profiel" });
  await openProfile(page);
  await page.getByLabel("Naam", { exact: true }).fill("  ");
  await page.getByLabel("LinkedIn").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Profiel opslaan" }).click();
  const alert = page.getByRole("main").getByRole("alert").filter({ hasText: /\S/ });
  await expect(alert).toContainText("Vul je naam in.");
  await expect(alert).toContainText("Vul een webadres in dat begint met https://");
  await expect(page.getByLabel("LinkedIn")).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Foutieve Invoer");
});

test("a photo must be an image of at most 2 MB; a good one is previewed and saved", async ({ page }) => {
  await registerMember(page, "Foto Lid", { prefix: "profiel" });
  await openProfile(page);
  const chooser = page.getByLabel("Kies een foto");
  const save = page.getByRole("button", { name: "Foto opslaan" });
  await expect(save).toBeDisabled();

  await chooser.setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
  await expect(page.getByText("Dit bestand is geen foto die we kunnen gebruiken.")).toBeVisible();
  await expect(chooser).toHaveAttribute("aria-invalid", "true");
  await expect(save).toBeDisabled();

  await chooser.setInputFiles({ name: "groot.png", mimeType: "image/png", buffer: Buffer.alloc(2 * 1024 * 1024 + 1) });
  await expect(page.getByText("Deze foto is groter dan 2 MB.")).toBeVisible();
  await expect(save).toBeDisabled();

  await chooser.setInputFiles({ name: "ik.png", mimeType: "image/png", buffer: PNG });
  await expect(page.getByRole("img", { name: "Voorbeeld van je nieuwe foto" })).toBeVisible();
  await expect(chooser).not.toHaveAttribute("aria-invalid", "true");
  await save.click();
  await expect(page.getByText("Je foto is opgeslagen.")).toBeVisible();
  const src = await page.locator(".kp-avatar-editor figure img").getAttribute("src");
  expect(src).toMatch(/\/api\/files\/[^/]+\/[^/]+\/.+\.png/);
  expect((await page.request.get(src)).status()).toBe(200);
});

test("leaving with unsaved changes asks first; staying keeps the text", async ({ page }) => {
  await registerMember(page, "Niet Opgeslagen", { prefix: "profiel" });
  await openProfile(page);
  await page.getByLabel("Functie", { exact: true }).fill("Half getypt");
  await expect(page.getByText("Je hebt wijzigingen die nog niet zijn opgeslagen.")).toBeVisible();

  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Leden" }).click();
  await expect.poll(() => asked).toContain("nog niet opgeslagen");
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByLabel("Functie", { exact: true })).toHaveValue("Half getypt");

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Leden" }).click();
  await expectPage(page, "Leden");
});

test("Download mijn gegevens gives a JSON file with everything stored about me", async ({ page }) => {
  const me = await registerMember(page, "Export Lid", { prefix: "profiel" });
  // A post and a comment of mine, written through the API (the composer is issue 5).
  const api = (path, data) =>
    page.request.post(`${pocketbaseURL}${path}`, { headers: { Authorization: me.token }, data });
  const post = await api("/api/collections/posts/records", { author: me.id, kind: "question", title: "Mijn exportvraag", body: "Wat staat er in mijn export?" });
  expect(post.status()).toBe(200);
  const postId = (await post.json()).id;
  expect((await api("/api/collections/comments/records", { author: me.id, post: postId, body: "Mijn exportreactie" })).status()).toBe(200);

  await openProfile(page);
  await page.getByLabel("Functie", { exact: true }).fill("Exporteur");
  await page.getByRole("button", { name: "Profiel opslaan" }).click();
  await expect(saved(page)).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download mijn gegevens" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("knooppunt-mijn-gegevens.json");
  const data = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(data.profile.email).toBe(me.email);
  expect(data.profile.name).toBe(me.name);
  expect(data.profile.job_title).toBe("Exporteur");
  expect(data.posts.map((p) => p.title)).toEqual(["Mijn exportvraag"]);
  expect(data.comments.map((c) => c.body)).toEqual(["Mijn exportreactie"]);
  for (const key of ["reactions", "memberships", "rsvps"]) expect(Array.isArray(data[key]), key).toBe(true);
  expect(JSON.stringify(data)).not.toMatch(/password|tokenKey/i);
  await expect(page.getByText("Je gegevens zijn gedownload.")).toBeVisible();
});

test("deleting the account needs the typed word, removes the profile and keeps posts as Oud-lid", async ({ page }) => {
  const me = await registerMember(page, "Vertrekkend Lid", { prefix: "profiel" });
  const post = await page.request.post(`${pocketbaseURL}/api/collections/posts/records`, {
    headers: { Authorization: me.token },
    data: { author: me.id, kind: "knowledge", title: "Kennis die blijft", body: "Deze bijdrage blijft staan." },
  });
  expect(post.status()).toBe(200);
  const postId = (await post.json()).id;

  await openProfile(page);
  await page.getByLabel("Typ VERWIJDEREN om te bevestigen").fill("verwijderen");
  await page.getByRole("button", { name: "Account verwijderen" }).click();
  await expect(page.getByText("Typ VERWIJDEREN (in hoofdletters) om te bevestigen.").first()).toBeVisible();
  await expect(banner(page).getByRole("button", { name: "Uitloggen" })).toBeVisible();

  await page.getByLabel("Typ VERWIJDEREN om te bevestigen").fill("VERWIJDEREN");
  await page.getByRole("button", { name: "Account verwijderen" }).click();
  await expect(page.getByText("Je account en je persoonlijke gegevens zijn verwijderd.")).toBeVisible();
  await expect(banner(page).getByRole("link", { name: "Inloggen", exact: true })).toBeVisible();

  // The profile is gone, the post stays signed "Oud-lid" without a link.
  await page.goto(`/members/${me.id}`);
  await expectPage(page, "Pagina niet gevonden");
  await page.goto(`/wall/${postId}`);
  await expectPage(page, "Kennis die blijft");
  await expect(page.getByRole("main").getByText("Oud-lid")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Oud-lid" })).toHaveCount(0);

  // The old password no longer logs in.
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(me.email);
  await page.getByLabel("Wachtwoord").fill(MEMBER_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("main").getByRole("alert").filter({ hasText: /\S/ })).toContainText("klopt niet");
});

test("Mijn profiel has no accessibility violations, also with errors shown", async ({ page }) => {
  await registerMember(page, "Toegankelijk Lid", { prefix: "profiel" });
  await openProfile(page);
  const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
  let results = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(results.violations, formatViolations(results.violations)).toEqual([]);
  await page.getByLabel("Naam", { exact: true }).fill("");
  await page.getByRole("button", { name: "Profiel opslaan" }).click();
  await expect(page.getByRole("main").getByRole("alert").filter({ hasText: /\S/ })).toBeVisible();
  results = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(results.violations, formatViolations(results.violations)).toEqual([]);
});
