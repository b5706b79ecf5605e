// Command-line options as the project's scripts read them: "--name value" or
// "--name=value", flags without a value, and "-h"/"--help". No dependencies.
//
//   const opts = readOptions(process.argv.slice(2), {
//     values: { "--dist": "dist", "--port": "port" },   // option → key, takes a value
//     flags: { "--quiet": "quiet" },                     // option → key, set to true
//     defaults: { port: "0" },
//     fail: (message) => …,                              // must end the script (exit 2)
//     help: () => …,                                     // must end the script
//   });
//
// Values come back as text; each script checks and converts its own.

/** The options in `argv`; an unknown option or a missing value goes to `fail`. */
export function readOptions(argv, { values = {}, flags = {}, defaults = {}, fail, help }) {
  const opts = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [key, inline] = arg.includes("=") ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (key === "-h" || key === "--help") help();
    else if (Object.hasOwn(flags, key)) opts[flags[key]] = true;
    else if (Object.hasOwn(values, key)) {
      if (inline !== undefined) opts[values[key]] = inline;
      else if (i + 1 < argv.length) opts[values[key]] = argv[++i];
      else fail(`${key} mist een waarde`);
    } else fail(`onbekende optie ${arg}`);
  }
  return opts;
}
