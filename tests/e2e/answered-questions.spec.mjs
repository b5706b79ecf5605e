// Answered questions against a real PocketBase (issue 19): the asker (or a moderator of
// the question's theme) marks a comment "Dit is het antwoord"; it then comes first,
// marked, the question says "Beantwoord", and it leaves the wall's "Open vragen".
// Who may choose is the backend's rule (tests/backend/answers.test.mjs).
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { pocketbaseURL } from "./playwright.config.mjs";
import { expectPage, logInAs } from "./helpers.mjs";
import { apiMember, themeWith } from "./groups.mjs";

test.use({ baseURL: pocketbaseURL });

const rec = (c) => `${pocketbaseURL}/api/collections/${c}/records`;
const comments = (page) => page.getByRole("list", { name: "Reacties" });

async function ok(response) {
  expect(response.ok(), await response.text()).toBe(true);
  return response.json();
}

async function ask(request, asker, theme, title) {
  return ok(await request.post(rec("posts"), {
    headers: { Authorization: asker.token },
    data: { author: asker.id, theme: theme.id, event: "", kind: "question", title, body: "Wie heeft dit al eens gedaan?", tags: [] },
  }));
}

async function answer(request, who, post, body) {
  return ok(await request.post(rec("comments"), {
    headers: { Authorization: who.token },
    data: { author: who.id, post: post.id, parent: "", body },
  }));
}

test("the asker chooses the answer: it comes first, the question is answered and leaves 'Open vragen'", async ({ page, browser, request }) => {
  const asker = await apiMember(request, "Vragende Ambtenaar");
  const helper = await apiMember(request, "Behulpzame Collega");
  const theme = await themeWith(request, { owner: asker, members: [{ member: helper }] });
  const stamp = Date.now();
  const question = await ask(request, asker, theme, `Hoe regelen jullie thuiswerken? (${stamp})`);
  const other = await ask(request, asker, theme, `Een vraag die open blijft (${stamp})`);
  await answer(request, helper, question, "Wij hebben een regeling per team.");
  const best = await answer(request, helper, question, "Kijk naar de cao: daar staat het in.");

  // Someone else sees the answers, but no choice.
  const bystander = await (await browser.newContext()).newPage();
  await bystander.goto(`${pocketbaseURL}/wall/${question.id}`);
  await expect(comments(bystander).getByRole("listitem")).toHaveCount(2);
  await expect(bystander.getByRole("button", { name: "Dit is het antwoord" })).toHaveCount(0);
  await expect(bystander.getByText("(Open vraag)")).toBeVisible();

  await logInAs(page, asker);
  // This theme's open questions (the demo network has many older ones).
  const openHere = `/wall?soort=open-vragen&thema=${theme.id}`;
  await page.goto(openHere);
  await expectPage(page, "Kennismuur");
  const wall = page.getByRole("list", { name: "Kennismuur" });
  await expect(wall.getByRole("link", { name: question.title })).toBeVisible();
  await expect(page.getByRole("group", { name: "Filters" }).getByLabel("Soort")).toHaveValue("open-vragen");
  await expect(wall.getByRole("listitem").first(), "the one waiting longest first").toContainText(question.title);

  await wall.getByRole("link", { name: question.title }).click();
  await expectPage(page, question.title);
  await expect(page.getByText("(Open vraag)")).toBeVisible();
  const bestItem = comments(page).getByRole("listitem").filter({ hasText: best.body });
  await bestItem.getByRole("button", { name: "Dit is het antwoord" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gekozen als antwoord" })).toBeVisible();
  await expect(page.getByText("(Beantwoord)")).toBeVisible();
  // The chosen answer first, marked; the others keep their order below it.
  await expect(comments(page).getByRole("listitem").first()).toContainText("Het antwoord");
  await expect(comments(page).getByRole("listitem").first()).toContainText(best.body);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations).toEqual([]);

  // Kept by the server: after a reload too, and no longer among the open questions.
  await page.reload();
  await expect(comments(page).getByRole("listitem").first()).toContainText(best.body);
  await page.goto(openHere);
  await expect(wall.getByRole("link", { name: other.title })).toBeVisible();
  await expect(wall.getByRole("link", { name: question.title })).toHaveCount(0);

  // Taken back: open again.
  await page.goto(`/wall/${question.id}`);
  await comments(page).getByRole("listitem").first().getByRole("button", { name: "Toch niet het antwoord" }).click();
  await expect(page.getByText("(Open vraag)")).toBeVisible();
  await expect(comments(page).getByRole("listitem").first()).toContainText("Wij hebben een regeling per team.");
});

test("a moderator of the question's theme may choose its answer; the keyboard is enough", async ({ page, request }) => {
  const asker = await apiMember(request, "Vrager Zonder Tijd");
  const moderator = await apiMember(request, "Thema Moderator");
  const theme = await themeWith(request, { owner: moderator, members: [{ member: asker }] });
  const question = await ask(request, asker, theme, `Welke tool voor enquêtes? (${Date.now()})`);
  const reply = await answer(request, moderator, question, "Wij gebruiken het open-source pakket.");

  await logInAs(page, moderator);
  await page.goto(`/wall/${question.id}`);
  await expectPage(page, question.title);
  const choose = comments(page).getByRole("listitem").filter({ hasText: reply.body }).getByRole("button", { name: "Dit is het antwoord" });
  await choose.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("(Beantwoord)")).toBeVisible();
});
