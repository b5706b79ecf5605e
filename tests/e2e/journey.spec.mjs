// A visitor's journey through the network: find a colleague, read what she wrote,
// follow it to its theme and back to the author.
import { test, expect } from "@playwright/test";
import { h1, expectPage, searchBox, memberList, detailLinks, linkByHref, linkPath, headingNamedBy, resultCount, expectListed } from "./helpers.mjs";

const JOSE = { name: "José Bakker", id: "m-jose-bakker", organisation: "Gemeente 's-Hertogenbosch" };

test("member → post → theme → back to the author", async ({ page }) => {
  // Find José in the directory.
  await page.goto("/members");
  await expectPage(page, "Leden");
  await searchBox(page).fill("jose");
  await memberList(page).getByRole("link", { name: JOSE.name, exact: true }).click();

  // Her page: name, organisation, recent contributions.
  await expect(page).toHaveURL((url) => url.pathname === `/members/${JOSE.id}`);
  await expectPage(page, JOSE.name);
  await expect(h1(page)).toBeFocused();
  await expect(page.getByRole("main").getByText(JOSE.organisation).first()).toBeVisible();
  const recent = page.getByRole("heading", { name: "Recente bijdragen" });
  await expect(recent).toBeVisible();
  const section = page.locator("section").filter({ has: recent });
  await expect(section).toHaveCount(1);
  const postLinks = await section.getByRole("link").evaluateAll((links) =>
    links
      .map((a) => ({ href: a.getAttribute("href"), path: new URL(a.href).pathname, text: a.textContent.replace(/\s+/g, " ").trim() }))
      .filter((l) => /^\/wall\/[^/]+$/.test(l.path)),
  );
  expect(postLinks.length, "José has at least 3 posts listed").toBeGreaterThanOrEqual(3);

  // Open her posts until one belongs to a theme (most do).
  let theme = null;
  for (const post of postLinks) {
    await page.getByRole("main").locator(`a[href="${post.href}"]`).first().click();
    await expect(page).toHaveURL((url) => url.pathname === post.path);
    post.title = await headingNamedBy(page, post.text);
    await expectPage(page, post.title);
    await expect(h1(page)).toBeFocused();
    // The post names its author with a link back to her page.
    const author = page.getByRole("main").getByRole("link", { name: JOSE.name, exact: true }).first();
    await expect(author).toBeVisible();
    expect(await linkPath(author)).toBe(`/members/${JOSE.id}`);
    const themeLinks = await page
      .getByRole("main")
      .getByRole("link")
      .evaluateAll((links) =>
        links
          .map((a) => ({ href: a.getAttribute("href"), path: new URL(a.href).pathname, text: a.textContent.replace(/\s+/g, " ").trim() }))
          .filter((l) => /^\/themes\/[^/]+$/.test(l.path)),
      );
    if (themeLinks.length > 0) {
      theme = { ...themeLinks[0], post };
      break;
    }
    await page.goBack();
    await expectPage(page, JOSE.name);
  }
  expect(theme, "one of José's posts links to its theme").not.toBeNull();

  // The theme page.
  await linkByHref(page, theme.href).click();
  await expect(page).toHaveURL((url) => url.pathname === theme.path);
  const themeName = await headingNamedBy(page, theme.text);
  await expectPage(page, themeName);
  await expect(h1(page)).toBeFocused();

  // And back through history to the post and to José.
  await page.goBack();
  await expectPage(page, theme.post.title);
  await page.getByRole("main").getByRole("link", { name: JOSE.name, exact: true }).first().click();
  await expectPage(page, JOSE.name);
});

test("the home page leads to the latest posts, upcoming meetings and themes", async ({ page }) => {
  await page.goto("/");
  await expectPage(page, "Knooppunt");
  for (const [heading, prefix] of [
    ["Laatste bijdragen", "/wall"],
    ["Komende bijeenkomsten", "/events"],
    ["Thema's", "/themes"],
  ]) {
    const section = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: heading, exact: true }) });
    await expect(section, `section "${heading}"`).toHaveCount(1);
    await expect
      .poll(
        () =>
          section
            .getByRole("link")
            .evaluateAll((links, prefix) => links.filter((a) => new URL(a.href).pathname.startsWith(prefix + "/")).length, prefix),
        { message: `links to ${prefix}/… under "${heading}"` },
      )
      .toBeGreaterThan(0);
  }
  // Follow the first latest post.
  await page.goto("/");
  const [post] = await detailLinks(page, "/wall");
  await linkByHref(page, post.href).click();
  await headingNamedBy(page, post.text);
});

test("a profile's organisation lists its colleagues, and the way back shows everyone", async ({ page }) => {
  await page.goto("/members");
  const everyone = await resultCount(page);

  await page.goto(`/members/${JOSE.id}`);
  await expectPage(page, JOSE.name);
  await page.getByRole("main").getByRole("link", { name: JOSE.organisation, exact: true }).click();

  await expect(page).toHaveURL((url) => url.pathname === "/members" && url.searchParams.get("organisatie") !== null);
  await expectPage(page, "Leden");
  const removeOrganisation = page.getByRole("link", { name: `Filter Organisatie: ${JOSE.organisation} verwijderen` });
  await expect(removeOrganisation).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Organisatie", exact: true })).toHaveValue(/\S/);
  await expectListed(page, JOSE.name);
  const colleagues = await resultCount(page);
  expect(colleagues).toBeGreaterThanOrEqual(1);
  expect(colleagues).toBeLessThan(everyone);
  // Every colleague on the page shows the same organisation.
  const cards = memberList(page).getByRole("listitem");
  for (let i = 0; i < (await cards.count()); i++) {
    await expect(cards.nth(i)).toContainText(JOSE.organisation);
  }

  await removeOrganisation.click();
  await expect(removeOrganisation).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "Organisatie", exact: true })).toHaveValue("");
  await expect.poll(() => resultCount(page)).toBe(everyone);
});

test("an expertise tag on a profile lists the members with that expertise", async ({ page }) => {
  await page.goto("/members");
  const everyone = await resultCount(page);

  await page.goto(`/members/${JOSE.id}`);
  await expectPage(page, JOSE.name);
  const tag = page.getByRole("list", { name: "Expertise" }).getByRole("link", { name: "Open data", exact: true });
  // A link to another page is not "the current page", even though both are under /members.
  await expect(tag).not.toHaveAttribute("aria-current", "page");
  await tag.click();

  await expect(page).toHaveURL((url) => url.pathname === "/members" && url.searchParams.get("expertise") === "Open data");
  const removeTag = page.getByRole("link", { name: "Filter Expertise: Open data verwijderen" });
  await expect(removeTag).toBeVisible();
  await expectListed(page, JOSE.name);
  const experts = await resultCount(page);
  expect(experts).toBeGreaterThanOrEqual(1);
  expect(experts).toBeLessThan(everyone);

  await removeTag.click();
  await expect(removeTag).toHaveCount(0);
  await expect.poll(() => resultCount(page)).toBe(everyone);
});
