// Wall latency in headless Chromium, for tests/bench/wall.sh. Prints figures, never
// asserts a time.
//
//   node tests/bench/wall.mjs --url URL [--runs 5] [--live 20] --writer email:password
//
// Cold load: fresh context, navigation start → the first post link of the list
// "Kennismuur" in the DOM with a layout box (MutationObserver installed before any script).
// Live: a reader on /wall; a writer posts through the API; the time from just before the
// request (Date.now() in Node) to the moment the reader's "N nieuwe berichten" button is in
// the DOM (Date.now() in the page; one machine, one clock). Median of `--live` posts.
// Long tasks: PerformanceObserver("longtask") in the reader while "Oudere bijdragen laden"
// loads five more pages, one after the other.
import { chromium } from "@playwright/test";
import { chromiumArgs } from "../e2e/playwright.config.mjs";

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const baseURL = arg("url", "http://127.0.0.1:8090");
const runs = Number(arg("runs", 5));
const live = Number(arg("live", 20));
const [email, password] = arg("writer", ":").split(":");
const executablePath = process.env.KNOOPPUNT_CHROMIUM || "/usr/bin/chromium";
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const ms = (v) => `${v.toFixed(0)} ms`;

const firstPostObserver = () => {
  const check = () => {
    for (const list of document.querySelectorAll('ul[aria-label="Kennismuur"]')) {
      const link = list.querySelector("a[href]");
      if (link && link.getClientRects().length > 0) {
        window.__firstPost = performance.now();
        return true;
      }
    }
    return false;
  };
  const mo = new MutationObserver(() => check() && mo.disconnect());
  mo.observe(document, { childList: true, subtree: true, attributes: true });
};

const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
try {
  console.log(`\n== koude start /wall, 50 000 bijdragen (${runs}× nieuwe context, bezoeker) ==`);
  const cold = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    await page.addInitScript(firstPostObserver);
    await page.goto(`${baseURL}/wall`, { waitUntil: "commit" });
    await page.waitForFunction(() => window.__firstPost !== undefined, null, { timeout: 120_000, polling: 50 });
    const t = await page.evaluate(() => window.__firstPost);
    cold.push(t);
    console.log(`  run ${i + 1}: eerste bijdrage na ${ms(t)}`);
    await context.close();
  }
  console.log(`  mediaan ${ms(quantile(cold, 0.5))}`);

  const auth = await (await fetch(`${baseURL}/api/collections/members/auth-with-password`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ identity: email, password }),
  })).json();
  if (!auth.token) throw new Error(`writer ${email} could not log in`);

  console.log(`\n== live: bijdrage in de ene context → knop in de andere (${live} bijdragen) ==`);
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(`${baseURL}/wall`);
  await page.getByRole("list", { name: "Kennismuur" }).getByRole("link").first().waitFor();
  await page.waitForLoadState("networkidle");
  const delays = [];
  for (let i = 0; i < live; i++) {
    await page.evaluate(() => {
      window.__seen = new Promise((resolve) => {
        const find = () => [...document.querySelectorAll("button")].find((b) => /nieuwe? bericht/.test(b.textContent));
        const mo = new MutationObserver(() => {
          if (find()) {
            mo.disconnect();
            resolve(Date.now());
          }
        });
        mo.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    });
    const sent = Date.now();
    const title = `Live meting ${i} ${sent}`;
    const res = await fetch(`${baseURL}/api/collections/posts/records`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: auth.token },
      body: JSON.stringify({ author: auth.record.id, kind: "knowledge", title, body: "Meting." }),
    });
    if (!res.ok) throw new Error(`post ${i}: ${res.status} ${await res.text()}`);
    const seen = await page.evaluate(() => window.__seen);
    delays.push(seen - sent);
    // Take the new posts in, so the next one makes the button appear again.
    await page.getByRole("button", { name: /nieuwe? bericht/ }).click();
    await page.getByRole("list", { name: "Kennismuur" }).getByRole("listitem").first().filter({ hasText: title }).waitFor();
  }
  console.log(`  ${delays.map((d) => d.toFixed(0)).join(" ")} ms`);
  console.log(`  mediaan ${ms(quantile(delays, 0.5))}, p95 ${ms(quantile(delays, 0.95))}, max ${ms(Math.max(...delays))}`);

  console.log("\n== lange taken (> 50 ms) bij vijf keer \"Oudere bijdragen laden\" ==");
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push(e.duration);
    }).observe({ type: "longtask", buffered: false });
  });
  const started = Date.now();
  for (let i = 0; i < 5; i++) {
    const before = await page.getByRole("list", { name: "Kennismuur" }).getByRole("listitem").count();
    await page.getByRole("button", { name: "Oudere bijdragen laden" }).click();
    await page
      .waitForFunction((n) => document.querySelectorAll('ul[aria-label="Kennismuur"] > li').length > n, before, {
        timeout: 60_000,
      })
      .catch(async (error) => {
        const main = await page.getByRole("main").innerText();
        throw new Error(`${error.message}\n${before} bijdragen; pagina:\n${main.slice(-600)}`);
      });
  }
  const long = await page.evaluate(() => window.__long);
  const total = await page.getByRole("list", { name: "Kennismuur" }).getByRole("listitem").count();
  console.log(
    `  ${total} bijdragen in beeld na ${Date.now() - started} ms; ${long.length} lange taken` +
      (long.length ? `: ${long.map((d) => d.toFixed(0)).join(", ")} ms (samen ${long.reduce((a, b) => a + b, 0).toFixed(0)} ms)` : ""),
  );
  await context.close();
} finally {
  await browser.close();
}
