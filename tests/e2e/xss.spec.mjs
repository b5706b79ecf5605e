// Safe rendering (issue 5, DESIGN.md §3): a corpus of XSS payloads (xss-corpus.mjs, 38)
// goes into a member's name, job title, bio and expertise, into post titles, bodies,
// tags and comments, and into a theme and a meeting they start (issue 6), through the
// real PocketBase API. Every page that shows them must
// show them as text: no payload may run, no dialog may open, and the rendered page may
// contain no event-handler attribute, no script-like element and no script URL.
import { test, expect } from "@playwright/test";
import { pocketbaseURL } from "./playwright.config.mjs";
import { expectPage, logInAs } from "./helpers.mjs";
import { PAYLOADS } from "./xss-corpus.mjs";

test.use({ baseURL: pocketbaseURL });

const PASSWORD = "een-lang-wachtwoord";

/** Creates a member whose texts are payloads, posts and comments full of payloads. */
async function plant(request) {
  const email = `xss-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.nl`;
  const api = async (method, path, data, token) => {
    const res = await request.fetch(`${pocketbaseURL}${path}`, {
      method,
      data,
      headers: token ? { Authorization: token } : {},
    });
    expect(res.status(), `${method} ${path}: ${await res.text()}`).toBe(200);
    return res.json();
  };
  const name = `Xss <img src=x onerror=window.__xss(99)> Lid`;
  await api("POST", "/api/collections/members/records", { email, password: PASSWORD, passwordConfirm: PASSWORD, name });
  const auth = await api("POST", "/api/collections/members/auth-with-password", { identity: email, password: PASSWORD });
  const me = auth.record.id;
  const token = auth.token;
  const everyone = { job_title: "public", bio: "public", expertise: "public", links: "public" };
  await api("PATCH", `/api/collections/members/records/${me}`, {
    job_title: PAYLOADS[1].slice(0, 160),
    bio: PAYLOADS.join("\n\n"),
    expertise: PAYLOADS.slice(0, 8).map((p) => p.slice(0, 60)),
    links: { website: "https://example.org/?q=<script>window.__xss(98)</script>" },
    visibility: everyone,
  }, token);
  const posts = [];
  for (let i = 0; i < PAYLOADS.length; i += 6) {
    const post = await api("POST", "/api/collections/posts/records", {
      author: me,
      kind: "knowledge",
      title: PAYLOADS[i].slice(0, 200),
      body: PAYLOADS.slice(i, i + 6).join("\n\n") + "\n\n" + PAYLOADS.join("\n"),
      tags: PAYLOADS.slice(i, i + 3).map((p) => p.slice(0, 60)),
    }, token);
    posts.push(post.id);
    const comment = await api("POST", "/api/collections/comments/records", { author: me, post: post.id, body: PAYLOADS[(i + 1) % PAYLOADS.length] }, token);
    await api("POST", "/api/collections/comments/records", { author: me, post: post.id, parent: comment.id, body: PAYLOADS.join("\n\n") }, token);
  }
  // A theme this member starts (they become its owner) and a meeting they plan in it.
  const theme = await api("POST", "/api/collections/themes/records", {
    slug: `xss-${Date.now()}-${Math.floor(Math.random() * 1e6)}`,
    name: PAYLOADS[2].slice(0, 160),
    summary: PAYLOADS[3].slice(0, 500),
    description: PAYLOADS.join("\n\n"),
    access: "open",
    tags: PAYLOADS.slice(0, 3).map((p) => p.slice(0, 60)),
  }, token);
  const start = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const event = await api("POST", "/api/collections/events/records", {
    theme: theme.id,
    title: PAYLOADS[4].slice(0, 200),
    description: PAYLOADS.join("\n\n"),
    starts_at: start.toISOString(),
    ends_at: new Date(start.getTime() + 3600 * 1000).toISOString(),
    location: PAYLOADS[5].slice(0, 300),
    online_url: "https://example.org/?q=<script>window.__xss(97)</script>",
  }, token);
  return { me, email, posts, name, theme, event };
}

/** Everything on the page that could run script; empty when the page is safe. */
const dangers = (page) =>
  page.evaluate(() => {
    const found = [];
    const main = document.querySelector("main") ?? document.body;
    for (const el of main.querySelectorAll("*")) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
        if (/^(href|src|action|formaction|data|xlink:href)$/i.test(attr.name) && /^\s*(javascript|vbscript|data):/i.test(attr.value)) {
          found.push(`${el.tagName} ${attr.name}=${attr.value.slice(0, 40)}`);
        }
      }
      if (/^(SCRIPT|IFRAME|OBJECT|EMBED|BASE|META|LINK|STYLE|FORM|TEMPLATE|NOSCRIPT|svg|math)$/i.test(el.tagName) && !el.closest("form.kp-form")) {
        found.push(el.tagName);
      }
      if (el.hasAttribute("style") && /javascript:|url\(/i.test(el.getAttribute("style"))) found.push(`${el.tagName} style`);
    }
    return found;
  });

test("no payload runs anywhere it is shown", async ({ page, request }) => {
  test.setTimeout(120_000);
  const planted = await plant(request);
  const ran = [];
  await page.exposeFunction("__xssReport", (n) => ran.push(n));
  await page.addInitScript(() => {
    window.__xss = (n) => window.__xssReport(n);
  });
  page.on("dialog", (dialog) => {
    ran.push(`dialog: ${dialog.message()}`);
    dialog.dismiss();
  });

  const visits = [
    ["/wall", "Kennismuur"],
    ...planted.posts.map((id) => [`/wall/${id}`, null]),
    [`/members/${planted.me}`, null],
    [`/members?q=${encodeURIComponent("Xss Lid")}`, "Leden"],
    ["/themes", "Thema's"],
    [`/themes/${planted.theme.slug}`, null],
    ["/events", "Bijeenkomsten"],
    [`/events/${planted.event.id}`, null],
  ];
  for (const [path, heading] of visits) {
    await page.goto(path);
    if (heading) await expectPage(page, heading);
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("main")).not.toHaveText("");
    expect(await dangers(page), path).toEqual([]);
  }
  // The payloads are there, as text.
  await page.goto(`/wall/${planted.posts[0]}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAYLOADS[0]);
  await expect(page.getByRole("main").getByText("onerror=window.__xss(99)").first()).toBeVisible();
  await page.goto(`/members/${planted.me}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(planted.name);
  // Links in the bio that are not web addresses are not links.
  expect(await page.getByRole("main").locator('a[href^="javascript" i], a[href^="data" i], a[href^="vbscript" i]').count()).toBe(0);

  // As the member: their own theme with its member list, and the edit forms filled
  // with the payloads.
  await logInAs(page, { email: planted.email, password: PASSWORD });
  for (const [path, heading] of [
    [`/themes/${planted.theme.slug}`, null],
    [`/themes/${planted.theme.slug}/edit`, "Thema bewerken"],
    [`/events/${planted.event.id}/edit`, "Bijeenkomst bewerken"],
  ]) {
    await page.goto(path);
    if (heading) await expectPage(page, heading);
    await page.waitForLoadState("networkidle");
    expect(await dangers(page), path).toEqual([]);
  }
  await expect(page.getByLabel("Titel")).toHaveValue(PAYLOADS[4].slice(0, 200));
  await page.goto(`/themes/${planted.theme.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAYLOADS[2].slice(0, 160));
  await expect(page.getByRole("main").getByRole("link", { name: planted.name })).toBeVisible();
  await page.goto(`/events/${planted.event.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAYLOADS[4].slice(0, 200));

  expect(ran, "payloads that ran").toEqual([]);
});
