// Sizes of what the package ships, and what the drop-in bundle is made of.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** raw / gzip -9 / brotli quality 11 sizes of a buffer, in bytes. */
export function compressedSizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/** Drop-in files reported even when absent, so a missing build is visible; other dist/usce-*.js files when present. */
const KNOWN_DROP_INS = ['compare', 'quiz'];

/**
 * One row per shipped entry: each drop-in file dist/usce-<name>.js, and the
 * ESM library (dist/lib, source maps left out). The library's files are
 * compressed one by one and summed, as a server would send them; a bundler
 * that re-bundles them, with lit, will do better.
 */
export function entrySizes(root) {
  const dist = join(root, 'dist');
  const names = new Set(KNOWN_DROP_INS);
  if (existsSync(dist)) {
    for (const file of readdirSync(dist)) {
      const match = /^usce-(.+)\.js$/.exec(file);
      if (match) names.add(match[1]);
    }
  }
  const rows = [];
  for (const name of names) {
    const file = join(dist, `usce-${name}.js`);
    const label = `dist/usce-${name}.js`;
    // The validator file, usce-validate-<version>.js, is loaded by the drop-ins, not embedded.
    const kind = name.startsWith('validate-') ? 'validator' : 'drop-in';
    rows.push(
      existsSync(file)
        ? { entry: label, name, kind, ...compressedSizes(readFileSync(file)) }
        : { entry: label, name, kind, missing: true },
    );
  }

  const lib = join(dist, 'lib');
  if (existsSync(lib)) {
    const files = listFiles(lib).filter((file) => file.endsWith('.js'));
    const sum = { raw: 0, gzip: 0, brotli: 0 };
    for (const file of files) {
      const size = compressedSizes(readFileSync(file));
      for (const key of Object.keys(sum)) sum[key] += size[key];
    }
    rows.push({ entry: `dist/lib/**/*.js (${files.length} files, lit external)`, name: 'esm', ...sum });
  } else {
    rows.push({ entry: 'dist/lib/**/*.js', name: 'esm', missing: true });
  }
  return rows;
}

/**
 * What the drop-in bundle `usce-<name>.js` holds, module by module. Vite
 * builds it again in memory (nothing is written) with the project's own
 * config; the bundler reports each module's code after tree-shaking. Each
 * module is then minified and compressed on its own, which is only an
 * approximation of its share of the real bundle: minifying and compressing
 * modules together saves more. `share` is each module's part of the sum of
 * the minified sizes.
 */
export async function bundleModules(root, name) {
  const { build, minifySync } = await import('vite');
  const result = await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: `embed-${name}`,
    logLevel: 'silent',
    build: { write: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output ?? []);
  const chunk = outputs.find((o) => o.type === 'chunk' && o.fileName === `usce-${name}.js`);
  if (!chunk) throw new Error(`vite built no usce-${name}.js`);

  const modules = [];
  for (const [id, info] of Object.entries(chunk.modules)) {
    if (!info.code) continue; // re-export-only modules such as lit/index.js render to nothing
    // Wrapped in a function so the minifier may rename the module's top-level
    // names, as it does inside the IIFE bundle; compression is off so code
    // that nothing inside the module uses is not dropped.
    const wrapped = `(function(){${info.code}\n})();`;
    const minified = minifySync('module.js', wrapped, { compress: false, mangle: true }).code;
    const size = compressedSizes(Buffer.from(minified));
    modules.push({ id: moduleLabel(root, id), group: moduleGroup(root, id), ...size });
  }
  const total = modules.reduce((sum, m) => sum + m.raw, 0);
  for (const m of modules) m.share = m.raw / total;
  modules.sort((a, b) => b.raw - a.raw);

  const groups = new Map();
  for (const m of modules) {
    const group = groups.get(m.group) ?? { group: m.group, modules: 0, raw: 0, gzip: 0, brotli: 0, share: 0 };
    group.modules += 1;
    for (const key of ['raw', 'gzip', 'brotli', 'share']) group[key] += m[key];
    groups.set(m.group, group);
  }
  return {
    bundle: `usce-${name}.js`,
    bundleRaw: chunk.code.length,
    modules,
    groups: [...groups.values()].sort((a, b) => b.raw - a.raw),
  };
}

/** A readable module name: the package path inside node_modules, or the path in the repository. */
function moduleLabel(root, id) {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const inModules = /node_modules\/(.+)$/.exec(clean);
  if (inModules) return inModules[1];
  if (clean.startsWith(root)) return relative(root, clean);
  return clean;
}

/**
 * Which part of the bundle a module belongs to: lit's runtime (lit, lit-html,
 * lit-element, @lit/reactive-element), @lit/context, the bundler's helpers,
 * the built-in content, or the components themselves.
 */
function moduleGroup(root, id) {
  const label = moduleLabel(root, id);
  if (/^(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(label)) return 'lit runtime';
  if (label.startsWith('@lit/context/')) return '@lit/context';
  if (label.includes('@oxc-project') || label.includes('runtime')) return 'bundler helpers';
  if (label.startsWith('src/content/')) return 'src/content (text and helpers)';
  if (label.startsWith('src/quiz/')) return 'src/quiz';
  if (label.startsWith('src/')) return 'src (components, styles, glue)';
  return 'other';
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}
