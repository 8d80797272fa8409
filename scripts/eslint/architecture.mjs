// The renderer's layers as a lint rule, the way VS Code fences its layers: the shell (app/) on
// top, features below it, and core/, ui/, platform/, db/ below every feature. A feature reaches
// another only through its public entry (`../<name>` = its index.ts), never into its files.
// Import cycles are caught separately by import-x/no-cycle (eslint.config.js).
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const BASE_LAYERS = new Set(['core', 'ui', 'platform', 'db']);

/** Where a repo-relative path sits: { layer: 'app' | 'feature' | 'core' | …, feature?, rest? }. */
function place(relative) {
  const parts = relative.split(path.sep);
  if (parts[0] !== 'renderer') return null;
  if (parts[1] === 'features' && parts[2]) {
    return { layer: 'feature', feature: parts[2], rest: parts.slice(3).join('/') };
  }
  return { layer: parts[1] ?? '' };
}

function isPublicEntry(rest) {
  return rest === '' || rest === 'index' || rest === 'index.ts' || rest === 'index.tsx';
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep the renderer layers pointing one way (DESIGN §1).' },
    schema: [],
    messages: {
      featureInternals:
        "'{{from}}' reaches into feature '{{to}}' ({{source}}): import it through its public index ('../{{to}}').",
      featureToApp: "Features never import the app shell (renderer/app): '{{source}}'.",
      baseToUpper:
        "renderer/{{from}} sits below every feature and the shell: it may not import '{{source}}'.",
    },
  },
  create(context) {
    const file = path.relative(ROOT, context.filename ?? context.getFilename());
    const from = place(file);
    if (!from) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = place(path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), source)));
      if (!target) return;
      if (from.layer === 'feature') {
        if (target.layer === 'app') context.report({ node, messageId: 'featureToApp', data: { source } });
        else if (target.layer === 'feature' && target.feature !== from.feature && !isPublicEntry(target.rest))
          context.report({
            node,
            messageId: 'featureInternals',
            data: { from: from.feature, to: target.feature, source },
          });
      } else if (BASE_LAYERS.has(from.layer) && (target.layer === 'feature' || target.layer === 'app')) {
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
