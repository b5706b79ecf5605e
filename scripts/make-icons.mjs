#!/usr/bin/env node
// Renders the app icons the web app manifest names from an SVG logo, with the system
// Chromium (no download): a 192 and a 512 px icon, and a 512 px maskable one whose logo
// sits inside the 80 % safe zone on the theme colour.
//
//   node scripts/make-icons.mjs [--svg public/icons/logo.svg] [--out public/icons] [--background "#154273"]
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const svg = readFileSync(args.svg ?? "public/icons/logo.svg", "utf8");
const out = args.out ?? "public/icons";
const background = args.background ?? "#154273";

const browser = await chromium.launch({ executablePath: process.env.KNOOPPUNT_CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
const render = async (size, { maskable }) => {
  const logo = maskable ? Math.round(size * 0.7) : size;
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? background : "transparent"}">` +
      `<div style="width:${logo}px;height:${logo}px">${svg.replace("<svg ", `<svg width="${logo}" height="${logo}" `)}</div></body></html>`,
  );
  const file = path.join(out, maskable ? `icon-maskable-${size}.png` : `icon-${size}.png`);
  await page.screenshot({ path: file, omitBackground: !maskable });
  console.log(`make-icons.mjs: ${file}`);
};
await render(192, { maskable: false });
await render(512, { maskable: false });
await render(512, { maskable: true });
await browser.close();
