// "Deel je kennis" on the wall against a real PocketBase (issue 5): visitors are told how
// to take part; members write with a preview, every kind and an open theme; the draft
// survives a reload and a failed send, and is cleared only once the post is accepted.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { pocketbaseURL } from "./playwright.config.mjs";
import { expectPage, formatViolations, linkTarget, registerMember, MEMBER_PASSWORD } from "./helpers.mjs";

test.use({ baseURL: pocketbaseURL });

const composer = (page) => page.getByRole("form", { name: "Deel je kennis" });
const wall = (page) => page.getByRole("list", { name: "Kennismuur" });

test("a visitor is asked to log in, and comes back to the wall", async ({ page }) => {
  await page.goto("/wall");
  await expectPage(page, "Kennismuur");
  await expect(page.getByText("Je moet ingelogd zijn om een reactie te kunnen plaatsen.")).toBeVisible();
  await expect(composer(page)).toHaveCount(0);
  const main = page.getByRole("main");
  expect(await linkTarget(main.getByRole("link", { name: "Inloggen" }))).toBe("/login?terug=%2Fwall");
  expect(await linkTarget(main.getByRole("link", { name: "Registreren" }))).toBe("/register?terug=%2Fwall");
});

test("write with a preview, keep the draft over a reload, and post it", async ({ page }) => {
  await registerMember(page, "Schrijvend Lid", { prefix: "wand" });
  await page.goto("/wall");
  const form = composer(page);
  await expect(form).toBeVisible();
  const title = `Hoe pakken jullie de Woo aan? ${Date.now()}`;
  await form.getByLabel("Titel").fill(title);
  await form.getByLabel("Tekst").fill("Wij publiceren **actief**.\n\n- besluiten\n- adviezen");
  await form.getByLabel("Soort").selectOption({ label: "Vraag" });
  const themes = await form.getByLabel("Thema").locator("option").allInnerTexts();
  expect(themes[0]).toBe("Geen thema");
  expect(themes.length, "open themes are offered").toBeGreaterThan(1);
  await form.getByLabel("Thema").selectOption({ index: 1 });
  const theme = themes[1].trim();
  await form.getByLabel("Tags").fill("Woo, archivering");

  const preview = form.getByRole("button", { name: "Voorbeeld" });
  await expect(preview).toHaveAttribute("aria-pressed", "false");
  await preview.click();
  await expect(preview).toHaveAttribute("aria-pressed", "true");
  const shown = form.getByRole("region", { name: "Voorbeeld van je bijdrage" });
  await expect(shown.locator("strong")).toHaveText("actief");
  await expect(shown.getByRole("listitem")).toHaveCount(2);

  // The draft survives a reload.
  await page.reload();
  await expect(composer(page).getByLabel("Titel")).toHaveValue(title);
  await expect(composer(page).getByLabel("Tekst")).toHaveValue(/\*\*actief\*\*/);
  await expect(composer(page).getByLabel("Soort")).toHaveValue("question");
  await expect(composer(page).getByLabel("Tags")).toHaveValue("Woo, archivering");

  await composer(page).getByRole("button", { name: "Plaatsen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Je bijdrage is geplaatst." })).toBeVisible();
  await expect(wall(page).getByRole("link", { name: title })).toBeVisible();
  await expect(composer(page).getByLabel("Titel")).toHaveValue("");

  // Accepted: the draft is gone after a reload too.
  await page.reload();
  await expect(composer(page).getByLabel("Titel")).toHaveValue("");
  await page.getByRole("link", { name: title }).first().click();
  await expectPage(page, title);
  await expect(page.getByRole("main").getByText("Vraag", { exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: theme })).toBeVisible();
});

test("a send the server fails keeps the text, also after a reload; the next try posts it", async ({ page }) => {
  await registerMember(page, "Pech Lid", { prefix: "wand" });
  await page.goto("/wall");
  const title = `Verslag netwerkdag ${Date.now()}`;
  await composer(page).getByLabel("Titel").fill(title);
  await composer(page).getByLabel("Tekst").fill("Wat we leerden.");
  // The server fails exactly when the post is sent. (A send that gets no answer at all
  // goes to the outbox instead: outbox.spec.mjs.)
  await page.route("**/api/collections/posts/records**", (route) =>
    route.request().method() === "POST"
      ? route.fulfill({ status: 503, contentType: "application/json", body: '{"status":503,"message":"Onderhoud","data":{}}' })
      : route.continue(),
  );
  await composer(page).getByRole("button", { name: "Plaatsen" }).click();
  await expect(composer(page).getByRole("alert").filter({ hasText: /\S/ })).toBeVisible();
  await expect(composer(page).getByLabel("Titel")).toHaveValue(title);
  await page.reload();
  await expect(composer(page).getByLabel("Titel")).toHaveValue(title);
  await expect(composer(page).getByLabel("Tekst")).toHaveValue("Wat we leerden.");

  await page.unroute("**/api/collections/posts/records**");
  await composer(page).getByRole("button", { name: "Plaatsen" }).click();
  await expect(wall(page).getByRole("link", { name: title })).toBeVisible();
});

test("missing title and text are named beside their fields", async ({ page }) => {
  await registerMember(page, "Haastig Lid", { prefix: "wand" });
  await page.goto("/wall");
  await composer(page).getByRole("button", { name: "Plaatsen" }).click();
  const alert = composer(page).getByRole("alert").filter({ hasText: /\S/ });
  await expect(alert).toContainText("Geef je bijdrage een titel.");
  await expect(alert).toContainText("Schrijf eerst een tekst.");
  await expect(composer(page).getByLabel("Titel")).toHaveAttribute("aria-invalid", "true");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations, formatViolations(results.violations)).toEqual([]);
});

test("a draft waits for its writer over logging out and in again", async ({ page }) => {
  const { email } = await registerMember(page, "Concept Lid", { prefix: "concept" });
  await page.goto("/wall");
  await composer(page).getByLabel("Titel").fill("Half af");
  await composer(page).getByLabel("Tekst").fill("Wordt vervolgd.");
  await page.getByRole("banner").getByRole("button", { name: "Uitloggen" }).click();
  await expect(composer(page)).toHaveCount(0);
  await expect(page.getByText("Je moet ingelogd zijn om een reactie te kunnen plaatsen.")).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Inloggen" }).click();
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(MEMBER_PASSWORD);
  await page.getByRole("main").getByRole("button", { name: "Inloggen" }).click();
  await expectPage(page, "Kennismuur");
  await expect(composer(page).getByLabel("Titel")).toHaveValue("Half af");
  await expect(composer(page).getByLabel("Tekst")).toHaveValue("Wordt vervolgd.");
});

test("each kind of post can be written, and says what it is", async ({ page }) => {
  await registerMember(page, "Veelzijdig Lid", { prefix: "soorten" });
  await page.goto("/wall");
  for (const kind of ["Kennis", "Vraag", "Blog", "Verslag"]) {
    const title = `${kind} van ${Date.now()}`;
    await composer(page).getByLabel("Titel").fill(title);
    await composer(page).getByLabel("Tekst").fill(`Een ${kind.toLowerCase()} met [een link](https://example.org/bron).`);
    await composer(page).getByLabel("Soort").selectOption({ label: kind });
    await composer(page).getByRole("button", { name: "Plaatsen" }).click();
    const card = wall(page).getByRole("listitem").filter({ hasText: title });
    await expect(card).toContainText(kind);
    await card.getByRole("link", { name: title }).click();
    await expectPage(page, title);
    // An external link in the text is marked as user content.
    await expect(page.getByRole("main").getByRole("link", { name: "een link" })).toHaveAttribute("rel", "noopener nofollow ugc");
    await page.goto("/wall");
  }
});
