import { generate } from '../src/index.js';
import { fixtures } from './fixtures.js';
const [target, ...names] = process.argv.slice(2);
for (const f of fixtures.filter((f) => names.includes(f.name))) console.log(`=== ${f.name}\n${JSON.stringify(generate(f.request, target!))}\n${generate(f.request, target!)}`);
