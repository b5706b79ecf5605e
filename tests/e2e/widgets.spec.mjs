// Widgets for intranets (issue 8): an "intranet" page on another origin embeds each widget
// by its snippet; the iframes are lazy and titled, follow their content's height, show
// real data, and open the app in a new tab. Messages from a third origin change nothing.
// The "Insluiten" button shows the exact snippet on theme, meeting and member pages.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pocketbaseURL } from "./playwright.config.mjs";
import { formatViolations } from "./helpers.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const APP = `http://127.0.0.1:${Number(process.env.KNOOPPUNT_E2E_PORT || 8090)}`;
const data = (file) => JSON.parse(readFileSync(path.join(root, "public/data", file), "utf8"));

const THEME = "het-nieuwe-werken";
const themeName = data("themes.json").find((t) => t.slug === THEME).name;
const themePosts = data("posts.json").filter((p) => p.theme?.slug === THEME && !p.hidden).map((p) => p.title);
const MEMBER = data("members.json").find((m) => m.id === "m-jose-bakker");
const themeMeeting = data("events.json").find((e) => e.theme?.slug === THEME && new Date(e.ends_at) > new Date());
const INITIAL_HEIGHT = 320;

/** What an intranet editor pastes: the loader and one placeholder per widget. */
const snippet = (app, attributes) => `<script src="${app}/widget.js" async></script>\n<div ${attributes}></div>`;

const WIDGETS = [
  { id: "wall", attributes: `data-knooppunt="wall" data-theme="${THEME}"`, path: "/embed/wall" },
  { id: "events", attributes: `data-knooppunt="events" data-theme="${THEME}"`, path: "/embed/events" },
  { id: "themes", attributes: `data-knooppunt="themes"`, path: "/embed/themes" },
  { id: "member", attributes: `data-knooppunt="member" data-member="${MEMBER.id}"`, path: `/embed/member/${MEMBER.id}` },
];

/** A tiny web server on a free port of 127.0.0.1: another origin than the app's. */
async function origin(pages) {
  const server = createServer((req, res) => {
    const html = pages[new URL(req.url, "http://x").pathname];
    res.writeHead(html ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
    res.end(html ?? "niet gevonden");
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** The intranet page: a heading, the snippets, and a log of what the widget host posts. */
function intranetPage(app, widgets) {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Intranet</title>
<script>
  window.fromWidgets = [];
  addEventListener("message", (e) => { if (e.origin === ${JSON.stringify(app)}) window.fromWidgets.push(e.data); });
</script></head>
<body><main><h1>Intranet van de gemeente</h1>
${widgets.map((w) => `<section id="${w.id}">${snippet(app, w.attributes)}</section>`).join("\n")}
<div id="onbekend" data-knooppunt="kalender"></div>
</main></body></html>`;
}

let intranet;
let third;

test.beforeAll(async () => {
  intranet = await origin({ "/": intranetPage(APP, WIDGETS) });
  third = await origin({ "/": "<!doctype html><title>Derde</title><p>Een andere site</p>" });
});

test.afterAll(async () => {
  await intranet?.close();
  await third?.close();
});

const iframeOf = (page, id) => page.locator(`#${id} iframe`);
const frameOf = (page, id) => page.frameLocator(`#${id} iframe`);

/** The iframe's height on the intranet page, and its content's height inside. */
async function heights(page, id) {
  const outer = await iframeOf(page, id).evaluate((f) => f.getBoundingClientRect().height);
  const frame = await (await iframeOf(page, id).elementHandle()).contentFrame();
  const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
  return { outer, inner };
}

async function expectSizedToContent(page, id) {
  await iframeOf(page, id).scrollIntoViewIfNeeded();
  await expect
    .poll(async () => {
      const { outer, inner } = await heights(page, id);
      return outer !== INITIAL_HEIGHT && Math.abs(outer - inner) <= 3;
    }, { message: `the ${id} iframe follows its content's height`, timeout: 15_000 })
    .toBe(true);
}

test("each widget is a lazy, titled iframe that follows its content and shows real data", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto(intranet.url);
  for (const w of WIDGETS) {
    const iframe = iframeOf(page, w.id);
    await expect(iframe).toHaveCount(1);
    await expect(iframe).toHaveAttribute("loading", "lazy");
    await expect(iframe).toHaveAttribute("title", /Knooppunt/);
    const src = new URL(await iframe.getAttribute("src"));
    expect(src.origin).toBe(APP);
    expect(src.pathname).toBe(w.path);
    expect(src.searchParams.get("parent")).toBe(intranet.url);
    await iframe.scrollIntoViewIfNeeded();
  }

  const wall = frameOf(page, "wall");
  await expect(wall.getByRole("heading", { level: 1 })).toHaveText(`Kennismuur: ${themeName}`);
  const posts = wall.getByRole("list", { name: "Kennismuur" }).getByRole("listitem");
  await expect(posts.first()).toBeVisible();
  for (const title of await posts.getByRole("heading", { level: 3 }).allInnerTexts()) {
    expect(themePosts, "only the theme's posts").toContain(title.trim());
  }
  await expect(iframeOf(page, "wall")).toHaveAttribute("title", `Kennismuur: ${themeName} · Knooppunt`);

  const events = frameOf(page, "events");
  await expect(events.getByRole("heading", { level: 1 })).toHaveText(`Komende bijeenkomsten: ${themeName}`);
  await expect(events.getByRole("link", { name: themeMeeting.title })).toBeVisible();

  const themes = frameOf(page, "themes");
  await expect(themes.getByRole("list", { name: "Thema's" }).getByRole("listitem")).toHaveCount(data("themes.json").length);
  await expect(themes.getByRole("link", { name: themeName, exact: true })).toBeVisible();

  const member = frameOf(page, "member");
  await expect(member.getByRole("heading", { level: 1 })).toHaveText(MEMBER.name);
  await expect(member.getByText(MEMBER.job_title)).toBeVisible();

  for (const w of WIDGETS) await expectSizedToContent(page, w.id);

  // An unknown kind is left alone, with a warning for the editor.
  await expect(page.locator("#onbekend iframe")).toHaveCount(0);
  expect(warnings.join("\n")).toContain('data-knooppunt="kalender"');
});

test("links in a widget open the app in a new tab; the widget and the intranet stay", async ({ page, context }) => {
  await page.goto(intranet.url);
  const wall = frameOf(page, "wall");
  const first = wall.getByRole("list", { name: "Kennismuur" }).getByRole("heading", { level: 3 }).getByRole("link").first();
  await expect(first).toBeVisible();
  const title = (await first.innerText()).trim();
  const [tab] = await Promise.all([context.waitForEvent("page"), first.click()]);
  await tab.waitForLoadState();
  expect(new URL(tab.url()).origin).toBe(APP);
  expect(new URL(tab.url()).pathname).toMatch(/^\/wall\/[^/]+$/);
  await expect(tab.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(tab.getByRole("banner")).toBeVisible(); // the full app, with its shell
  await tab.close();

  const frame = await (await iframeOf(page, "wall").elementHandle()).contentFrame();
  expect(new URL(frame.url()).pathname).toBe("/embed/wall");
  expect(page.url()).toBe(`${intranet.url}/`);

  // "Meer op Knooppunt" and the site name lead to the app too.
  const [more] = await Promise.all([context.waitForEvent("page"), wall.getByRole("link", { name: "Meer op Knooppunt" }).click()]);
  await more.waitForLoadState();
  expect(more.url()).toBe(`${APP}/themes/${THEME}`);
  await more.close();
  const member = frameOf(page, "member");
  await iframeOf(page, "member").scrollIntoViewIfNeeded();
  await expect(member.getByRole("link", { name: "Meer op Knooppunt" })).toHaveAttribute("href", `members/${MEMBER.id}`);
});

test("messages from a third origin neither resize the iframe nor make the widget answer", async ({ page }) => {
  await page.goto(intranet.url);
  await expectSizedToContent(page, "wall");
  const frameNumber = new URL(await iframeOf(page, "wall").getAttribute("src")).searchParams.get("frame");

  // Another site, framed on the same intranet page, forges a height and says hello.
  await page.evaluate((src) => {
    const evil = document.createElement("iframe");
    evil.id = "derde";
    evil.src = src;
    document.body.append(evil);
  }, `${third.url}/`);
  const evil = await (await page.locator("#derde").elementHandle()).contentFrame();
  await expect.poll(() => evil.evaluate(() => document.title)).toBe("Derde");
  expect(new URL(evil.url()).origin).not.toBe(APP);
  expect(new URL(evil.url()).origin).not.toBe(intranet.url);

  const before = await heights(page, "wall");
  await page.waitForTimeout(500);
  const sent = await page.evaluate(() => window.fromWidgets.length);
  await evil.evaluate((frame) => {
    parent.postMessage({ type: "knooppunt:hoogte", frame: Number(frame), height: 9999, title: "Gekaapt" }, "*");
    parent.postMessage({ type: "knooppunt:hoogte", frame: String(frame), height: 1234 }, "*");
    // The wall widget is the intranet's first frame.
    parent.frames[0].postMessage({ type: "knooppunt:hallo" }, "*");
  }, frameNumber);
  await page.waitForTimeout(1000);
  expect((await heights(page, "wall")).outer).toBe(before.outer);
  await expect(iframeOf(page, "wall")).not.toHaveAttribute("title", "Gekaapt");
  expect(await page.evaluate(() => window.fromWidgets.length), "the widget ignored the third origin's hallo").toBe(sent);

  // The same hallo from the intranet's own origin is answered with the height.
  await page.evaluate((app) => document.querySelector("#wall iframe").contentWindow.postMessage({ type: "knooppunt:hallo" }, app), APP);
  await expect.poll(() => page.evaluate(() => window.fromWidgets.length)).toBeGreaterThan(sent);
  const answer = await page.evaluate(() => window.fromWidgets.at(-1));
  expect(answer).toMatchObject({ type: "knooppunt:hoogte", frame: Number(frameNumber) });
  expect(Math.abs(answer.height - before.outer)).toBeLessThanOrEqual(3);
});

test("a widget opened without a proper parent origin renders but posts nothing", async ({ page }) => {
  const posted = [];
  await page.exposeFunction("noteMessage", (d) => posted.push(d));
  await page.addInitScript(() => addEventListener("message", (e) => window.noteMessage?.(e.data)));
  await page.goto(`/embed/themes?parent=${encodeURIComponent("javascript:alert(1)")}&frame=1`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thema's");
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toHaveCount(0);
  await page.waitForTimeout(500);
  expect(posted).toEqual([]);
});

test("a widget page has no axe-core violations", async ({ page }) => {
  await page.goto(`/embed/wall?theme=${THEME}`);
  await expect(page.getByRole("list", { name: "Kennismuur" }).getByRole("listitem").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations, formatViolations(results.violations)).toEqual([]);
});

test.describe("with accounts (PocketBase)", () => {
  /** Serves the host's config.json with these switches, also to the widgets' frames. */
  async function withFeatures(page, features) {
    await page.route("**/config.json", async (route) => {
      const response = await route.fetch();
      const config = await response.json();
      await route.fulfill({ response, json: { ...config, features } });
    });
  }

  let pbIntranet;
  test.beforeAll(async () => {
    pbIntranet = await origin({ "/": intranetPage(pocketbaseURL, WIDGETS.filter((w) => w.id === "wall")) });
  });
  test.afterAll(async () => pbIntranet?.close());

  test("a visitor is invited to log in to take part, in a new tab", async ({ page, context }) => {
    await page.goto(pbIntranet.url);
    const wall = frameOf(page, "wall");
    await expect(wall.getByRole("list", { name: "Kennismuur" }).getByRole("listitem").first()).toBeVisible();
    const join = wall.getByRole("link", { name: "Inloggen om mee te doen" });
    const [tab] = await Promise.all([context.waitForEvent("page"), join.click()]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toBe("/login");
  });

  test("a wall for members only: the widget asks a visitor to log in", async ({ page }) => {
    await withFeatures(page, { public_wall: false });
    await page.goto(pbIntranet.url);
    const wall = frameOf(page, "wall");
    await expect(wall.getByText("Alleen leden lezen de kennismuur.")).toBeVisible();
    await expect(wall.getByRole("link", { name: "Inloggen", exact: true })).toHaveAttribute("href", "login");
    await expect(wall.getByRole("list", { name: "Kennismuur" })).toHaveCount(0);
    await expectSizedToContent(page, "wall");
  });
});

test.describe("the Insluiten button", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  /** Opens the disclosure by keyboard and returns the code with this label. */
  async function openSnippets(page) {
    const button = page.getByRole("button", { name: "Insluiten" });
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("textbox", { name: /^Code voor/ }).first()).toBeHidden();
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
  }

  test("a theme page offers its wall and its meetings", async ({ page }) => {
    await page.goto(`/themes/${THEME}`);
    await openSnippets(page);
    const wall = page.getByRole("textbox", { name: "Code voor de kennismuur van dit thema" });
    await expect(wall).toHaveValue(snippet(APP, `data-knooppunt="wall" data-theme="${THEME}"`));
    await expect(wall).toHaveAttribute("readonly", "");
    await expect(page.getByRole("textbox", { name: "Code voor de bijeenkomsten van dit thema" })).toHaveValue(
      snippet(APP, `data-knooppunt="events" data-theme="${THEME}"`),
    );
    const group = page.getByRole("group", { name: "Code voor de kennismuur van dit thema" });
    await group.getByRole("button", { name: "Kopiëren" }).click();
    await expect(group.getByRole("status")).toHaveText("Gekopieerd");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet(APP, `data-knooppunt="wall" data-theme="${THEME}"`));
  });

  test("a meeting page offers its theme's meetings", async ({ page }) => {
    await page.goto(`/events/${themeMeeting.id}`);
    await openSnippets(page);
    await expect(page.getByRole("textbox", { name: "Code voor de bijeenkomsten van dit thema" })).toHaveValue(
      snippet(APP, `data-knooppunt="events" data-theme="${THEME}"`),
    );
  });

  test("a member page offers the member's card", async ({ page }) => {
    await page.goto(`/members/${MEMBER.id}`);
    await openSnippets(page);
    await expect(page.getByRole("textbox", { name: "Code voor dit profiel" })).toHaveValue(
      snippet(APP, `data-knooppunt="member" data-member="${MEMBER.id}"`),
    );
  });
});
