// "Toevoegen aan agenda" (issue 6): the downloaded file is read back as RFC 5545 and
// checked field by field, also for a meeting across the change to winter time; the
// page shows Amsterdam times even when the browser is in another zone.
import { test, expect } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { pocketbaseURL } from "./playwright.config.mjs";
import { expectPage } from "./helpers.mjs";
import { apiMember, meetingOf, themeWith } from "./groups.mjs";

test.use({ baseURL: pocketbaseURL, timezoneId: "America/New_York" });

/** Unfolds RFC 5545 content lines and reads them as [{ name, params, value }]. */
function parseCalendar(text) {
  expect(text.endsWith("\r\n"), "ends with CRLF").toBe(true);
  const physical = text.slice(0, -2).split("\r\n");
  for (const line of physical) {
    expect(line.includes("\n") || line.includes("\r"), `bare line break in ${JSON.stringify(line)}`).toBe(false);
    expect(Buffer.byteLength(line, "utf8"), `line of over 75 octets: ${line}`).toBeLessThanOrEqual(75);
  }
  const logical = [];
  for (const line of physical) {
    if (line.startsWith(" ")) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  return logical.map((line) => {
    const colon = line.indexOf(":");
    const [name, ...params] = line.slice(0, colon).split(";");
    return { name, params, value: line.slice(colon + 1) };
  });
}

const unescape = (value) => value.replace(/\\([\\;,nN])/g, (_, c) => (c === "n" || c === "N" ? "\n" : c));

async function downloadCalendar(page) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Toevoegen aan agenda" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^bijeenkomst-[a-z0-9-]+\.ics$/);
  return parseCalendar(await readFile(await download.path(), "utf8"));
}

function eventOf(lines) {
  const start = lines.findIndex((l) => l.name === "BEGIN" && l.value === "VEVENT");
  const end = lines.findIndex((l) => l.name === "END" && l.value === "VEVENT");
  expect(start, "a VEVENT").toBeGreaterThan(0);
  return lines.slice(start + 1, end);
}
const prop = (lines, name) => lines.find((l) => l.name === name);

test("the calendar file of a summer meeting is valid RFC 5545, field by field", async ({ page, request }) => {
  const owner = await apiMember(request, "Agendahouder");
  const theme = await themeWith(request, { owner });
  const meeting = await meetingOf(request, theme, {
    title: "Werksessie; kosten, baten \\ en meer",
    starts: "2027-06-15T08:00:00Z",
    ends: "2027-06-15T10:30:00Z",
    location: "Stadhuis Zwolle, Grote Kerkplein 15",
    online_url: "https://meet.example.nl/werksessie",
  });
  await page.goto(`/events/${meeting.id}`);
  await expectPage(page, meeting.title);
  // Dutch time, although this browser is in New York.
  await expect(page.getByRole("main")).toContainText("15 juni 2027, 10:00 \u2013 12:30");

  const lines = await downloadCalendar(page);
  expect(lines.slice(0, 5).map((l) => `${l.name}:${l.value}`)).toEqual([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Knooppunt//Bijeenkomsten//NL",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ]);
  expect(lines.at(-1)).toEqual({ name: "END", params: [], value: "VCALENDAR" });
  expect(lines.some((l) => l.name === "TZID" && l.value === "Europe/Amsterdam")).toBe(true);

  const event = eventOf(lines);
  expect(prop(event, "UID").value).toBe(`${meeting.id}@127.0.0.1`);
  expect(prop(event, "DTSTAMP").value).toMatch(/^\d{8}T\d{6}Z$/);
  expect(prop(event, "DTSTART")).toEqual({ name: "DTSTART", params: ["TZID=Europe/Amsterdam"], value: "20270615T100000" });
  expect(prop(event, "DTEND")).toEqual({ name: "DTEND", params: ["TZID=Europe/Amsterdam"], value: "20270615T123000" });
  expect(unescape(prop(event, "SUMMARY").value)).toBe(meeting.title);
  expect(prop(event, "SUMMARY").value).toContain("Werksessie\\; kosten\\, baten \\\\ en meer");
  expect(unescape(prop(event, "LOCATION").value)).toBe("Stadhuis Zwolle, Grote Kerkplein 15");
  expect(prop(event, "URL").value).toBe(`${pocketbaseURL}/events/${meeting.id}`);
  const description = unescape(prop(event, "DESCRIPTION").value);
  expect(description).toContain("Agenda: kennismaken; casus; afspraken.");
  expect(description).toContain("https://meet.example.nl/werksessie");
  expect(description).toContain(`${pocketbaseURL}/events/${meeting.id}`);
});

test("a meeting across the change to winter time keeps its Dutch wall times", async ({ page, request }) => {
  const owner = await apiMember(request, "Nachtdienst");
  const theme = await themeWith(request, { owner });
  // 31 October 2027, 00:00 summer time to 04:00 winter time: five hours, not four.
  const meeting = await meetingOf(request, theme, {
    title: "Nachtelijke storingsoefening",
    starts: "2027-10-30T22:00:00Z",
    ends: "2027-10-31T03:00:00Z",
    location: "Waterschap Rivierenland, Tiel",
  });
  await page.goto(`/events/${meeting.id}`);
  await expectPage(page, meeting.title);
  await expect(page.getByRole("main")).toContainText("31 oktober 2027, 00:00 \u2013 04:00");
  const event = eventOf(await downloadCalendar(page));
  expect(prop(event, "DTSTART")).toEqual({ name: "DTSTART", params: ["TZID=Europe/Amsterdam"], value: "20271031T000000" });
  expect(prop(event, "DTEND")).toEqual({ name: "DTEND", params: ["TZID=Europe/Amsterdam"], value: "20271031T040000" });
});
