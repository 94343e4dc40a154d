// Runs after rollup: writes the JSON Schema (generated from core's own validation rules, so
// it cannot drift from parseCycle) and a plain copy of the default dataset into core's dist/.
import { copyFile, writeFile } from 'node:fs/promises';

const dist = new URL('../packages/core/dist/', import.meta.url);
const { cycleJsonSchema, cycleAdditionsJsonSchema, assessmentJsonSchema } = await import(
  new URL('index.js', dist).href
);

const write = (name, value) => writeFile(new URL(name, dist), `${JSON.stringify(value, null, 2)}\n`);
await write('cycle.schema.json', cycleJsonSchema());
await write('cycle-additions.schema.json', cycleAdditionsJsonSchema());
await write('assessment.schema.json', assessmentJsonSchema());
await copyFile(
  new URL('../packages/core/src/data/engagement-cycle.en.json', import.meta.url),
  new URL('engagement-cycle.en.json', dist),
);
console.log(
  'core: wrote cycle.schema.json, cycle-additions.schema.json, assessment.schema.json, engagement-cycle.en.json',
);
