/**
 * Config for `npm run analyze` (`cem analyze --litelement`), which writes
 * custom-elements.json from the class JSDoc and the Lit decorators in
 * src/components. The plugin below fills in what the analyzer cannot see by
 * itself, each from the one place in src/ that already states it:
 *
 * - tag names: the elements are registered by `define()` from the `ELEMENTS`
 *   map in src/elements.ts, not by `customElements.define()` or a decorator;
 * - event types: the `UsceEventDetails` map in src/events.ts;
 * - attribute descriptions: the class's `@attr` lines, written for page
 *   authors, rather than the doc comment of the property behind each one
 *   (which the Lit plugin would otherwise use);
 * - custom properties: every `--usce-*` token an element's styles read
 *   (its own styles and the shared base styles), described by `TOKENS` in
 *   src/components/shared/tokens.ts, with the fallback from the CSS as the
 *   default. A `@cssprop` line in the class JSDoc still wins for its token.
 *
 * It also leaves private members out (the manifest is the public API) and
 * names the files the package ships (dist/lib/**.js) rather than src/.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Where the ELEMENTS map is; src/define.ts registers the elements from it on import. */
const ELEMENTS_FILE = 'src/elements.ts';
const DEFINE_FILE = 'src/define.ts';
const EVENTS_FILE = 'src/events.ts';
const TOKENS_FILE = 'src/components/shared/tokens.ts';

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/shared/**'],
  outdir: '.',
  litelement: true,
  // We set `customElements` in package.json ourselves; the analyzer would
  // otherwise rewrite the whole file.
  packagejson: false,
  plugins: [usceManifest()],
};

/** The base class of the four elements. */
const BASE_CLASS = 'UsceElement';

function usceManifest() {
  return {
    name: 'usce-manifest',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const problems = [];
      const elements = readElements(problems);
      const eventTypes = readEventTypes();
      const tokens = readTokens();

      // The elements extend UsceElement (shared/usce-element.ts), a LitElement of
      // ours that the analyzer does not follow: mark them as the elements they
      // are. UsceElement itself is no element and its members are not API.
      for (const mod of manifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.name === BASE_CLASS) decl.customElement = false;
          else if (decl.superclass?.name === BASE_CLASS) decl.customElement = true;
        }
      }

      // Helpers beside the elements (e.g. the quiz's storage) are not API.
      manifest.modules = manifest.modules.filter((mod) => mod.declarations?.some((d) => d.customElement));

      for (const mod of manifest.modules) {
        for (const decl of mod.declarations) {
          if (!decl.customElement) continue;
          const tag = elements.find((e) => e.className === decl.name && e.module === mod.path)?.tag;
          if (tag) decl.tagName = tag;
          else problems.push(`${decl.name} (${mod.path}) is not in the ELEMENTS map of ${ELEMENTS_FILE}.`);
          // The base class's plumbing is protected, and no more API than private members.
          decl.members = decl.members?.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');
          for (const event of decl.events ?? []) {
            if (!event.type && eventTypes.has(event.name)) event.type = { text: eventTypes.get(event.name) };
          }
          decl.cssProperties = cssProperties(decl, mod.path, tokens, problems);
          for (const [name, description] of attrDocs(mod.path, decl.name)) {
            const attribute = decl.attributes?.find((a) => a.name === name);
            if (attribute) attribute.description = description;
          }
        }
      }

      for (const { tag, className, module } of elements) {
        if (!manifest.modules.some((m) => m.path === module && m.declarations.some((d) => d.name === className))) {
          problems.push(`${tag}: ${className} was not found in ${module}.`);
        }
      }
      if (problems.length > 0) {
        console.error(`custom-elements.json: not written.\n  ${problems.join('\n  ')}`);
        process.exit(1);
      }

      // Where define() registers each tag, as the analyzer would record a
      // `customElements.define()` call.
      manifest.modules.push({
        kind: 'javascript-module',
        path: DEFINE_FILE,
        declarations: [],
        exports: elements.map(({ tag, className, module }) => ({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: className, module },
        })),
      });

      for (const mod of manifest.modules) {
        mod.path = shipped(mod.path);
        for (const decl of mod.declarations ?? []) {
          if (decl.superclass?.module) decl.superclass.module = shipped(decl.superclass.module);
        }
        for (const exp of mod.exports ?? []) {
          if (exp.declaration?.module) exp.declaration.module = shipped(exp.declaration.module);
        }
      }
    },
  };
}

/** `src/x/y.ts` (or `/src/x/y.js`) -> `dist/lib/x/y.js`: the library build keeps one output file per source module. */
function shipped(file) {
  // The analyzer names a superclass's module as `/src/x/y.js`.
  return file.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/lib/$1.js');
}

function parse(file) {
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

function unwrap(node) {
  while (node && (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node))) {
    node = node.expression;
  }
  return node;
}

function keyText(name) {
  return ts.isStringLiteral(name) || ts.isIdentifier(name) ? name.text : name.getText();
}

/** The object literal assigned to `const name = {...}` in `source`. */
function objectLiteral(source, name) {
  let found;
  source.forEachChild(function visit(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText() === name) {
      const init = unwrap(node.initializer);
      if (init && ts.isObjectLiteralExpression(init)) found = init;
    }
    node.forEachChild(visit);
  });
  return found;
}

/** Resolves a relative `.js` import in `from` to the `.ts` file path it names. */
function importedFile(from, specifier) {
  return path.posix.join(path.posix.dirname(from), specifier).replace(/\.js$/, '.ts');
}

function imports(source) {
  const byName = new Map();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) byName.set(element.name.text, importedFile(source.fileName, specifier));
    }
    if (statement.importClause?.name)
      byName.set(statement.importClause.name.text, importedFile(source.fileName, specifier));
  }
  return byName;
}

/** `[{tag, className, module}]` from `export const ELEMENTS = { 'usce-x': UsceX, ... }`. */
function readElements(problems) {
  const source = parse(ELEMENTS_FILE);
  const map = objectLiteral(source, 'ELEMENTS');
  if (!map) {
    problems.push(`No ELEMENTS object literal found in ${ELEMENTS_FILE}.`);
    return [];
  }
  const importsByName = imports(source);
  return map.properties.filter(ts.isPropertyAssignment).map((p) => {
    const className = p.initializer.getText();
    return { tag: keyText(p.name), className, module: importsByName.get(className) ?? '' };
  });
}

/**
 * Event name -> type text. From `UsceEventDetails` in src/events.ts (name ->
 * detail type, as `CustomEvent<Detail>`), else from its `HTMLElementEventMap`
 * declarations.
 */
function readEventTypes() {
  const details = new Map();
  const declared = new Map();
  parse(EVENTS_FILE).forEachChild(function visit(node) {
    if (ts.isInterfaceDeclaration(node) && ['UsceEventDetails', 'HTMLElementEventMap'].includes(node.name.text)) {
      const into = node.name.text === 'UsceEventDetails' ? details : declared;
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue;
        const type = member.type.getText();
        into.set(keyText(member.name), into === details ? `CustomEvent<${type}>` : type);
      }
    }
    node.forEachChild(visit);
  });
  return new Map([...declared, ...details]);
}

/** Token name -> description, in the order of `TOKENS`. */
function readTokens() {
  const map = objectLiteral(parse(TOKENS_FILE), 'TOKENS');
  const tokens = new Map();
  for (const p of map?.properties ?? []) {
    if (ts.isPropertyAssignment(p) && ts.isStringLiteralLike(p.initializer))
      tokens.set(keyText(p.name), p.initializer.text);
  }
  return tokens;
}

/** Attribute name -> description, from the `@attr` lines of class `className`'s JSDoc. */
function attrDocs(modulePath, className) {
  const docs = new Map();
  parse(modulePath).forEachChild((node) => {
    if (!ts.isClassDeclaration(node) || node.name?.text !== className) return;
    for (const tag of ts.getJSDocTags(node)) {
      if (!['attr', 'attribute'].includes(tag.tagName.text)) continue;
      const text = ts.getTextOfJSDocComment(tag.comment) ?? '';
      const match = /^(\S+)\s+-\s+([\s\S]*)$/.exec(text.trim());
      if (match) docs.set(match[1], match[2].replace(/\s+/g, ' '));
    }
  });
  return docs;
}

/** Every `--usce-*` token the element's styles read, with the CSS fallback as its default. */
function cssProperties(decl, modulePath, tokens, problems) {
  const used = new Map();
  for (const [name, file] of imports(parse(modulePath))) {
    if (!name.toLowerCase().endsWith('styles') || !file.endsWith('.styles.ts')) continue;
    for (const [token, fallback] of tokenUses(fs.readFileSync(file, 'utf8'))) {
      if (!used.has(token) || used.get(token) === undefined) used.set(token, fallback);
    }
  }
  const documented = new Map((decl.cssProperties ?? []).map((p) => [p.name, p]));
  for (const name of documented.keys()) {
    if (!tokens.has(name)) problems.push(`${decl.name}: @cssprop ${name} is not in TOKENS (${TOKENS_FILE}).`);
  }
  const names = [...tokens.keys()].filter((name) => used.has(name) || documented.has(name));
  return names.map((name) => {
    const entry = { ...(documented.get(name) ?? { description: tokens.get(name), name }) };
    const fallback = used.get(name);
    if (entry.default === undefined && fallback !== undefined) entry.default = fallback;
    return entry;
  });
}

/**
 * `var(--usce-x, fallback)` uses in a stylesheet: token -> fallback, as it
 * applies with the default theme (`auto`), where the `--_theme-*` locals are
 * unset. Any other fallback that reads a private `--_` local (such as the
 * detected page background) has no fixed value, so no default is reported;
 * the token's description says what happens.
 */
function tokenUses(css) {
  const uses = new Map();
  const pattern = /var\(\s*(--usce-[a-z0-9-]+)\s*(,)?/g;
  for (let match; (match = pattern.exec(css));) {
    let fallback;
    if (match[2]) {
      let depth = 1;
      let i = pattern.lastIndex;
      for (; i < css.length && depth > 0; i++) {
        if (css[i] === '(') depth++;
        else if (css[i] === ')') depth--;
      }
      fallback = withoutThemeLocals(css.slice(pattern.lastIndex, i - 1).trim());
      if (fallback?.includes('--_')) fallback = undefined;
    }
    if (!uses.has(match[1]) || uses.get(match[1]) === undefined) uses.set(match[1], fallback);
  }
  return uses;
}

/** `var(--_theme-x, #fff)` -> `#fff`; `var(--_theme-x)` -> undefined. */
function withoutThemeLocals(value) {
  const match = /^var\(\s*--_theme-[a-z0-9-]+\s*(?:,(.*))?\)$/s.exec(value);
  if (!match) return value;
  return match[1] === undefined ? undefined : withoutThemeLocals(match[1].trim());
}
