/**
 * `local/no-manual-plural` (issue 9): a message that depends on a count is one i18next key with plural forms
 * (`key_one`, `key_other`, and whatever else a language's rules need), called as `t('key', { count })`.
 * Choosing between texts by comparing a number with 1 gets other languages wrong (Russian, Arabic, Polish …),
 * so `n === 1 ? t('word') : t('words')` and `t(n === 1 ? 'a' : 'b')` are reported. A distinct message for
 * zero (`n === 0 ? t('none') : t('some', { count: n })`) is fine: that is a different sentence, not a plural.
 */
const comparisons = new Set(['===', '!==', '==', '!=', '>', '<=', '<', '>=']);

const isOne = (node) => node?.type === 'Literal' && node.value === 1;
const comparesWithOne = (test) =>
  test?.type === 'BinaryExpression' && comparisons.has(test.operator) && (isOne(test.left) || isOne(test.right)) && !(test.operator === '<' && isOne(test.right)) && !(test.operator === '>=' && isOne(test.right));

/** `t(…)`, `i18n.t(…)`, `props.t(…)`, a string or a template: something that becomes text. */
const isText = (node) =>
  (node?.type === 'Literal' && typeof node.value === 'string') ||
  node?.type === 'TemplateLiteral' ||
  (node?.type === 'CallExpression' && ((node.callee.type === 'Identifier' && /^t\w*$/.test(node.callee.name)) || (node.callee.type === 'MemberExpression' && node.callee.property.name === 't')));

/** @type {import('eslint').Rule.RuleModule} */
export const noManualPlural = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow choosing singular or plural text by comparing a count with 1' },
    schema: [],
    messages: { plural: 'Plural chosen by hand: use one key with _one/_other forms and t(key, { count }).' },
  },
  create(context) {
    return {
      ConditionalExpression(node) {
        if (comparesWithOne(node.test) && isText(node.consequent) && isText(node.alternate)) context.report({ node, messageId: 'plural' });
      },
    };
  },
};
