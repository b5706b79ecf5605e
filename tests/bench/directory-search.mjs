// Directory search latency in headless Chromium, for tests/bench/directory.sh. Prints
// figures, never asserts a time.
//
//   node tests/bench/directory-search.mjs --url http://127.0.0.1:8094 --label "static, 10 000"
//        [--runs 5] [--keystrokes 50] [--login email:password]
//
// Cold load: fresh browser context, navigation start → the first member link of the
// list "Leden" in the DOM with a layout box (a MutationObserver installed before any
// script runs), `--runs` times.
// Keystrokes: realistic queries typed one key at a time into "Zoek leden". Per key, the
// time from the keydown event (performance.now() in the page) to the moment the results
// container says it shows the results for the text typed so far (its
// data-results-for attribute, set when the list is rendered), plus one animation frame,
// so the new list has been laid out for painting.
import { chromium } from "@playwright/test";
import { chromiumArgs } from "../e2e/playwright.config.mjs";

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const baseURL = arg("url", "http://127.0.0.1:8094");
const label = arg("label", baseURL);
const runs = Number(arg("runs", 5));
const keystrokes = Number(arg("keystrokes", 50));
const login = arg("login", "");
const executablePath = process.env.KNOOPPUNT_CHROMIUM || "/usr/bin/chromium";
// What members of a network of public servants search for: names, organisations,
// job titles, themes; some with two words.
const QUERIES = ["jan", "de vries", "beleid", "utrecht", "water", "adviseur omgevingswet", "bakker", "data", "gemeente zwolle"];

const firstMemberObserver = () => {
  const check = () => {
    if (window.__firstMember !== undefined) return true;
    for (const list of document.querySelectorAll("ul[aria-label]")) {
      if (list.getAttribute("aria-label") !== "Leden") continue;
      const link = list.querySelector("a[href]");
      if (link && link.getClientRects().length > 0) {
        window.__firstMember = performance.now();
        return true;
      }
    }
    return false;
  };
  const mo = new MutationObserver(() => check() && mo.disconnect());
  mo.observe(document, { childList: true, subtree: true, attributes: true });
};

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const ms = (v) => `${v.toFixed(0)} ms`;

async function logIn(page) {
  const [email, password] = login.split(":");
  await page.goto(`${baseURL}/login`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("banner").getByRole("button", { name: "Uitloggen" }).waitFor();
}

const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
try {
  console.log(`\n== ${label}: koude start /members (${runs}× nieuwe context) ==`);
  const cold = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    if (login) await logIn(page);
    await page.addInitScript(firstMemberObserver);
    await page.goto(`${baseURL}/members`, { waitUntil: "commit" });
    await page.waitForFunction(() => window.__firstMember !== undefined, null, { timeout: 120_000, polling: 50 });
    const t = await page.evaluate(() => ({
      first: window.__firstMember,
      bytes: performance.getEntriesByType("resource").reduce((s, r) => s + (r.transferSize || 0), 0),
    }));
    cold.push(t.first);
    console.log(`  run ${i + 1}: eerste lid na ${ms(t.first)} (${(t.bytes / 1024).toFixed(0)} KiB over de lijn)`);
    await context.close();
  }
  console.log(`  mediaan ${ms(quantile(cold, 0.5))}`);

  console.log(`\n== ${label}: toetsaanslag → bijgewerkte resultaten (${keystrokes} aanslagen) ==`);
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  if (login) await logIn(page);
  await page.goto(`${baseURL}/members`);
  const box = page.getByRole("searchbox", { name: "Zoek leden" });
  await page.locator('[data-results-for=""]').waitFor({ timeout: 120_000 });
  await page.evaluate(() => {
    const input = document.querySelector('input[type="search"]');
    input.addEventListener("keydown", () => (window.__keydown = performance.now()), { capture: true });
    window.__shown = (text) =>
      new Promise((resolve) => {
        const container = document.querySelector("[data-results-for]");
        const done = () => requestAnimationFrame(() => resolve(performance.now() - window.__keydown));
        if (container.dataset.resultsFor === text) return done();
        const mo = new MutationObserver(() => {
          if (container.dataset.resultsFor === text) {
            mo.disconnect();
            done();
          }
        });
        mo.observe(container, { attributes: true, attributeFilter: ["data-results-for"] });
      });
  });
  const samples = [];
  const perQuery = [];
  outer: for (let round = 0; ; round++) {
    for (const query of QUERIES) {
      await box.fill("");
      await page.locator('[data-results-for=""]').waitFor();
      await box.focus();
      const times = [];
      for (let i = 1; i <= query.length; i++) {
        const typed = query.slice(0, i);
        const shown = page.evaluate((text) => window.__shown(text), typed);
        await page.keyboard.press(query[i - 1] === " " ? "Space" : query[i - 1]);
        const t = await shown;
        times.push(t);
        samples.push(t);
        if (samples.length >= keystrokes) {
          perQuery.push([query.slice(0, i), times]);
          break outer;
        }
      }
      perQuery.push([query, times]);
    }
    if (round > 5) break;
  }
  for (const [query, times] of perQuery) {
    console.log(`  "${query}": ${times.map((t) => t.toFixed(0)).join(" ")} ms`);
  }
  console.log(
    `  ${samples.length} aanslagen: mediaan ${ms(quantile(samples, 0.5))}, p95 ${ms(quantile(samples, 0.95))}, max ${ms(Math.max(...samples))}`,
  );
  await context.close();
} finally {
  await browser.close();
}
