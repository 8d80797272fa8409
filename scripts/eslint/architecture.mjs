// The renderer's layers as a lint rule, the way VS Code fences its layers: the shell (app/) on
// top, pages that combine features below it, then the features, then core/, ui/, platform/ and
// db/ below every feature. A feature reaches another only through its public entry (`../<name>`
// = its index.ts), never into its files, and the features' dependency graph has no cycle (a
// cycle between two features is reported on every import that closes it). A feature's
// route.tsx is the shell's entry into that module (nothing imports it), so it may use pages.
// File-level import cycles are caught separately by import-x/no-cycle (eslint.config.js).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const FEATURES = path.join(ROOT, 'renderer', 'features');
const BASE_LAYERS = new Set(['core', 'ui', 'platform', 'db']);
const IMPORT_RE = /(?:from\s*|import\s*\(\s*|import\s+)'(\.[^']*)'/g;

/** Where a repo-relative path sits: { layer: 'app' | 'pages' | 'feature' | 'route' | …, feature?, rest? }. */
function place(relative) {
  const parts = relative.split(path.sep);
  if (parts[0] !== 'renderer') return null;
  if (parts[1] === 'features' && parts[2]) {
    const rest = parts.slice(3).join('/');
    const layer = /^route\.tsx?$/.test(rest) ? 'route' : 'feature';
    return { layer, feature: parts[2], rest };
  }
  return { layer: parts[1] ?? '' };
}

function isPublicEntry(rest) {
  return rest === '' || rest === 'index' || rest === 'index.ts' || rest === 'index.tsx';
}

function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(full);
  }
  return out;
}

let cycleCache = null;

/** Features that sit on a cycle together: feature → the set of features in its strongly connected group. */
function featureCycles() {
  if (cycleCache) return cycleCache;
  const edges = new Map();
  for (const file of filesUnder(FEATURES)) {
    const from = place(path.relative(ROOT, file));
    if (!from || from.layer !== 'feature') continue;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT_RE)) {
      const to = place(path.relative(ROOT, path.resolve(path.dirname(file), match[1])));
      if (to?.layer === 'feature' && to.feature !== from.feature) {
        if (!edges.has(from.feature)) edges.set(from.feature, new Set());
        edges.get(from.feature).add(to.feature);
      }
    }
  }
  // Tarjan's strongly connected components over a graph of a dozen nodes.
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const group = new Map();
  let next = 0;
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const members = new Set();
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        members.add(w);
      } while (w !== v);
      for (const m of members) group.set(m, members);
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  cycleCache = group;
  return group;
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep the renderer layers pointing one way (DESIGN §1).' },
    schema: [],
    messages: {
      featureInternals:
        "'{{from}}' reaches into feature '{{to}}' ({{source}}): import it through its public index ('../{{to}}').",
      featureUp: "Features never import the shell or pages above them: '{{source}}'.",
      featureCycle:
        "Importing '{{to}}' from '{{from}}' closes a cycle between features ({{members}}): move what combines them into renderer/pages, or invert one edge through a registry.",
      pagesInternals: "Pages use a feature through its public index ('{{to}}'), not '{{source}}'.",
      baseToUpper:
        "renderer/{{from}} sits below every feature and the shell: it may not import '{{source}}'.",
    },
  },
  create(context) {
    const file = path.relative(ROOT, context.filename ?? context.getFilename());
    const from = place(file);
    if (!from) return {};
    const check = (node, source) => {
      // Stylesheets carry no dependency worth fencing.
      if (typeof source !== 'string' || !source.startsWith('.') || source.endsWith('.css')) return;
      const target = place(path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), source)));
      if (!target) return;
      const intoFeature = target.layer === 'feature' || target.layer === 'route';
      if (from.layer === 'feature') {
        if (target.layer === 'app' || target.layer === 'pages') {
          context.report({ node, messageId: 'featureUp', data: { source } });
        } else if (intoFeature && target.feature !== from.feature) {
          if (!isPublicEntry(target.rest)) {
            context.report({ node, messageId: 'featureInternals', data: { from: from.feature, to: target.feature, source } });
          }
          const members = featureCycles().get(from.feature);
          if (members && members.size > 1 && members.has(target.feature)) {
            context.report({
              node,
              messageId: 'featureCycle',
              data: { from: from.feature, to: target.feature, members: [...members].sort().join(', ') },
            });
          }
        }
      } else if (from.layer === 'route' || from.layer === 'pages') {
        if (from.layer === 'pages' && target.layer === 'app') {
          context.report({ node, messageId: 'featureUp', data: { source } });
        }
        if (intoFeature && target.feature !== from.feature && !isPublicEntry(target.rest)) {
          context.report({ node, messageId: 'pagesInternals', data: { to: target.feature, source } });
        }
      } else if (BASE_LAYERS.has(from.layer) && (intoFeature || target.layer === 'app' || target.layer === 'pages')) {
        context.report({ node, messageId: 'baseToUpper', data: { from: from.layer, source } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { layers: layersRule } };
