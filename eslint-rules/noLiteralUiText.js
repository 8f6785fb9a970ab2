/**
 * `local/no-literal-ui-text` (issue 9): user-visible text in JSX goes through i18next's `t()`, so both UI
 * languages cover every screen. Flags letters in JSX text, in string literals rendered as children
 * (also through `?:`, `&&`, `||`, `??`), and in the attributes people see or hear (aria-label, title, alt …).
 * Punctuation, arrows and numbers pass. Mark a deliberate exception with a disable comment and a reason.
 */
const visibleAttributes = new Set([
  'aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder', 'label',
]);
const hasLetters = (text) => /\p{L}/u.test(text);

/** @type {import('eslint').Rule.RuleModule} */
export const noLiteralUiText = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow user-visible text in JSX that does not go through i18next' },
    schema: [],
    messages: {
      text: 'User-visible text "{{text}}" in JSX: put it in the locale files (src/renderer/i18n/locales) and use t().',
      attribute: 'User-visible {{name}}="{{text}}": put it in the locale files and use t().',
    },
  },
  create(context) {
    const short = (text) => text.trim().replace(/\s+/g, ' ').slice(0, 40);
    /** Literals an expression can render: itself, or the branches of conditionals and logical operators. */
    const renderedLiterals = (node) => {
      if (!node) return [];
      if (node.type === 'Literal' && typeof node.value === 'string') return [{ node, text: node.value }];
      if (node.type === 'TemplateLiteral') return [{ node, text: node.quasis.map((q) => q.value.cooked ?? '').join(' ') }];
      if (node.type === 'ConditionalExpression') return [...renderedLiterals(node.consequent), ...renderedLiterals(node.alternate)];
      if (node.type === 'LogicalExpression') return node.operator === '&&' ? renderedLiterals(node.right) : [...renderedLiterals(node.left), ...renderedLiterals(node.right)];
      return [];
    };
    const isChild = (node) => node.parent && (node.parent.type === 'JSXElement' || node.parent.type === 'JSXFragment');
    return {
      JSXText(node) {
        if (hasLetters(node.value)) context.report({ node, messageId: 'text', data: { text: short(node.value) } });
      },
      JSXExpressionContainer(node) {
        if (!isChild(node)) return;
        for (const literal of renderedLiterals(node.expression))
          if (hasLetters(literal.text)) context.report({ node: literal.node, messageId: 'text', data: { text: short(literal.text) } });
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (!visibleAttributes.has(name) || !node.value) return;
        const literals = node.value.type === 'JSXExpressionContainer' ? renderedLiterals(node.value.expression) : renderedLiterals(node.value);
        for (const literal of literals)
          if (hasLetters(literal.text)) context.report({ node: literal.node, messageId: 'attribute', data: { name, text: short(literal.text) } });
      },
    };
  },
};
