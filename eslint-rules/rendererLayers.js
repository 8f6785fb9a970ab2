/**
 * `local/renderer-layers` (issue 13): the renderer's folders import downward only.
 *
 *   app (shell: routes, error screens, startup)  and  main.tsx
 *     → features: library, reader, glossary, quiz, stories, packs, review, vocabulary, progress, settings, ownTexts, about
 *       → ui (shared components and formatting)
 *         → domain (stores, hooks, services, route state: what several features use)
 *           → db, i18n, workers, text (plain text preparation) and the modules at the renderer's root
 *
 * A feature imports no other feature: what two features share moves down into ui/ or domain/, and where one screen
 * shows another's component (the reader's glossary popover, the library's story panel) app passes it in as a prop.
 * Imports inside one folder, and imports of the core, shared contracts and resources, are not this rule's business.
 */
import path from 'node:path';

const FEATURES = new Set(['library', 'reader', 'glossary', 'quiz', 'stories', 'packs', 'review', 'vocabulary', 'progress', 'settings', 'ownTexts', 'about']);
const RANK = { app: 4, feature: 3, ui: 2, domain: 1, base: 0 };

/** The layer of a file under src/renderer, from its first folder; null outside the renderer. */
function layerOf(file) {
  const parts = file.split(path.sep).join('/').split('/');
  const at = parts.lastIndexOf('renderer');
  if (at < 1 || parts[at - 1] !== 'src') return null;
  const rest = parts.slice(at + 1);
  if (rest.length === 1) return { layer: rest[0].startsWith('main.') ? 'app' : 'base', folder: '' };
  const folder = rest[0];
  if (folder === 'app') return { layer: 'app', folder };
  if (FEATURES.has(folder)) return { layer: 'feature', folder };
  if (folder === 'ui' || folder === 'domain') return { layer: folder, folder };
  return { layer: 'base', folder };
}

/** @type {import('eslint').Rule.RuleModule} */
export const rendererLayers = {
  meta: {
    type: 'problem',
    docs: { description: 'Renderer folders import downward only: app → features → ui → domain → db, i18n, workers, text' },
    schema: [],
    messages: {
      sideways: "A feature does not import another feature ({{from}} → {{to}}): move what both use into ui/ or domain/, or let app pass the component in as a prop.",
      upward: "{{from}} ({{fromLayer}}) may not import {{to}} ({{toLayer}}): renderer layers import downward only (app → features → ui → domain → db, i18n, workers, text).",
    },
  },
  create(context) {
    const filename = context.filename ?? context.getFilename();
    const own = layerOf(filename);
    if (!own) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = layerOf(path.resolve(path.dirname(filename), spec));
      if (!target || target.folder === own.folder) return;
      const data = { from: own.folder || path.basename(filename), to: target.folder || spec, fromLayer: own.layer, toLayer: target.layer };
      if (own.layer === 'feature' && target.layer === 'feature') context.report({ node, messageId: 'sideways', data });
      else if (RANK[target.layer] > RANK[own.layer]) context.report({ node, messageId: 'upward', data });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};
