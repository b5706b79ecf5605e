// The outbox against a real PocketBase (issue 8): what a member writes or presses while
// offline waits, visible and cancellable, and is sent once the network is back — each
// item exactly once, in the order it was made; a refusal is said in words and keeps the
// text. Offline is the browser's own (context.setOffline), as on a train.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { pocketbaseURL } from "./playwright.config.mjs";
import { detailLinks, expectPage, formatViolations, headingNamedBy, linkByHref, registerMember } from "./helpers.mjs";
import { untilControlled } from "./sw-helpers.mjs";

test.use({ baseURL: pocketbaseURL });

const outbox = (page) => page.getByRole("region", { name: /^Nog te versturen/ });
const entries = (page) => outbox(page).getByRole("listitem");
const offlineNotice = (page) => page.getByText("Je bent offline", { exact: true });
const reaction = (page, name) => page.getByRole("group", { name: "Waardering" }).getByRole("button", { name: new RegExp(`^${name} \\d+$`) });
const answer = (page, name) => page.getByRole("group", { name: "Aanmelden" }).getByRole("button", { name, exact: true });

/** Records of a collection matching a PocketBase filter, read as `token`'s member. */
async function records(request, collection, filter, token) {
  const url = `${pocketbaseURL}/api/collections/${collection}/records?perPage=200&sort=created&filter=${encodeURIComponent(filter)}`;
  const res = await request.get(url, { headers: token ? { Authorization: token } : {} });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()).items;
}

/** Opens the n-th post on the wall and returns its id. */
async function openPost(page, n) {
  await page.goto("/wall");
  const links = await detailLinks(page, "/wall", { min: n + 1 });
  await linkByHref(page, links[n].href).click();
  await headingNamedBy(page, links[n].text);
  return links[n].path.split("/").pop();
}

/** axe-core (WCAG 2.1 AA tags) finds nothing on the page as it is now. */
async function expectAccessible(page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations, formatViolations(results.violations)).toEqual([]);
}

async function comment(page, text) {
  await page.getByLabel("Reageer").fill(text);
  await page.getByRole("button", { name: "Reageren" }).click();
}

test("written offline: a comment, a reaction and a post wait in order, a cancelled one never goes, each arrives once", async ({
  page,
  context,
  request,
}) => {
  const me = await registerMember(page, "Treinreiziger", { prefix: "uitbak" });
  const postId = await openPost(page, 2);
  const useful = reaction(page, "Nuttig");
  await expect(useful).toBeEnabled();
  const stamp = Date.now();

  await context.setOffline(true);
  await expect(offlineNotice(page)).toBeVisible();

  const said = `Gelezen in de trein ${stamp}`;
  await comment(page, said);
  await expect(page.getByText("Je reactie staat in de wachtrij")).toBeVisible();
  await expect(page.getByLabel("Reageer"), "the field is free for the next comment").toHaveValue("");
  await useful.click();
  await expect(useful).toHaveAttribute("aria-pressed", "true");
  await comment(page, `Toch maar niet ${stamp}`);
  await expect(entries(page)).toHaveCount(3);
  await entries(page).nth(2).getByRole("button", { name: "Annuleren" }).click();
  await expect(entries(page)).toHaveCount(2);

  // In-app to the wall: the list cannot load offline, the composer can.
  await page.getByRole("banner").getByRole("link", { name: "Kennismuur" }).click();
  await expectPage(page, "Kennismuur");
  const title = `Vraag uit de trein ${stamp}`;
  const composer = page.getByRole("form", { name: "Deel je kennis" });
  await composer.getByLabel("Titel").fill(title);
  await composer.getByLabel("Tekst").fill("Geschreven zonder verbinding.");
  await composer.getByRole("button", { name: "Plaatsen" }).click();
  await expect(page.getByText("Je bericht staat in de wachtrij")).toBeVisible();
  await expect(composer.getByLabel("Titel")).toHaveValue("");
  await expect(outbox(page).getByRole("heading")).toHaveText("Nog te versturen (3)");
  await expect(entries(page)).toHaveText([/^Reactie op een bericht/, /^Waardering “Nuttig” geven/, new RegExp(`^Bericht “${title}”`)]);
  await entries(page).first().getByText("Tekst tonen").click();
  await expect(entries(page).first()).toContainText(said);
  await expectAccessible(page);

  await context.setOffline(false);
  await expect(outbox(page)).toHaveCount(0);
  await expect(offlineNotice(page)).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Kennismuur" }).getByRole("link", { name: title })).toHaveCount(1);

  // The server has each exactly once, in the order they were made; the cancelled one never went.
  const posts = await records(request, "posts", `title = "${title}"`);
  expect(posts).toHaveLength(1);
  const comments = await records(request, "comments", `author = "${me.id}"`);
  expect(comments.map((c) => c.body)).toEqual([said]);
  expect(comments[0].post).toBe(postId);
  expect(comments[0].created <= posts[0].created, "the comment was sent before the post").toBe(true);
  const reactions = await records(request, "reactions", `member = "${me.id}"`, me.token);
  expect(reactions.map((r) => [r.target_post, r.kind])).toEqual([[postId, "insightful"]]);

  // Nothing is sent again after a reload; the post page shows the comment once.
  await page.goto(`/wall/${postId}`);
  await expect(page.getByRole("list", { name: "Reacties" }).getByText(said)).toHaveCount(1);
  await expect(outbox(page)).toHaveCount(0);
  expect(await records(request, "posts", `title = "${title}"`)).toHaveLength(1);
});

test("an answer to a meeting given offline is sent once back online, and the sign-ups follow", async ({ page, context, request }) => {
  const me = await registerMember(page, "Offline Aanmelder", { prefix: "uitbak" });
  await page.goto("/events");
  const [first] = await detailLinks(page, "/events");
  await linkByHref(page, first.href).click();
  await headingNamedBy(page, first.text);
  const eventId = first.path.split("/").pop();
  await expect(answer(page, "Misschien")).toBeEnabled();

  await context.setOffline(true);
  await answer(page, "Misschien").click();
  await expect(answer(page, "Misschien")).toHaveAttribute("aria-pressed", "true");
  await expect(entries(page)).toHaveText([/^Antwoord op een bijeenkomst: Misschien/]);
  await context.setOffline(false);
  await expect(outbox(page)).toHaveCount(0);
  const rsvps = await records(request, "rsvps", `member = "${me.id}"`, me.token);
  expect(rsvps.map((r) => [r.event, r.status])).toEqual([[eventId, "maybe"]]);
  await page.reload();
  await expect(answer(page, "Misschien")).toHaveAttribute("aria-pressed", "true");
});

test("a send whose answer is lost is not posted twice: the outbox sends it again and the server knows it", async ({ page, request }) => {
  await registerMember(page, "Wankele Verbinding", { prefix: "uitbak" });
  await page.goto("/wall");
  const title = `Antwoord kwijt ${Date.now()}`;
  // The post reaches the server, but its answer never reaches the browser (once).
  let lost = 0;
  await page.route("**/api/collections/posts/records**", async (route) => {
    if (route.request().method() !== "POST" || lost > 0) return route.fallback();
    lost += 1;
    await route.fetch();
    await route.abort("connectionreset");
  });
  const composer = page.getByRole("form", { name: "Deel je kennis" });
  await composer.getByLabel("Titel").fill(title);
  await composer.getByLabel("Tekst").fill("Eén keer, ook als het antwoord verloren gaat.");
  await composer.getByRole("button", { name: "Plaatsen" }).click();
  await expect(page.getByRole("list", { name: "Kennismuur" }).getByRole("link", { name: title })).toHaveCount(1);
  await expect(outbox(page)).toHaveCount(0);
  expect(lost, "the answer was lost once").toBe(1);
  expect(await records(request, "posts", `title = "${title}"`)).toHaveLength(1);
});

test("a post whose answer was a server error is not posted twice when sent again", async ({ page, request }) => {
  await registerMember(page, "Tweede Poging", { prefix: "uitbak" });
  await page.goto("/wall");
  const title = `Toch aangekomen ${Date.now()}`;
  // The post reaches the server, but a proxy answers 502 (once).
  let failed = 0;
  await page.route("**/api/collections/posts/records**", async (route) => {
    if (route.request().method() !== "POST" || failed > 0) return route.fallback();
    failed += 1;
    await route.fetch();
    await route.fulfill({ status: 502, contentType: "application/json", body: '{"status":502,"message":"Gateway","data":{}}' });
  });
  const composer = page.getByRole("form", { name: "Deel je kennis" });
  await composer.getByLabel("Titel").fill(title);
  await composer.getByLabel("Tekst").fill("De proxy viel om, de server niet.");
  await composer.getByRole("button", { name: "Plaatsen" }).click();
  await expect(composer.getByRole("alert").filter({ hasText: /\S/ })).toBeVisible();
  await expect(composer.getByLabel("Titel")).toHaveValue(title);
  await composer.getByRole("button", { name: "Plaatsen" }).click();
  await expect(page.getByRole("list", { name: "Kennismuur" }).getByRole("link", { name: title })).toHaveCount(1);
  await expect(composer.getByLabel("Titel")).toHaveValue("");
  expect(failed, "the proxy failed once").toBe(1);
  expect(await records(request, "posts", `title = "${title}"`)).toHaveLength(1);
});

test("two tabs of one member share the outbox: neither loses the other's item, each arrives once", async ({ page, context, request }) => {
  const me = await registerMember(page, "Twee Tabbladen", { prefix: "uitbak" });
  const postId = await openPost(page, 1);
  const other = await context.newPage();
  await other.goto(`/wall/${postId}`);
  await expect(other.getByLabel("Reageer")).toBeVisible();

  await context.setOffline(true);
  const stamp = Date.now();
  await comment(page, `Uit het eerste tabblad ${stamp}`);
  await comment(other, `Uit het tweede tabblad ${stamp}`);
  for (const tab of [page, other]) await expect(entries(tab)).toHaveCount(2);

  // Both tabs send when the network is back; the chosen ids keep it to one each.
  await context.setOffline(false);
  for (const tab of [page, other]) await expect(outbox(tab)).toHaveCount(0);
  const comments = await records(request, "comments", `author = "${me.id}"`);
  expect(comments.map((c) => c.body)).toEqual([`Uit het eerste tabblad ${stamp}`, `Uit het tweede tabblad ${stamp}`]);
});

test.describe("with the service worker", () => {
  test.use({ serviceWorkers: "allow" });

  test("the outbox survives an offline reload; a comment on a post deleted meanwhile is refused, its text kept", async ({
    page,
    context,
    request,
  }) => {
    const me = await registerMember(page, "Verloren Reactie", { prefix: "uitbak" });
    const created = await request.post(`${pocketbaseURL}/api/collections/posts/records`, {
      headers: { Authorization: me.token },
      data: { author: me.id, kind: "question", title: `Straks weg ${Date.now()}`, body: "Wordt verwijderd." },
    });
    expect(created.status(), await created.text()).toBe(200);
    const post = await created.json();
    await page.goto(`/wall/${post.id}`);
    await untilControlled(page);
    // Read once more under the worker, so an offline reload finds the post in its cache.
    await page.reload();
    await expectPage(page, post.title);

    await context.setOffline(true);
    const text = `Dit mag niet verloren gaan ${Date.now()}`;
    await comment(page, text);
    await expect(entries(page)).toHaveCount(1);
    await page.reload();
    await expectPage(page, post.title);
    await expect(offlineNotice(page)).toBeVisible();
    await expect(entries(page), "the queue is kept over a reload").toHaveText([/^Reactie op een bericht/]);

    const deleted = await request.delete(`${pocketbaseURL}/api/collections/posts/records/${post.id}`, {
      headers: { Authorization: me.token },
    });
    expect(deleted.status()).toBe(204);
    await context.setOffline(false);
    await expect(entries(page).first()).toContainText("Geweigerd: het bericht of de bijeenkomst bestaat niet meer.");
    await entries(page).first().getByText("Tekst tonen").click();
    await expect(entries(page).first()).toContainText(text);
    await expectAccessible(page);
    expect(await records(request, "comments", `author = "${me.id}"`)).toHaveLength(0);
    await entries(page).first().getByRole("button", { name: "Verwijderen" }).click();
    await expect(outbox(page)).toHaveCount(0);
    await page.reload();
    await expect(outbox(page)).toHaveCount(0);

    // Logging out forgets what the worker kept of this member's reads.
    const mine = () =>
      page.evaluate(async (id) => {
        const cache = await caches.open("knooppunt-data");
        return (await cache.keys()).map((r) => decodeURIComponent(r.url)).filter((url) => url.includes(id));
      }, me.id);
    await expect.poll(mine, { message: "reads that name the member" }).not.toEqual([]);
    await page.getByRole("banner").getByRole("button", { name: "Uitloggen" }).click();
    await expect.poll(mine, { message: "reads that name the member, after logging out" }).toEqual([]);
  });
});
