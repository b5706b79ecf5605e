#!/usr/bin/env node
// Turns a published NL Design System theme into a Knooppunt config.json.
//
//   node scripts/nlds-theme.mjs rijkshuisstijl > config.json
//   node scripts/nlds-theme.mjs utrecht --out docs/house-styles/utrecht.config.json
//   node scripts/nlds-theme.mjs utrecht --markdown     # the mapping and contrast tables
//   node scripts/nlds-theme.mjs --list                 # the themes this script knows
//
// It reads the CSS custom properties that the theme's npm package publishes
// (node_modules/<package>/dist/root.css: one `:root { --…: …; }` block), resolves their
// `var(--…)` references, and copies the NLDS tokens named in THEMES below onto
// Knooppunt's own tokens (style/tokens.css). The result is a complete config.json: a
// host only adds its logo and backend. Nothing is rebuilt; src/app.rs applies the
// `tokens` at start-up.
//
// Every value is checked against the same rules as src/config.rs (no `;`, `{`, `}` or
// `<`; names of letters, digits and `-`), and the colour pairs Knooppunt draws text on
// are checked for WCAG 2.1 AA contrast (CHECKS below). A failing pair is printed on
// stderr and makes the exit status 1 (the config is still written), so choose another
// NLDS token in the mapping rather than shipping it.
//
// The packages are development dependencies (package.json), pinned to exact versions:
//   npm i -E -D @rijkshuisstijl-community/design-tokens@<version> @utrecht/design-tokens@<version>
// Their design tokens are not open source: see each package's LICENSE.md for who may use
// the house style.

import fs from "node:fs";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// ── the mapping (data) ───────────────────────────────────────────────────────────────
//
// Per theme: the npm package, the files to read (the first that exists), the rest of the
// config, and per Knooppunt token the NLDS token it takes its value from (a list: the
// first one the package defines wins) with the reason for that choice.

const STATIC_BACKEND = { kind: "static_json", url: "data/" };

export const THEMES = {
  rijkshuisstijl: {
    title: "Rijkshuisstijl (central government)",
    package: "@rijkshuisstijl-community/design-tokens",
    files: ["dist/root.css", "dist/index.css"],
    config: {
      site_name: "Rijksnetwerk Kennisdeling",
      tagline: "Het netwerk van rijksambtenaren die kennis delen over de grenzen van hun ministerie heen",
      default_locale: "nl",
      backend: STATIC_BACKEND,
    },
    tokens: [
      ["color-primary", ["--utrecht-button-primary-action-background-color", "--rhc-color-primary-500"], "primary button background: lintblauw, the Rijkshuisstijl ribbon colour; our header and buttons"],
      ["color-on-primary", ["--utrecht-button-primary-action-color", "--rhc-color-foreground-on-dark-color"], "text on the primary button"],
      ["color-primary-surface", ["--utrecht-data-badge-background-color", "--rhc-color-primary-50"], "light primary tint (primary-50) behind primary text: the data badge, our avatar initials"],
      ["color-primary-text", ["--nl-heading-level-1-color", "--rhc-color-primary-500"], "heading colour (lintblauw)"],
      ["color-text", ["--utrecht-document-color", "--rhc-color-foreground-default"], "document text colour"],
      ["color-text-muted", ["--rhc-color-foreground-subtle"], "subtle foreground (cool grey 700); also the input border, so it must reach 3:1 as a border too"],
      ["color-background", ["--utrecht-document-background-color", "--rhc-color-bg-document"], "document background"],
      ["color-surface", ["--rhc-card-background-color"], "card background"],
      ["color-surface-alt", ["--utrecht-status-badge-background-color"], "badge background (cool grey 200); our tags and notices"],
      ["color-border", ["--rhc-card-border-color", "--utrecht-separator-color"], "card border (cool grey 300)"],
      ["color-link", ["--utrecht-link-color", "--nl-link-color", "--rhc-color-foreground-link"], "link colour (donkerblauw)"],
      ["color-focus", ["--rhc-focus-inverse-outline-color"], "inverse focus outline (white). Our focus ring is this colour around a halo in color-text, so it shows on the dark header and on light pages alike; the Rijkshuisstijl's dark focus outline (black) is that halo"],
      ["color-danger", ["--utrecht-form-field-error-message-color", "--rhc-color-negative-default"], "error message colour (rood); also the background of white text on the delete button"],
      ["color-danger-surface", ["--utrecht-alert-error-background-color", "--rhc-color-negative-subtle"], "error alert background"],
      ["font-family", ["--utrecht-document-font-family", "--rhc-text-font-family-default"], "document font: the package's sans-serif stack (Fira Sans; only its serif stack names the Rijksoverheid font, RijksoverheidSerifWeb). Knooppunt bundles no font, so without Fira Sans installed text falls back to Arial, Verdana, sans-serif"],
      ["font-size", ["--utrecht-document-font-size", "--rhc-text-font-size-md"], "document font size"],
      ["line-height", ["--utrecht-document-line-height", "--rhc-text-line-height-md"], "document line height; a percentage becomes a unitless number, so headings and small text get their own line height instead of inheriting a fixed length"],
      ["radius", ["--utrecht-button-border-radius", "--rhc-border-radius-md"], "button corner radius (also cards and inputs)"],
    ],
  },
  utrecht: {
    title: "Gemeente Utrecht (municipality)",
    package: "@utrecht/design-tokens",
    files: ["dist/root.css", "dist/index.css"],
    config: {
      site_name: "Utrechts Kennisnetwerk",
      tagline: "Medewerkers van de gemeente Utrecht en haar partners delen kennis en ervaring",
      default_locale: "nl",
      backend: STATIC_BACKEND,
    },
    tokens: [
      ["color-primary", ["--utrecht-button-primary-action-background-color"], "primary button background (blue 35); our header and buttons"],
      ["color-on-primary", ["--utrecht-button-primary-action-color"], "text on the primary button"],
      ["color-primary-surface", ["--utrecht-card-background-color", "--utrecht-alert-info-background-color"], "card background (blue 90), the light tint of the primary blue; our avatar initials"],
      ["color-primary-text", ["--utrecht-card-heading-color"], "card heading colour (blue 35)"],
      ["color-text", ["--utrecht-document-color"], "document text colour"],
      ["color-text-muted", ["--utrecht-form-control-placeholder-color"], "placeholder grey (grey 40): muted, yet AA on white and on grey 95; also the input border"],
      ["color-background", ["--utrecht-document-background-color"], "document background"],
      ["color-surface", ["--utrecht-form-control-background-color"], "form control background (white); our cards, inputs and secondary buttons"],
      ["color-surface-alt", ["--utrecht-code-block-background-color", "--utrecht-surface-background-color"], "code block background (grey 95); our code, tags and notices"],
      ["color-border", ["--utrecht-color-grey-80"], "palette grey 80: Utrecht has no card border token and its separator (blue 90) is too faint to outline a white card on white"],
      ["color-link", ["--utrecht-link-color"], "link colour (blue 35)"],
      ["color-focus", ["--utrecht-focus-background-color"], "focus highlight (yellow 60). Our focus ring is this colour around a halo in color-text, like Utrecht's black dotted outline on yellow"],
      ["color-danger", ["--utrecht-form-field-error-message-color", "--utrecht-feedback-invalid-color"], "error message colour (invalid red); also the background of white text on the delete button"],
      ["color-danger-surface", ["--utrecht-alert-error-background-color"], "error alert background (red 95)"],
      ["font-family", ["--utrecht-document-font-family"], "document font (Noto Sans, not bundled: falls back to Arial, sans-serif)"],
      ["font-size", ["--utrecht-document-font-size"], "document font size"],
      ["line-height", ["--utrecht-document-line-height"], "document line height"],
      ["radius", ["--utrecht-button-border-radius"], "button corner radius: Utrecht's buttons and fields are square"],
    ],
  },
};

// Colour pairs Knooppunt puts text (or a control's edge) on, with the contrast WCAG 2.1 AA
// asks: [foreground, background, minimum, where]. A "#…" is a colour the stylesheets fix.
export const CHECKS = [
  ["color-text", "color-background", 4.5, "body text"],
  ["color-text", "color-surface", 4.5, "text in cards and inputs"],
  ["color-text", "color-surface-alt", 4.5, "tags, notices, code"],
  ["color-text", "color-danger-surface", 4.5, "error summary and error message"],
  ["color-text-muted", "color-background", 4.5, "hints"],
  ["color-text-muted", "color-surface", 4.5, "dates and meta text in cards"],
  ["color-text-muted", "color-surface-alt", 4.5, "muted text in quotes and notices"],
  ["color-text-muted", "color-surface", 3, "input border (non-text)"],
  ["color-primary-text", "color-background", 4.5, "headings"],
  ["color-primary-text", "color-primary-surface", 4.5, "avatar initials"],
  ["color-link", "color-background", 4.5, "links"],
  ["color-link", "color-surface", 4.5, "links in cards"],
  ["color-link", "color-surface-alt", 4.5, "links in notices"],
  ["color-link", "color-danger-surface", 4.5, "links in the error summary"],
  ["color-on-primary", "color-primary", 4.5, "header, primary buttons, pressed reactions"],
  ["color-primary", "color-surface", 4.5, "secondary buttons, dates in cards"],
  ["color-primary", "color-background", 4.5, "primary-coloured text on the page"],
  ["color-danger", "color-background", 4.5, "field errors"],
  ["color-danger", "color-surface", 4.5, "field errors in a composer"],
  ["#ffffff", "color-danger", 4.5, "delete buttons (white text, fixed in layout.css)"],
  ["color-focus", "color-primary", 3, "focus ring in the header"],
  ["color-text", "color-background", 3, "focus halo on the page"],
];

// ── reading a package ─────────────────────────────────────────────────────────────────

/** The custom properties of a CSS file's first rule (`:root { … }` or `.theme { … }`). */
export function readProperties(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const open = text.indexOf("{");
  const close = text.indexOf("}", open);
  const body = open < 0 ? text : text.slice(open + 1, close < 0 ? undefined : close);
  const props = new Map();
  for (const m of body.matchAll(/(--[A-Za-z0-9_-]+)\s*:\s*([^;]*);/g)) {
    if (!props.has(m[1])) props.set(m[1], m[2].trim());
  }
  return props;
}

/** Replaces every `var(--name[, fallback])` in `value` by what it stands for. */
export function resolve(value, props, seen = new Set()) {
  let out = "";
  let i = 0;
  while (i < value.length) {
    const at = value.indexOf("var(", i);
    if (at < 0) {
      out += value.slice(i);
      break;
    }
    out += value.slice(i, at);
    // Find the matching parenthesis; the fallback may itself contain var(…).
    let depth = 0;
    let end = at + 3;
    for (; end < value.length; end++) {
      if (value[end] === "(") depth++;
      else if (value[end] === ")" && --depth === 0) break;
    }
    const inner = value.slice(at + 4, end);
    const comma = inner.indexOf(",");
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma < 0 ? undefined : inner.slice(comma + 1).trim();
    if (seen.has(name)) throw new Error(`${name} refers to itself`);
    if (props.has(name)) out += resolve(props.get(name), props, new Set([...seen, name]));
    else if (fallback !== undefined) out += resolve(fallback, props, seen);
    else throw new Error(`${name} is not defined`);
    i = end + 1;
  }
  return out.trim();
}

/** The package's directory, version and resolved custom properties. */
export function loadPackage(theme) {
  const dir = path.join(ROOT, "node_modules", ...theme.package.split("/"));
  if (!fs.existsSync(dir)) {
    throw new Error(`${theme.package} is not installed: run npm ci (it is a devDependency in package.json)`);
  }
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  const file = theme.files.find((f) => fs.existsSync(path.join(dir, f)));
  if (!file) throw new Error(`${theme.package} has none of ${theme.files.join(", ")}`);
  const props = readProperties(fs.readFileSync(path.join(dir, file), "utf8"));
  return { dir, version, file, props };
}

// ── values ──────────────────────────────────────────────────────────────────────────

const GENERIC_FAMILIES = ["serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "ui-sans-serif", "ui-serif"];

/** Adjusts a resolved NLDS value to how Knooppunt uses the token. */
export function adapt(token, value) {
  let v = value.replace(/\s+/g, " ").trim();
  if (token === "line-height") {
    // html { line-height: 150% } would freeze one length for every font size below it.
    const pct = v.match(/^([\d.]+)%$/);
    if (pct) v = String(Number(pct[1]) / 100);
  }
  if (token === "font-family") {
    // The house fonts are not bundled: the stack must end in a font every system has.
    const last = v.split(",").pop().trim().replace(/^["']|["']$/g, "");
    if (!GENERIC_FAMILIES.includes(last)) v += ", system-ui, sans-serif";
  }
  return v;
}

/** The rules of src/config.rs (Config::validate) for one token. */
export function validToken(name, value) {
  return /^[A-Za-z0-9-]+$/.test(name) && !/[;{}<]/.test(value);
}

// ── colour contrast (WCAG 2.1) ───────────────────────────────────────────────────────────

/** [r, g, b] in 0–255 for #rgb, #rrggbb, rgb(), rgba(), hsl(), hsla(); null otherwise. */
export function parseColor(text) {
  const v = text.trim().toLowerCase();
  let m = v.match(/^#([0-9a-f]{3,8})$/);
  if (m) {
    let h = m[1];
    if (h.length === 3 || h.length === 4) h = [...h].map((c) => c + c).join("");
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  }
  if (v === "white") return [255, 255, 255];
  if (v === "black") return [0, 0, 0];
  m = v.match(/^(rgba?|hsla?)\((.*)\)$/);
  if (!m) return null;
  const parts = m[2].split(/[\s,/]+/).filter(Boolean);
  const num = (p, scale) => (p.endsWith("%") ? (parseFloat(p) / 100) * scale : parseFloat(p));
  if (m[1].startsWith("rgb")) return parts.slice(0, 3).map((p) => Math.round(num(p, 255)));
  const h = parseFloat(parts[0]);
  const s = parseFloat(parts[1]) / 100;
  const l = parseFloat(parts[2]) / 100;
  const k = (n) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0), f(8), f(4)].map((c) => Math.round(c * 255));
}

export const toHex = (rgb) => "#" + rgb.map((c) => c.toString(16).padStart(2, "0")).join("");

function luminance([r, g, b]) {
  const lin = (c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

// ── building the config ───────────────────────────────────────────────────────────────

/** { config, rows, checks, pkg } for a theme name. */
export function build(name) {
  const theme = THEMES[name];
  if (!theme) throw new Error(`unknown theme "${name}"; known: ${Object.keys(THEMES).join(", ")}`);
  const pkg = loadPackage(theme);
  const tokens = {};
  const rows = [];
  for (const [ours, candidates, why] of theme.tokens) {
    const nlds = candidates.find((c) => pkg.props.has(c));
    if (!nlds) throw new Error(`${theme.package}@${pkg.version} defines none of ${candidates.join(", ")} (for ${ours})`);
    const raw = resolve(pkg.props.get(nlds), pkg.props);
    const value = adapt(ours, raw);
    if (!validToken(ours, value)) throw new Error(`${ours}: "${value}" (from ${nlds}) would be refused by src/config.rs`);
    tokens[ours] = value;
    rows.push({ ours, nlds, raw, value, why });
  }
  const colorOf = (t) => parseColor(t.startsWith("#") ? t : tokens[t] ?? "");
  const checks = CHECKS.map(([fg, bg, min, where]) => {
    const [a, b] = [colorOf(fg), colorOf(bg)];
    const ratio = a && b ? contrast(a, b) : NaN;
    return { fg, bg, min, where, ratio, ok: ratio >= min };
  });
  const config = { ...theme.config, tokens };
  return { theme, pkg, config, rows, checks };
}

const fmt = (ratio) => (Number.isNaN(ratio) ? "?" : `${ratio.toFixed(2)}:1`);

/** The mapping and contrast tables of one theme, in Markdown. */
export function markdown(name) {
  const { theme, pkg, rows, checks } = build(name);
  const cell = (s) => String(s).replace(/\|/g, "\\|");
  const code = (s) => "`" + cell(s) + "`";
  const lines = [
    `Source: \`${theme.package}@${pkg.version}\`, \`${pkg.file}\`.`,
    "",
    "| our token | NLDS token | value | why |",
    "|---|---|---|---|",
  ];
  for (const r of rows) {
    const rgb = parseColor(r.value);
    const hex = rgb && !r.value.startsWith("#") ? ` (${toHex(rgb)})` : "";
    const changed = r.value !== r.raw ? ` (package: ${code(r.raw)})` : "";
    lines.push(`| ${code("--" + r.ours)} | ${code(r.nlds)} | ${code(r.value)}${hex}${changed} | ${cell(r.why)} |`);
  }
  lines.push("", "| text or edge | on | contrast | AA needs | where |", "|---|---|---|---|---|");
  for (const c of checks) {
    const label = (t) => (t.startsWith("#") ? code(t) : code("--" + t));
    lines.push(`| ${label(c.fg)} | ${label(c.bg)} | ${fmt(c.ratio)}${c.ok ? "" : " **fails**"} | ${c.min}:1 | ${cell(c.where)} |`);
  }
  return lines.join("\n");
}

function main(argv) {
  const args = [...argv];
  const flag = (f) => {
    const i = args.indexOf(f);
    if (i < 0) return false;
    args.splice(i, 1);
    return true;
  };
  const option = (f) => {
    const i = args.indexOf(f);
    if (i < 0) return undefined;
    const [, value] = args.splice(i, 2);
    if (!value) throw new Error(`${f} needs a value`);
    return value;
  };
  if (flag("--list")) {
    for (const [name, t] of Object.entries(THEMES)) console.log(`${name}\t${t.package}\t${t.title}`);
    return 0;
  }
  const asMarkdown = flag("--markdown");
  const out = option("--out");
  const [name, ...rest] = args;
  if (!name || rest.length || flag("--help")) {
    console.error("usage: node scripts/nlds-theme.mjs <theme> [--out FILE] | <theme> --markdown | --list");
    console.error(`themes: ${Object.keys(THEMES).join(", ")}`);
    return 2;
  }
  if (asMarkdown) {
    process.stdout.write(markdown(name) + "\n");
    return 0;
  }
  const { theme, pkg, config, checks } = build(name);
  const json = JSON.stringify(config, null, 2) + "\n";
  if (out) {
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, json);
    console.error(`${out}: ${Object.keys(config.tokens).length} tokens from ${theme.package}@${pkg.version}`);
  } else {
    process.stdout.write(json);
  }
  const failing = checks.filter((c) => !c.ok);
  for (const c of failing) {
    console.error(`contrast too low: --${c.fg} on --${c.bg} is ${fmt(c.ratio)}, AA needs ${c.min}:1 (${c.where})`);
  }
  return failing.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(`nlds-theme: ${e.message}`);
    process.exitCode = 2;
  }
}
