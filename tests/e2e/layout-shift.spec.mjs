// The home page does not jump when its latest posts arrive (issue 8, from Lighthouse:
// CLS 0.115 on "/"): while they load, their list holds a screen's height, so the meetings
// and themes below stay where the reader sees them. A phone-sized window, posts that
// arrive late, and the browser's own layout-shift records.
import { test, expect } from "@playwright/test";

test.use({ viewport: { width: 412, height: 823 } });

test("the home page does not shift when its posts arrive late", async ({ page }) => {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.route("**/data/posts.json", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.goto("/");
  // The page is there while the posts load: heading, the loading state, the meetings.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const postsRegion = page.getByRole("region", { name: "Laatste bijdragen" });
  await expect(postsRegion.getByRole("status")).toHaveText("Bezig met laden…");
  await expect(page.getByRole("region", { name: "Komende bijeenkomsten" })).toBeAttached();
  const posts = page.getByRole("region", { name: "Laatste bijdragen" }).getByRole("listitem");
  await expect(posts.first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Komende bijeenkomsten" })).toBeAttached();
  const shifts = await page.evaluate(() => window.__shifts);
  const total = shifts.reduce((sum, value) => sum + value, 0);
  expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(0.01);
});
