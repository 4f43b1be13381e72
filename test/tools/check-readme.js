// Checks the README's reference tables against custom-elements.json (made by
// `npm run analyze` from the elements' JSDoc), as part of `npm test` after
// the build:
//
// - attributes and parts: each row names exactly the elements that have it,
//   and every attribute and part of every element has its row;
// - custom properties: the same list as every element's;
// - events: every event an element documents has a row, and each element a
//   row names as firing it documents it (<usce-compare> also lists the
//   events of the elements inside it, which bubble out of it).
//
// - script addresses on the CDN: each names this exact version.
//
// Exits non-zero naming each difference.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

/** The manifest's elements by short name (`compare` for <usce-compare>). */
const elements = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement || !declaration.tagName) continue;
    elements.set(declaration.tagName.replace(/^usce-/, ''), {
      attributes: new Set((declaration.attributes ?? []).map((a) => a.name)),
      parts: new Set((declaration.cssParts ?? []).map((p) => p.name)),
      properties: new Set((declaration.cssProperties ?? []).map((p) => p.name)),
      events: new Set((declaration.events ?? []).map((e) => e.name)),
    });
  }
}

/**
 * The rows of the README table whose first header cell is `first`: each row
 * as its first cell's code name and the element names in column `onColumn`.
 */
function table(first, onColumn) {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^\\|\\s*${first}\\s*\\|`).test(line));
  if (start < 0) throw new Error(`README.md has no table headed "${first}"`);
  const rows = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const name = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1];
    if (!name) continue;
    const on =
      onColumn === null
        ? []
        : (cells[onColumn] ?? '')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
    rows.push({ name, on });
  }
  return rows;
}

const problems = [];
const same = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));
const list = (set) => [...set].sort().join(', ') || 'none';

for (const [title, key] of [
  ['Attribute', 'attributes'],
  ['Part', 'parts'],
]) {
  const rows = table(title, 1);
  const named = new Set(rows.map((row) => row.name));
  for (const row of rows) {
    const have = new Set([...elements].filter(([, el]) => el[key].has(row.name)).map(([name]) => name));
    if (!same(have, new Set(row.on))) {
      problems.push(`${key} \`${row.name}\`: the README says ${list(new Set(row.on))}, the elements say ${list(have)}`);
    }
  }
  for (const [name, el] of elements) {
    for (const item of el[key])
      if (!named.has(item)) problems.push(`${key}: usce-${name}'s \`${item}\` has no README row`);
  }
}

const properties = new Set(table('Custom property', null).map((row) => row.name));
for (const [name, el] of elements) {
  if (!same(properties, el.properties)) {
    problems.push(`custom properties: the README lists ${list(properties)}, usce-${name} ${list(el.properties)}`);
  }
}

const events = table('Event', 1);
const eventNames = new Set(events.map((row) => row.name));
for (const [name, el] of elements) {
  for (const event of el.events)
    if (!eventNames.has(event)) problems.push(`events: usce-${name}'s \`${event}\` has no README row`);
}
for (const row of events) {
  for (const name of row.on) {
    if (!elements.get(name)?.events.has(row.name))
      problems.push(`events: the README says ${name} fires \`${row.name}\`; its JSDoc does not`);
  }
}

// Script addresses: every one on the CDN names this exact version, never a
// range (their integrity values are checked by `npm run release:check`,
// against the build that will be published).
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const [address, named] of readme.matchAll(/cdn\.jsdelivr\.net\/npm\/usce-compare(?:@([^/\s"]*))?\//g)) {
  if (named !== version) problems.push(`script address: ${address} should name version ${version} exactly`);
}

if (problems.length > 0) {
  console.error(`check-readme: the README's tables and custom-elements.json differ:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-readme: the README's tables match custom-elements.json (${elements.size} elements).`);
