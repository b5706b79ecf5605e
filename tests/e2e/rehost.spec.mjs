// Rehosting without a rebuild (issue 7): the release build under test is published with
// scripts/publish.mjs for a second host — another name, colours, English, the static
// backend, under /netwerk/ — and served by the plain static server. Navigation, deep
// links, reloads and assets work there; and the Content-Security-Policy from
// docs/hosting.md is applied to one run, in which nothing is blocked.
import { test, expect } from "@playwright/test";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = path.resolve(root, process.env.KNOOPPUNT_E2E_DIST || "dist");
const config = JSON.parse(readFileSync(path.join(root, "tests/e2e/fixtures/netwerk-config.json"), "utf8"));
const port = Number(process.env.KNOOPPUNT_E2E_REHOST_PORT || 8095);
const cspPort = port + 1;
const site = `http://127.0.0.1:${port}`;
const strict = `http://127.0.0.1:${cspPort}`;

/** The policy docs/hosting.md gives hosts; kept in one place for the test and the guide. */
export const CSP = readFileSync(path.join(root, "docs/csp.txt"), "utf8").trim();

// One published site and its two servers for the whole file.
test.describe.configure({ mode: "serial" });

let out;
const servers = [];

async function serve(dir, listenPort, extra = []) {
  const child = spawn("node", ["scripts/serve.mjs", "--dir", dir, "--port", String(listenPort), "--base", "/netwerk/", ...extra], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  servers.push(child);
  await new Promise((resolve, reject) => {
    child.stdout.on("data", (d) => String(d).includes("draait op") && resolve());
    child.on("exit", (code) => reject(new Error(`serve.mjs stopte met ${code}`)));
  });
}

test.beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), "knooppunt-netwerk-"));
  const configFile = path.join(out, "config.json");
  execFileSync("node", ["-e", `require("fs").writeFileSync(${JSON.stringify(configFile)}, ${JSON.stringify(JSON.stringify(config))})`]);
  execFileSync("node", ["scripts/publish.mjs", "--dist", dist, "--config", configFile, "--out", path.join(out, "site")], { cwd: root });
  await serve(path.join(out, "site"), port);
  await serve(path.join(out, "site"), cspPort, ["--csp", CSP]);
});

test.afterAll(() => {
  for (const s of servers) s.kill();
  if (out) rmSync(out, { recursive: true, force: true });
});

const nav = (page) => page.getByRole("navigation", { name: "Main menu" });

test("the web app manifest carries the host's name, colour and path, and its icons exist", async ({ page, request }) => {
  const { manifestFor } = await import("../../scripts/publish.mjs");
  // The build's own manifest is the one for the shipped config at "/": they cannot drift.
  const shipped = JSON.parse(readFileSync(path.join(root, "public/config.json"), "utf8"));
  expect(JSON.parse(readFileSync(path.join(dist, "manifest.webmanifest"), "utf8"))).toEqual(manifestFor(shipped, "/"));

  await page.goto(`${site}/netwerk/`);
  const href = await page.locator("link[rel='manifest']").evaluate((l) => l.href);
  expect(new URL(href).pathname).toBe("/netwerk/manifest.webmanifest");
  const manifest = await (await request.get(href)).json();
  expect(manifest).toMatchObject({
    name: config.site_name,
    lang: "en",
    start_url: "/netwerk/",
    scope: "/netwerk/",
    display: "standalone",
    theme_color: config.tokens["color-primary"],
  });
  const sizes = [];
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, href).href);
    expect(response.status(), icon.src).toBe(200);
    const png = await response.body();
    sizes.push(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}${icon.purpose ? ` ${icon.purpose}` : ""}`);
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
  }
  expect(sizes).toEqual(["192x192", "512x512", "512x512 maskable"]);
});

test("the same build, published for another host, runs under /netwerk/ in English with its own look", async ({ page }) => {
  // No rebuild: the published page loads exactly the main WASM module of the build under test.
  const wasm = readdirSync(dist).find((f) => /^knooppunt-[0-9a-f]+_bg\.wasm$/.test(f));
  expect(readFileSync(path.join(out, "site", "index.html"), "utf8")).toContain(wasm);

  const outside = [];
  const failed = [];
  page.on("response", (r) => {
    const url = new URL(r.url());
    if (url.origin === site && !url.pathname.startsWith("/netwerk/")) outside.push(url.pathname);
    if (r.status() >= 400) failed.push(`${r.status()} ${url.pathname}`);
  });
  await page.goto(`${site}/netwerk/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(config.site_name);
  await expect(page).toHaveTitle(config.site_name);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("banner").getByRole("link", { name: config.site_name })).toBeVisible();
  expect(await page.getByRole("banner").locator("img").evaluate((img) => new URL(img.src).pathname)).toBe(`/netwerk/${config.logo}`);
  await expect(page.getByRole("main").getByText(config.tagline)).toBeVisible();
  for (const name of ["Members", "Themes", "Knowledge wall", "Meetings"]) {
    await expect(nav(page).getByRole("link", { name, exact: true })).toBeVisible();
  }
  const primary = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--color-primary").trim());
  expect(primary).toBe(config.tokens["color-primary"]);
  expect(await page.locator("link[rel='icon']").evaluate((l) => new URL(l.href).pathname)).toBe("/netwerk/icons/logo.svg");
  await expect(page.getByRole("main").getByRole("link").first()).toBeVisible();
  expect(outside, "requests outside /netwerk/").toEqual([]);
  expect(failed, "failed requests").toEqual([]);
});

test("navigation, deep links, reload and back work under /netwerk/", async ({ page }) => {
  await page.goto(`${site}/netwerk/`);
  await nav(page).getByRole("link", { name: "Members", exact: true }).click();
  await expect(page).toHaveURL(`${site}/netwerk/members`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Members");
  const member = page.getByRole("list", { name: "Members" }).getByRole("link").first();
  const name = (await member.innerText()).trim();
  await member.click();
  await expect(page).toHaveURL(new RegExp(`^${site}/netwerk/members/[^/]+$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await page.goBack();
  await expect(page).toHaveURL(`${site}/netwerk/members`);

  // A deep link opened cold, and a link inside it.
  await page.goto(`${site}/netwerk/themes`);
  const theme = page.getByRole("list", { name: "Themes" }).getByRole("link").first();
  const themePath = new URL(await theme.evaluate((a) => a.href)).pathname;
  expect(themePath).toMatch(/^\/netwerk\/themes\/[a-z0-9-]+$/);
  const fresh = await page.context().newPage();
  await fresh.goto(`${site}${themePath}`);
  await expect(fresh.getByRole("heading", { level: 1 })).not.toHaveText("");
  await fresh.getByRole("banner").getByRole("link", { name: config.site_name }).click();
  await expect(fresh).toHaveURL(`${site}/netwerk/`);
  await fresh.close();

  // A path the app does not know is its own not-found page, still under the base.
  await page.goto(`${site}/netwerk/bestaat-niet`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("a config for /netwerk/ on a page not published for it says what to do instead of half working", async ({ page }) => {
  // The build as it comes (base "/") with the host's config copied over, not published.
  await page.route("**/config.json", (route) => route.fulfill({ json: config }));
  await page.goto("/");
  await expect(page.getByRole("main")).toContainText('"base_path"');
  await expect(page.getByRole("main")).toContainText("scripts/publish.mjs");
});

test("under the Content-Security-Policy from the guide the app runs and nothing is blocked", async ({ page }) => {
  const violations = [];
  await page.exposeFunction("__cspViolation", (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const response = await page.goto(`${strict}/netwerk/`);
  expect(response.headers()["content-security-policy"]).toBe(CSP);
  const scriptSrc = CSP.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "));
  expect(scriptSrc.split(/\s+/).slice(1).sort()).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(config.site_name);
  for (const [name, heading] of [["Members", "Members"], ["Themes", "Themes"], ["Knowledge wall", "Knowledge wall"], ["Meetings", "Meetings"]]) {
    await nav(page).getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.getByRole("main").getByRole("link").first()).toBeVisible();
  }
  expect(violations, "CSP violations").toEqual([]);
  expect(errors.filter((e) => /Content Security Policy|CSP/i.test(e)), "CSP errors in the console").toEqual([]);
});
