// The peer of `tracklint validate` (SPEC §7): what a team would otherwise script. Ajv2020 with
// ajv-formats, every exported schema compiled once, lines read with readline, each call parsed
// and validated against its event's schema.
// Usage: node validate_ajv.mjs SCHEMA_DIR FILE.ndjson FLAGGED_OUT
//   SCHEMA_DIR: `tracklint export jsonschema --out SCHEMA_DIR` (plain layout, with index.json)
//   FLAGGED_OUT: gets the number of every line Ajv rejects (or cannot parse), one per line.
import { createReadStream, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [dir, file, flaggedOut] = process.argv.slice(2);
if (!flaggedOut) {
  console.error("usage: node validate_ajv.mjs SCHEMA_DIR FILE.ndjson FLAGGED_OUT");
  process.exit(2);
}

const ajv = new Ajv2020();
addFormats(ajv);
// tracklint's own annotations on properties; Ajv's strict mode wants unknown keywords declared.
ajv.addVocabulary(["unit", "classification", "owner"]);

const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8"));
const validators = new Map();
for (const entry of index.schemas) {
  const schema = JSON.parse(readFileSync(join(dir, entry.file), "utf8"));
  validators.set(entry.event, ajv.compile(schema));
}

let line = 0;
let valid = 0;
const flagged = [];
const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
lines.on("line", (text) => {
  line += 1;
  let call;
  try {
    call = JSON.parse(text);
  } catch {
    flagged.push(line);
    return;
  }
  const validate = validators.get(call.event);
  if (validate !== undefined && validate(call)) {
    valid += 1;
  } else {
    flagged.push(line);
  }
});
lines.on("close", () => {
  writeFileSync(flaggedOut, flagged.map((n) => `${n}\n`).join(""));
  console.error(`ajv: ${line} lines, ${valid} valid, ${flagged.length} flagged`);
});
