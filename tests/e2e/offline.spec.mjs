// Offline (issue 8): the service worker (sw.js, scripts/make-sw.mjs) precaches this
// build's app shell, so a reader who loaded the app once can reload it without a network
// and reopen the pages they read, at "/" and under a host's sub-path. A page never read
// offline shows the app's own "no connection" state, not the browser's error page.
import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { h1, expectPage, detailLinks, linkByHref, openDetail } from "./helpers.mjs";
import { pocketbaseURL } from "./playwright.config.mjs";
import { builtVersion, controllerVersion, earlyReadsKept, serve, untilControlled } from "./sw-helpers.mjs";

test.use({ serviceWorkers: "allow" });

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = path.resolve(root, process.env.KNOOPPUNT_E2E_DIST || "dist");

const nav = (page) => page.getByRole("navigation", { name: "Hoofdmenu" });
const offlineBanner = (page) => page.getByText("Je bent offline");
const NO_CONNECTION = "Er is geen verbinding met de server";

test("the worker precaches this build's WASM, JS, CSS, config, manifest and icons, and no data", async ({ page, baseURL }) => {
  await page.goto("/");
  const scope = await untilControlled(page);
  expect(scope).toBe(`${baseURL}/`);
  const version = builtVersion(dist);
  expect(await controllerVersion(page)).toBe(version);

  const { names, shell } = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith("knooppunt-shell-")));
    return { names, shell: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
  expect(names).toContain(`knooppunt-shell-${version}`);
  expect(names.filter((n) => n.startsWith("knooppunt-shell-"))).toHaveLength(1);

  const top = readdirSync(dist);
  const expected = [
    "/",
    ...top.filter((f) => /\.(js|wasm|css)$/.test(f) && f !== "sw.js").map((f) => `/${f}`),
    "/config.json",
    "/manifest.webmanifest",
    // The .br/.gz copies are the same files in another encoding: never listed themselves.
    ...readdirSync(path.join(dist, "icons"))
      .filter((f) => !/\.(?:br|gz)$/.test(f))
      .map((f) => `/icons/${f}`),
  ];
  for (const what of [/^knooppunt-[0-9a-f]{1,16}_bg\.wasm$/, /^knooppunt-[0-9a-f]{1,16}\.js$/, /^boot-[0-9a-f]{16}\.js$/, /^stylers\.css$/, /^base-[0-9a-f]{1,16}\.css$/]) {
    expect(top.some((f) => what.test(f)), `${what} in ${dist}`).toBe(true);
  }
  expect(shell.sort()).toEqual(expected.sort());
  expect(shell.filter((p) => p.startsWith("/data/"))).toEqual([]);
});

test("offline, a reload and the pages read before still work, in the app and opened afresh", async ({ page, context }) => {
  await page.goto("/");
  await untilControlled(page);
  await earlyReadsKept(page);
  await expectPage(page, "Knooppunt");

  // Read a few pages online: the directory and a member, the wall and a post, the themes.
  await nav(page).getByRole("link", { name: "Leden", exact: true }).click();
  await expectPage(page, "Leden");
  const [member] = await detailLinks(page, "/members");
  const memberName = await openDetail(page, member);
  await nav(page).getByRole("link", { name: "Kennismuur", exact: true }).click();
  await expectPage(page, "Kennismuur");
  const [post] = await detailLinks(page, "/wall");
  const postTitle = await openDetail(page, post);
  await nav(page).getByRole("link", { name: "Thema's", exact: true }).click();
  await expectPage(page, "Thema's");
  const themes = await detailLinks(page, "/themes");

  // What was read is kept by the worker. (Checked here, not only by reading offline below:
  // the files of a build that is not brand new may also still be fresh in the browser's
  // HTTP cache, which answers offline too.)
  const kept = await page.evaluate(async () => (await (await caches.open("knooppunt-data")).keys()).map((r) => new URL(r.url).pathname));
  expect(kept).toEqual(expect.arrayContaining(["/config.json", ...["members", "posts", "comments", "themes"].map((f) => `/data/${f}.json`)]));

  await context.setOffline(true);
  await expect(offlineBanner(page)).toBeVisible();

  // A reload: the page comes from the worker's cache, the app starts, the data is there.
  await page.reload();
  await expectPage(page, "Thema's");
  await expect(page.getByRole("main").getByRole("link", { name: themes[0].text })).toBeVisible();
  await expect(offlineBanner(page)).toBeVisible();

  // In the app: the directory and the member read before.
  await nav(page).getByRole("link", { name: "Leden", exact: true }).click();
  await expectPage(page, "Leden");
  await expect(page.getByRole("list", { name: "Leden" }).getByRole("link", { name: member.text })).toBeVisible();
  // Opened afresh, as from a bookmark: the post and the member.
  await page.goto(post.path);
  await expectPage(page, postTitle);
  await page.goto(member.path);
  await expectPage(page, memberName);
  await page.goto("/wall");
  await expectPage(page, "Kennismuur");
  await expect(page.getByRole("main").getByRole("link", { name: post.text })).toBeVisible();

  await page.goto("/");
  await expectPage(page, "Knooppunt");
});

test("English, never chosen online, can be chosen offline: its texts are precached with the app", async ({ page, context }) => {
  await page.goto("/");
  await untilControlled(page);
  await earlyReadsKept(page);
  await expectPage(page, "Knooppunt");
  await context.setOffline(true);
  await expect(offlineBanner(page)).toBeVisible();
  await page.getByRole("banner").getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Members", exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.evaluate(() => localStorage.removeItem("knooppunt.taal"));
});

test("offline, a page never read shows the app's own 'no connection' state; back online it reads", async ({ page, context }) => {
  // Only the wall is read (the directory's files are not).
  await page.goto("/wall");
  await untilControlled(page);
  await earlyReadsKept(page);
  await expectPage(page, "Kennismuur");
  const [post] = await detailLinks(page, "/wall");

  await context.setOffline(true);
  await expect(offlineBanner(page)).toBeVisible();
  // A post from the wall read before is there, its comments (never read) are not.
  await page.goto(post.path);
  await expect(h1(page)).not.toHaveText("");
  expect(post.text).toContain((await h1(page).innerText()).trim());
  const comments = page.getByRole("region", { name: "Reacties" });
  await expect(comments.getByRole("alert")).toContainText(NO_CONNECTION);
  // The directory, opened afresh: the app's shell, its heading and the state with a retry.
  await page.goto("/members");
  await expectPage(page, "Leden");
  await expect(nav(page)).toBeVisible();
  const alert = page.getByRole("main").getByRole("alert").filter({ hasText: NO_CONNECTION });
  await expect(alert).toBeVisible();
  const retry = alert.getByRole("button", { name: "Opnieuw proberen" });
  await expect(retry).toBeVisible();

  // Back online: the banner goes, and trying again reads the directory.
  await context.setOffline(false);
  await expect(offlineBanner(page)).toHaveCount(0);
  await retry.click();
  await expect(page.getByRole("list", { name: "Leden" }).getByRole("link").first()).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(NO_CONNECTION);
});

test.describe("with PocketBase serving the app", () => {
  test.use({ baseURL: pocketbaseURL });

  test("its reads are kept and shown offline after a reload; the realtime stream is left alone", async ({ page, context }) => {
    const passed = [];
    page.on("response", (r) => new URL(r.url()).pathname === "/api/realtime" && passed.push(r.fromServiceWorker()));
    await page.goto("/");
    await untilControlled(page);
    await earlyReadsKept(page);
    await nav(page).getByRole("link", { name: "Leden", exact: true }).click();
    await expectPage(page, "Leden");
    const [member] = await detailLinks(page, "/members");
    const kept = await page.evaluate(async () => (await (await caches.open("knooppunt-data")).keys()).map((r) => new URL(r.url).pathname));
    expect(kept).toContain("/api/collections/organisations/records");

    await context.setOffline(true);
    await page.reload();
    await expectPage(page, "Leden");
    await expect(linkByHref(page, member.href)).toBeVisible();
    await expect(offlineBanner(page)).toBeVisible();
    expect(passed.length, "realtime requests seen").toBeGreaterThan(0);
    expect(passed.filter(Boolean), "realtime requests answered by the worker").toEqual([]);
  });
});

test.describe("under a host's sub-path", () => {
  let out;
  let server;
  const config = JSON.parse(readFileSync(path.join(root, "tests/e2e/fixtures/netwerk-config.json"), "utf8"));

  test.beforeAll(async () => {
    out = mkdtempSync(path.join(tmpdir(), "knooppunt-sw-netwerk-"));
    writeFileSync(path.join(out, "config.json"), JSON.stringify(config));
    execFileSync("node", ["scripts/publish.mjs", "--dist", dist, "--config", path.join(out, "config.json"), "--out", path.join(out, "site")], { cwd: root });
    server = await serve(path.join(out, "site"), ["--base", "/netwerk/"]);
  });

  test.afterAll(() => {
    server?.stop();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test("the worker's scope is /netwerk/ and the published site reloads offline", async ({ page, context }) => {
    await page.goto(`${server.url}/netwerk/`);
    expect(await untilControlled(page)).toBe(`${server.url}/netwerk/`);
    await earlyReadsKept(page);
    await expect(h1(page)).toHaveText(config.site_name);
    await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Members", exact: true }).click();
    await expect(h1(page)).toHaveText("Members");
    await expect(page.getByRole("list", { name: "Members" }).getByRole("link").first()).toBeVisible();
    // The shell was cached under the sub-path, the page itself as /netwerk/.
    const shell = await page.evaluate(async () => {
      const name = (await caches.keys()).find((n) => n.startsWith("knooppunt-shell-"));
      return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    });
    const wasm = readdirSync(dist).find((f) => f.endsWith("_bg.wasm"));
    expect(shell).toEqual(expect.arrayContaining(["/netwerk/", "/netwerk/config.json", `/netwerk/${wasm}`]));
    expect(shell.filter((p) => !p.startsWith("/netwerk/"))).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    await expect(h1(page)).toHaveText("Members");
    await expect(page.getByRole("list", { name: "Members" }).getByRole("link").first()).toBeVisible();
    // The host's config (English, its name) came from the cache too, not the build's.
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto(`${server.url}/netwerk/`);
    await expect(h1(page)).toHaveText(config.site_name);
  });
});
