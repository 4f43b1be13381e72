// Checks the shape of src/, as part of `npm test`:
//
// - imports run one way, down this list of layers: a module imports only
//   from its own layer or the ones before it;
// - there is no import cycle (type-only imports count: a cycle of types is
//   still two modules that cannot be understood apart);
// - content/ and quiz/ import nothing from outside src/ (no lit, no DOM
//   libraries), so their tests need no browser features;
// - no code file is over MAX_LINES lines (content and question data exempt).
//
// Exits non-zero naming each problem.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const src = join(root, 'src');

/** Layers in import order; a module may import from its own layer or an earlier one. */
const LAYERS = [
  ['content', (path) => path.startsWith('content/')],
  ['quiz', (path) => path.startsWith('quiz/')],
  ['snippet text', (path) => path.startsWith('snippet/')],
  ['events and warnings', (path) => path === 'events.ts' || path === 'warn.ts'],
  ['context', (path) => path.startsWith('context/')],
  ['controllers', (path) => path.startsWith('controllers/')],
  ['components', (path) => path.startsWith('components/')],
  [
    'entry points',
    (path) =>
      ['index.ts', 'define.ts', 'define-one.ts', 'elements.ts'].includes(path) ||
      path.startsWith('embed/') ||
      path.startsWith('ssr/'),
  ],
];

/** Pure folders: nothing from outside src/. */
const PURE = ['content/', 'quiz/', 'snippet/'];

const MAX_LINES = 400;
/** Data, not code: long by nature. */
const LONG_DATA = new Set(['content/content.ts', 'content/quiz-questions.ts']);

function layerOf(path) {
  const index = LAYERS.findIndex(([, test]) => test(path));
  return index;
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return walk(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

const specifier =
  /(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

const problems = [];
const graph = new Map();
for (const file of walk(src)) {
  const path = relative(src, file).split('\\').join('/');
  const text = readFileSync(file, 'utf8');
  const layer = layerOf(path);
  if (layer < 0) problems.push(`${path}: in no layer; add it to LAYERS in test/tools/check-imports.js`);
  const lines = text.split('\n').length;
  if (lines > MAX_LINES && !LONG_DATA.has(path) && !path.endsWith('.styles.ts')) {
    problems.push(`${path}: ${lines} lines, over ${MAX_LINES}; split it into units with one job each`);
  }
  const edges = [];
  for (const match of text.matchAll(specifier)) {
    const spec = match[1] ?? match[2] ?? match[3];
    if (!spec.startsWith('.')) {
      if (PURE.some((folder) => path.startsWith(folder))) {
        problems.push(`${path}: imports '${spec}'; content/ and quiz/ stay free of outside modules`);
      }
      continue;
    }
    const target = relative(src, resolve(dirname(file), spec))
      .split('\\')
      .join('/')
      .replace(/\.js$/, '.ts');
    edges.push(target);
    const targetLayer = layerOf(target);
    if (layer >= 0 && targetLayer > layer) {
      problems.push(
        `${path} (${LAYERS[layer][0]}) imports ${target} (${LAYERS[targetLayer][0]}), against the layer order`,
      );
    }
  }
  graph.set(path, edges);
}

// Cycles: a depth-first search that reports each back edge's loop once.
const state = new Map();
const stack = [];
function visit(node) {
  state.set(node, 'open');
  stack.push(node);
  for (const next of graph.get(node) ?? []) {
    if (state.get(next) === 'open') {
      problems.push(`import cycle: ${[...stack.slice(stack.indexOf(next)), next].join(' -> ')}`);
    } else if (!state.has(next)) {
      visit(next);
    }
  }
  stack.pop();
  state.set(node, 'done');
}
for (const node of graph.keys()) if (!state.has(node)) visit(node);

if (problems.length > 0) {
  console.error(`check-imports: ${problems.length} problem(s) in src/:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-imports: ${graph.size} modules, imports one way, no cycle, none over ${MAX_LINES} lines.`);
