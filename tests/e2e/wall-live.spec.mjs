// Live wall against a real PocketBase (issue 5): a post written in one browser context
// shows in another within 2 seconds as "1 nieuw bericht", without moving what the reader
// reads; a comment appears in place; after the network drops and comes back, what was
// missed shows too.
import { test, expect } from "@playwright/test";
import net from "node:net";
import { pocketbaseURL } from "./playwright.config.mjs";
import { detailLinks, expectPage, headingNamedBy, linkByHref } from "./helpers.mjs";

test.use({ baseURL: pocketbaseURL });

const PASSWORD = "een-lang-wachtwoord";
const wall = (page) => page.getByRole("list", { name: "Kennismuur" });

/** A fresh member who writes through the API, like another browser would. */
async function writer(request) {
  const email = `live-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.nl`;
  const created = await request.post(`${pocketbaseURL}/api/collections/members/records`, {
    data: { email, password: PASSWORD, passwordConfirm: PASSWORD, name: "Live Schrijver" },
  });
  expect(created.status()).toBe(200);
  const auth = await (await request.post(`${pocketbaseURL}/api/collections/members/auth-with-password`, {
    data: { identity: email, password: PASSWORD },
  })).json();
  const send = async (collection, data) => {
    const res = await request.post(`${pocketbaseURL}/api/collections/${collection}/records`, {
      headers: { Authorization: auth.token },
      data: { author: auth.record.id, ...data },
    });
    expect(res.status(), await res.text()).toBe(200);
    return res.json();
  };
  return {
    post: (title) => send("posts", { kind: "knowledge", title, body: "Live geschreven." }),
    comment: (post, body) => send("comments", { post, body }),
  };
}

test("a new post from someone else shows as a button within 2 s, and nothing moves", async ({ page, request }) => {
  const other = await writer(request);
  await page.goto("/wall");
  await expectPage(page, "Kennismuur");
  await expect(wall(page).getByRole("listitem").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  const firstCard = wall(page).getByRole("listitem").first();
  const before = await firstCard.boundingBox();

  const title = `Live bericht ${Date.now()}`;
  await other.post(title);
  // Other tests may post at the same time: the count is at least one.
  const button = page.getByRole("button", { name: /^\d+ nieuwe? bericht(en)?$/ });
  await expect(button).toBeVisible({ timeout: 2_000 });
  expect(await firstCard.boundingBox(), "the list did not move").toEqual(before);
  await expect(wall(page).getByRole("link", { name: title })).toHaveCount(0);

  await button.click();
  await expect(wall(page).getByRole("listitem").first()).toContainText(title);
  await expect(button).toHaveCount(0);
});

test("a comment from someone else appears under the post without a reload", async ({ page, request }) => {
  const other = await writer(request);
  await page.goto("/wall");
  const [first] = await detailLinks(page, "/wall");
  await linkByHref(page, first.href).click();
  await headingNamedBy(page, first.text);
  await page.waitForLoadState("networkidle");
  const postId = new URL(page.url()).pathname.split("/").pop();
  const body = `Live reactie ${Date.now()}`;
  await other.comment(postId, body);
  await expect(page.getByRole("list", { name: "Reacties" }).getByText(body)).toBeVisible({ timeout: 2_000 });
});

/**
 * A TCP proxy in front of PocketBase for one browser context: `drop()` cuts every open
 * connection (the live stream included) and refuses new ones, as a lost network does;
 * `restore()` lets connections through again.
 */
async function flakyNetwork() {
  const upstream = new URL(pocketbaseURL);
  const sockets = new Set();
  let down = false;
  const server = net.createServer((client) => {
    if (down) return client.destroy();
    const pb = net.connect(Number(upstream.port), upstream.hostname);
    for (const s of [client, pb]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => {});
    }
    client.pipe(pb).pipe(client);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    drop() {
      down = true;
      for (const s of sockets) s.destroy();
    },
    restore() {
      down = false;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

test("after the network drops and returns, posts written meanwhile are announced", async ({ browser, request }) => {
  const other = await writer(request);
  const network = await flakyNetwork();
  const context = await browser.newContext({ baseURL: network.url });
  const page = await context.newPage();
  await page.goto("/wall");
  await expect(wall(page).getByRole("listitem").first()).toBeVisible();
  await page.waitForLoadState("networkidle");

  network.drop();
  const title = `Gemist bericht ${Date.now()}`;
  await other.post(title);
  await page.waitForTimeout(1_000);
  const button = page.getByRole("button", { name: /^\d+ nieuwe? bericht(en)?$/ });
  // While the network is down nothing arrives ...
  await expect(button).toHaveCount(0);
  network.restore();
  // ... and once it is back, the stream reconnects and the app fetches what it missed.
  await expect(button).toBeVisible({ timeout: 15_000 });
  await button.click();
  await expect(wall(page).getByRole("link", { name: title })).toBeVisible();
  await context.close();
  await network.close();
});
