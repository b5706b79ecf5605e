// Discussing a post against a real PocketBase (issue 5): comment and reply (one level
// deep), the comment draft surviving a reload, deleting one's own comment, and the three
// reactions as toggle buttons, shown at once and rolled back when the server refuses.
import { test, expect } from "@playwright/test";
import { pocketbaseURL } from "./playwright.config.mjs";
import { detailLinks, expectPage, headingNamedBy, linkByHref, linkTarget, registerMember } from "./helpers.mjs";

test.use({ baseURL: pocketbaseURL });

const comments = (page) => page.getByRole("list", { name: "Reacties" });
const reaction = (page, name) => page.getByRole("group", { name: "Waardering" }).getByRole("button", { name: new RegExp(`^${name} \\d+$`) });
const countOf = async (locator) => Number((await locator.innerText()).match(/(\d+)$/)[1]);
/** Waits until every press has reached the server (the group is busy until then). */
const synced = (page) => expect(page.getByRole("group", { name: "Waardering" })).toHaveAttribute("aria-busy", "false");

/** Opens the n-th post on the wall and returns its path. */
async function openPost(page, n = 0) {
  await page.goto("/wall");
  const links = await detailLinks(page, "/wall", { min: n + 1 });
  await linkByHref(page, links[n].href).click();
  await headingNamedBy(page, links[n].text);
  return links[n].path;
}

test("a visitor reads the counts and is asked to log in to take part", async ({ page }) => {
  const path = await openPost(page);
  await expect(page.getByRole("group", { name: "Waardering" }).getByRole("button")).toHaveCount(0);
  await expect(page.getByRole("group", { name: "Waardering" })).toContainText("Vind ik leuk");
  await expect(page.getByText("Je moet ingelogd zijn om een reactie te kunnen plaatsen.")).toBeVisible();
  expect(await linkTarget(page.getByRole("main").getByRole("link", { name: "Inloggen" }))).toBe(`/login?terug=${encodeURIComponent(path)}`);
});

test("comment, keep the draft over a reload, reply, and delete my own comment", async ({ page }) => {
  await registerMember(page, "Reagerend Lid", { prefix: "gesprek" });
  await openPost(page, 1);
  const text = `Goede vraag, wij gebruiken een checklist (${Date.now()}).`;
  await page.getByLabel("Reageer").fill(text);
  await page.reload();
  await expect(page.getByLabel("Reageer")).toHaveValue(text);
  await page.getByRole("button", { name: "Reageren" }).click();
  const mine = comments(page).getByRole("listitem").filter({ hasText: text });
  await expect(mine).toHaveCount(1);
  await expect(page.getByLabel("Reageer")).toHaveValue("");
  await page.reload();
  await expect(page.getByLabel("Reageer")).toHaveValue("");

  // A reply, one level deep under my comment.
  const answer = `En de checklist staat op de kennisbank (${Date.now()}).`;
  await mine.getByRole("button", { name: "Beantwoorden" }).click();
  await mine.getByLabel("Antwoord aan Reagerend Lid").fill(answer);
  await mine.getByRole("button", { name: "Antwoorden", exact: true }).click();
  await expect(mine.getByRole("list", { name: "Antwoorden" }).getByText(answer)).toBeVisible();

  // I can change my comment; it then says "bewerkt".
  await mine.getByRole("button", { name: "Bewerken" }).first().click();
  const corrected = `${text} Aangevuld.`;
  const editor = page.getByRole("form", { name: "Reactie bewerken" });
  await editor.getByRole("textbox", { name: "Reactie bewerken" }).fill(corrected);
  await editor.getByRole("button", { name: "Opslaan" }).click();
  const edited = comments(page).getByRole("listitem").filter({ hasText: corrected });
  await expect(edited.first()).toBeVisible();
  await expect(edited.first()).toContainText("(bewerkt)");

  // Deleting asks first; the reply's own button removes only the reply.
  const reply = mine.getByRole("list", { name: "Antwoorden" }).getByRole("listitem").filter({ hasText: answer });
  page.once("dialog", (d) => d.accept());
  await reply.getByRole("button", { name: "Verwijderen" }).click();
  await expect(page.getByText(answer)).toHaveCount(0);
  await expect(comments(page).getByText(corrected)).toBeVisible();
});

test("a post without comments opens without asking for them; its first comment shows, and asks from then on", async ({ page }) => {
  const me = await registerMember(page, "Eerste Reageerder", { prefix: "leeg" });
  const title = `Nog onbesproken (${Date.now()})`;
  const created = await page.request.post(`${pocketbaseURL}/api/collections/posts/records`, {
    headers: { Authorization: me.token },
    data: { author: me.id, theme: "", event: "", kind: "question", title, body: "Wie weet dit?", tags: [] },
  });
  expect(created.ok()).toBe(true);
  const post = await created.json();
  const asked = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/collections/comments/records" && r.method() === "GET") asked.push(r.url());
  });

  await page.goto(`/wall/${post.id}`);
  await expectPage(page, title);
  await expect(page.getByText("Nog geen reacties.")).toBeVisible();
  expect(asked, "no list of comments asked for a post that has none").toEqual([]);

  const text = `De eerste reactie (${Date.now()}).`;
  await page.getByLabel("Reageer").fill(text);
  await page.getByRole("button", { name: "Reageren" }).click();
  await expect(comments(page).getByRole("listitem").filter({ hasText: text })).toHaveCount(1);
  await page.reload();
  await expect(comments(page).getByRole("listitem").filter({ hasText: text })).toHaveCount(1);
  expect(asked.length, "with a comment, the list is asked").toBeGreaterThan(0);
});

test("an empty comment is refused beside its field", async ({ page }) => {
  await registerMember(page, "Leeg Lid", { prefix: "gesprek" });
  await openPost(page, 2);
  await page.getByRole("button", { name: "Reageren" }).click();
  await expect(page.getByLabel("Reageer")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("main").getByRole("alert").filter({ hasText: "Schrijf eerst een tekst." }).first()).toBeVisible();
});

test("each reaction toggles on and off, replaces my other one, and survives a reload", async ({ page }) => {
  await registerMember(page, "Waarderend Lid", { prefix: "gesprek" });
  await openPost(page, 3);
  const like = reaction(page, "Vind ik leuk");
  const useful = reaction(page, "Nuttig");
  const thanks = reaction(page, "Bedankt");
  for (const button of [like, useful, thanks]) await expect(button).toHaveAttribute("aria-pressed", "false");
  const likes = await countOf(like);
  const usefuls = await countOf(useful);

  await like.click();
  await expect(like).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => countOf(like)).toBe(likes + 1);
  await synced(page);
  await page.reload();
  await expect(reaction(page, "Vind ik leuk")).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => countOf(reaction(page, "Vind ik leuk"))).toBe(likes + 1);

  // One reaction per member: "Nuttig" replaces "Vind ik leuk".
  await useful.click();
  await expect(useful).toHaveAttribute("aria-pressed", "true");
  await expect(like).toHaveAttribute("aria-pressed", "false");
  await expect.poll(() => countOf(like)).toBe(likes);
  await expect.poll(() => countOf(useful)).toBe(usefuls + 1);

  await useful.click();
  await expect(useful).toHaveAttribute("aria-pressed", "false");
  await synced(page);
  await page.reload();
  for (const name of ["Vind ik leuk", "Nuttig", "Bedankt"]) {
    await expect(reaction(page, name)).toHaveAttribute("aria-pressed", "false");
  }
  await expect.poll(() => countOf(reaction(page, "Nuttig"))).toBe(usefuls);

  // Two quick presses: on and off again, and the server ends where the reader did.
  await thanks.click();
  await expect(thanks).toHaveAttribute("aria-pressed", "true");
  await thanks.click();
  await expect(thanks).toHaveAttribute("aria-pressed", "false");
  await synced(page);
  await page.reload();
  await expect(reaction(page, "Bedankt")).toHaveAttribute("aria-pressed", "false");
  await expect(reaction(page, "Vind ik leuk")).toHaveAttribute("aria-pressed", "false");
});

test("a refused reaction is rolled back with a message", async ({ page }) => {
  await registerMember(page, "Pech Waardering", { prefix: "gesprek" });
  await openPost(page, 4);
  const like = reaction(page, "Vind ik leuk");
  const before = await countOf(like);
  // The server refuses (a press without any answer waits in the outbox: outbox.spec.mjs).
  await page.route("**/api/collections/reactions/records**", (route) =>
    route.request().method() === "GET"
      ? route.continue()
      : route.fulfill({ status: 403, contentType: "application/json", body: '{"status":403,"message":"Nee","data":{}}' }),
  );
  await like.click();
  await expect(page.getByRole("alert").filter({ hasText: "Je waardering kon niet worden opgeslagen." })).toBeVisible();
  await expect(like).toHaveAttribute("aria-pressed", "false");
  await expect.poll(() => countOf(like)).toBe(before);
  await page.unroute("**/api/collections/reactions/records**");
  await like.click();
  await expect(like).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("alert").filter({ hasText: "Je waardering kon niet worden opgeslagen." })).toHaveCount(0);
});

test("the author edits and deletes their own post; others get no such buttons", async ({ page, browser }) => {
  await registerMember(page, "Eigen Bijdrage", { prefix: "gesprek" });
  await page.goto("/wall");
  const form = page.getByRole("form", { name: "Deel je kennis" });
  const title = `Eerste versie ${Date.now()}`;
  await form.getByLabel("Titel").fill(title);
  await form.getByLabel("Tekst").fill("Met een tikfout.");
  await form.getByRole("button", { name: "Plaatsen" }).click();
  await page.getByRole("list", { name: "Kennismuur" }).getByRole("link", { name: title }).click();
  await expectPage(page, title);
  const path = new URL(page.url()).pathname;

  // Someone else sees the post without edit or delete buttons.
  const other = await (await browser.newContext({ baseURL: pocketbaseURL })).newPage();
  await other.goto(path);
  await expectPage(other, title);
  await expect(other.getByRole("button", { name: "Bewerken" })).toHaveCount(0);
  await expect(other.getByRole("button", { name: "Verwijderen" })).toHaveCount(0);
  await other.context().close();

  await page.getByRole("button", { name: "Bewerken" }).click();
  const editor = page.getByRole("form", { name: "Bijdrage bewerken" });
  const better = `Tweede versie ${Date.now()}`;
  await editor.getByLabel("Titel").fill(better);
  await editor.getByLabel("Tekst").fill("Zonder tikfout.");
  await editor.getByLabel("Soort").selectOption({ label: "Blog" });
  await editor.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Je bijdrage is bijgewerkt." })).toBeVisible();
  await expectPage(page, better);
  await page.reload();
  await expectPage(page, better);
  await expect(page.getByRole("main").getByText("Zonder tikfout.")).toBeVisible();
  await expect(page.getByRole("main").getByText("Blog", { exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByText("(bewerkt)").first()).toBeVisible();

  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Verwijderen" }).first().click();
  await expectPage(page, "Kennismuur");
  await expect(page.getByRole("link", { name: better })).toHaveCount(0);
  await page.goto(path);
  await expectPage(page, "Pagina niet gevonden");
});

test("the wall and a post page have no accessibility violations for a member", async ({ page }) => {
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  const { formatViolations } = await import("./helpers.mjs");
  const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
  await registerMember(page, "Toegankelijk Lid", { prefix: "gesprek" });
  await page.goto("/wall");
  await expect(page.getByRole("form", { name: "Deel je kennis" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  let results = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(results.violations, formatViolations(results.violations)).toEqual([]);

  await openPost(page, 5);
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Melden" }).first().click();
  await page.getByLabel("Reageer").fill("Een reactie om te kunnen beantwoorden.");
  await page.getByRole("button", { name: "Reageren" }).click();
  await page.getByRole("button", { name: "Beantwoorden" }).first().click();
  await expect(page.getByRole("button", { name: "Antwoorden", exact: true })).toBeVisible();
  results = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(results.violations, formatViolations(results.violations)).toEqual([]);
});
