// Shared helpers for the end-to-end specs. Elements are found by role and Dutch
// accessible name (the test contract of DESIGN.md §6); links to detail pages are
// recognised by their URL, which is part of the routing contract too.
import { expect } from "@playwright/test";

export const SITE = "Knooppunt";

/** The main navigation entries: link name → path and the h1 of the page it opens. */
export const MAIN_NAV = [
  { name: "Leden", path: "/members", heading: "Leden" },
  { name: "Thema's", path: "/themes", heading: "Thema's" },
  { name: "Kennismuur", path: "/wall", heading: "Kennismuur" },
  { name: "Bijeenkomsten", path: "/events", heading: "Bijeenkomsten" },
];

/** The detail pages, each reached from its list: what it shows, the list, and its path prefix. */
export const DETAIL_PAGES = [
  { what: "member", list: "/members", prefix: "/members" },
  { what: "theme", list: "/themes", prefix: "/themes" },
  { what: "post", list: "/wall", prefix: "/wall" },
  { what: "meeting", list: "/events", prefix: "/events" },
];

/** The one and only h1 of the page. */
export const h1 = (page) => page.getByRole("heading", { level: 1 });

/** Expects the page heading and the document title that belongs to it. */
export async function expectPage(page, heading) {
  await expect(h1(page)).toHaveText(heading);
  await expect(h1(page)).toHaveCount(1);
  await expect(page).toHaveTitle(heading === SITE ? SITE : `${heading} · ${SITE}`);
}

/** Expects the shell every page has: skip link, banner, main navigation, main, footer. */
export async function expectShell(page) {
  await expect(page.getByRole("link", { name: "Naar de inhoud" })).toHaveCount(1);
  const banner = page.getByRole("banner");
  await expect(banner).toHaveCount(1);
  const home = banner.getByRole("link", { name: SITE, exact: true });
  await expect(home).toBeVisible();
  await expect(home).toHaveAttribute("href", /^(\/|\.\/?|https?:\/\/[^/]+\/)$/);
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(nav).toBeVisible();
  for (const item of MAIN_NAV) {
    const link = nav.getByRole("link", { name: item.name, exact: true });
    await expect(link).toBeVisible();
    expect(await linkPath(link)).toBe(item.path);
  }
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toHaveCount(1);
}

/** The path a link leads to, resolved by the browser (against the page's <base href>). */
export const linkPath = (link) => link.evaluate((a) => new URL(a.href).pathname);

/** The path and query a link leads to, resolved by the browser. */
export const linkTarget = (link) => link.evaluate((a) => new URL(a.href).pathname + new URL(a.href).search);

/**
 * The links inside <main> whose path is `${prefix}/<something>` (a detail page), in
 * document order, as { href, path, text }. Waits until there is at least one.
 */
export async function detailLinks(page, prefix, { min = 1 } = {}) {
  const collect = () =>
    page
      .getByRole("main")
      .getByRole("link")
      .evaluateAll(
        (links, prefix) =>
          links
            .map((a) => ({
              href: a.getAttribute("href"),
              path: new URL(a.href, location.href).pathname,
              text: a.textContent.replace(/\s+/g, " ").trim(),
            }))
            .filter((l) => l.path.startsWith(prefix + "/") && l.path.length > prefix.length + 1 && !l.path.slice(prefix.length + 1).includes("/")),
        prefix,
      );
  await expect
    .poll(async () => (await collect()).length, { message: `links to ${prefix}/… in <main>`, timeout: 15_000 })
    .toBeGreaterThanOrEqual(min);
  return collect();
}

/** The <main> link that points at exactly this href attribute. */
export const linkByHref = (page, href) =>
  page.getByRole("main").getByRole("link").and(page.locator(`a[href="${href.replace(/"/g, '\\"')}"]`)).first();

/**
 * Waits until the page's h1 is a name the link text contains (a detail page may show a
 * loading heading first) and returns it.
 */
export async function headingNamedBy(page, linkText) {
  const read = async () => ((await h1(page).count()) === 1 ? (await h1(page).innerText()).trim() : "");
  await expect
    .poll(async () => {
      const heading = await read();
      return heading !== "" && linkText.includes(heading);
    }, { message: `an h1 that the link text "${linkText}" contains` })
    .toBe(true);
  return read();
}

/** Opens a detail page by clicking its link and returns its heading text. */
export async function openDetail(page, link) {
  await linkByHref(page, link.href).click();
  await expect(page).toHaveURL((url) => url.pathname === link.path);
  return headingNamedBy(page, link.text);
}

/** Waits until the data of a page has arrived (no outstanding requests). */
export async function settle(page) {
  await page.waitForLoadState("networkidle");
}

// ── directory ──────────────────────────────────────────────────────────────────

export const searchBox = (page) => page.getByRole("searchbox", { name: "Zoek leden" });
export const provinceSelect = (page) => page.getByRole("combobox", { name: "Provincie" });
export const memberList = (page) => page.getByRole("list", { name: "Leden" });

/** The live region with the results count ("312 leden", "1 lid", "0 leden"). */
export const resultsStatus = (page) =>
  page.getByRole("status").filter({ hasText: /\b\d+\s+(leden|lid)\b/ });

/** The number in the results count, once it is shown. */
export async function resultCount(page) {
  await expect(resultsStatus(page)).toHaveCount(1);
  const text = await resultsStatus(page).innerText();
  const m = text.match(/(\d+)\s+(leden|lid)\b/);
  expect(m, `results count in "${text}"`).not.toBeNull();
  const n = Number(m[1]);
  expect(m[2], `singular/plural in "${text}"`).toBe(n === 1 ? "lid" : "leden");
  return n;
}

/** Names of the members in the results list on the current page. */
export async function listedNames(page) {
  return memberList(page)
    .getByRole("listitem")
    .evaluateAll((items) =>
      items.map((li) => (li.querySelector("a")?.textContent ?? li.textContent).replace(/\s+/g, " ").trim()),
    );
}

/** The member-page paths of the results on the current page, in order. */
export async function listedLinks(page) {
  return memberList(page)
    .getByRole("listitem")
    .evaluateAll((items) => items.map((li) => li.querySelector("a")?.getAttribute("href") ?? ""));
}

/** The text of the selected province option ("Alle provincies", "Utrecht (23)"). */
export const selectedProvince = (page) =>
  provinceSelect(page).evaluate((s) => (s.selectedIndex < 0 ? "" : s.options[s.selectedIndex].textContent.trim()));

/** Expects "José Bakker" (or whoever) among the listed results. */
export async function expectListed(page, name) {
  await expect(memberList(page).getByRole("link", { name, exact: true })).toBeVisible();
}

/** Counts the results over all pages by following "Volgende pagina". */
export async function countAllPages(page, { maxPages = 60 } = {}) {
  let total = 0;
  for (let i = 0; i < maxPages; i++) {
    await expect(memberList(page).getByRole("listitem").first()).toBeVisible();
    const links = await listedLinks(page);
    total += links.length;
    const next = page.getByRole("link", { name: "Volgende pagina" });
    if ((await next.count()) === 0 || (await next.getAttribute("aria-disabled")) === "true") return total;
    const firstBefore = links[0];
    await next.click();
    await expect.poll(async () => (await listedLinks(page))[0]).not.toBe(firstBefore);
  }
  throw new Error(`more than ${maxPages} pages`);
}

/** "Noord-Brabant (23)" → { label: "Noord-Brabant", count: 23 } */
export function parseOption(text) {
  const m = text.trim().match(/^(.+?)\s*\(([\d.]+)\)$/);
  return m ? { label: m[1], count: Number(m[2].replace(/\./g, "")) } : null;
}

/** Formats axe-core violations for a failure message. */
export function formatViolations(violations) {
  return violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ")}`)
          .join("\n"),
    )
    .join("\n");
}

// ── accounts (PocketBase) ──────────────────────────────────────────────────────────

/** The password of the members the specs register. */
export const MEMBER_PASSWORD = "een-lang-wachtwoord";

/**
 * Registers a fresh member through "Registreren" in this page's context (first
 * organisation in the list) and waits until they are logged in.
 * Returns { name, email, id, token }.
 */
export async function registerMember(page, name, { prefix = "lid" } = {}) {
  const email = `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.nl`;
  await page.goto("/register");
  await page.getByLabel("Naam").fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(MEMBER_PASSWORD);
  const organisation = page.getByLabel("Organisatie");
  await expect(organisation.locator("option")).not.toHaveCount(1);
  await organisation.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Registreren" }).click();
  await expect(page.getByRole("banner").getByRole("button", { name: "Uitloggen" })).toBeVisible();
  const session = await page.evaluate(() => JSON.parse(localStorage.getItem("knooppunt.sessie")));
  return { name, email, id: session.account.id, token: session.token };
}

/** Logs in on /login and waits until the header says so. */
export async function logInAs(page, { email, password }) {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("banner").getByRole("button", { name: "Uitloggen" })).toBeVisible();
}
