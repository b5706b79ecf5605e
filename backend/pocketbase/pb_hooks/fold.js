// Accent- and case-folding for the directory search: the same as `fold` and
// `words` in src/model/text.rs, so that the server finds exactly what the app's
// own (StaticJson) search finds. tests/fixtures/fold.json holds cases both
// sides are tested against (tests/backend/fold.test.mjs for this file, in
// Node and in PocketBase's goja; a native test on the Rust side).
//
// Plain JavaScript that runs in PocketBase's goja and in Node (CommonJS).
// Handlers load it with require(`${__hooks}/fold.js`).

// fold_char in src/model/text.rs, group by group (tests/backend/fold.test.mjs
// reads the Rust table and checks that this one is the same).
const GROUPS = [
  ["àáâãäåÀÁÂÃÄÅāĀ", "a"],
  ["çÇćĆčČ", "c"],
  ["èéêëÈÉÊËēĒęĘěĚ", "e"],
  ["ìíîïÌÍÎÏīĪ", "i"],
  ["ñÑńŃňŇ", "n"],
  ["òóôõöøÒÓÔÕÖØōŌ", "o"],
  ["ùúûüÙÚÛÜūŪůŮ", "u"],
  ["ýÿÝŸ", "y"],
  ["šŠśŚşŞ", "s"],
  ["žŽźŹżŻ", "z"],
  ["łŁ", "l"],
  ["ß", "ss"],
  ["æÆ", "ae"],
  ["œŒ", "oe"],
  ["ĳĲ", "ij"],
  ["\u2019\u2018`\u00b4", "'"], // ’ ‘ ` ´
];

const TABLE = {};
for (let g = 0; g < GROUPS.length; g++) {
  for (const ch of GROUPS[g][0]) TABLE[ch] = GROUPS[g][1];
}

/**
 * Lower-cases and strips the accents in the table: "José" → "jose",
 * "Fryslân" → "fryslan", "Ĳssel" → "ijssel". Like Rust's `char::to_lowercase`,
 * every character is lower-cased on its own (so no final sigma, "İ" → "i̇"),
 * not the string as a whole.
 */
function fold(text) {
  const s = text === undefined || text === null ? "" : String(text);
  let out = "";
  for (const ch of s) { // code points, not UTF-16 units
    const to = Object.prototype.hasOwnProperty.call(TABLE, ch) ? TABLE[ch] : undefined;
    out += to !== undefined ? to : ch.toLowerCase();
  }
  return out;
}

// Rust's char::is_alphanumeric: the Alphabetic property or a number (Nd, Nl, No).
// Alphabetic, not \p{L}: it also has combining vowel signs, Ⓐ, U+0345, ...
// Both Node and goja (PocketBase 0.40) understand \p{Alphabetic} with /u.
const SEPARATORS = /[^\p{Alphabetic}\p{N}]+/u;

/**
 * The words of `text` after fold: runs of letters and digits; apostrophes,
 * dashes and every other character separate words, so "'s-Hertogenbosch" has
 * the words "s" and "hertogenbosch".
 */
function words(text) {
  return fold(text).split(SEPARATORS).filter((w) => w !== "");
}

module.exports = { fold, words, GROUPS };
