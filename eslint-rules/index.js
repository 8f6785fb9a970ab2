/** The project's own lint rules (issue 9), as the `local` plugin of eslint.config.js. */
import { noLiteralUiText } from './noLiteralUiText.js';
import { noManualPlural } from './noManualPlural.js';

export default { rules: { 'no-literal-ui-text': noLiteralUiText, 'no-manual-plural': noManualPlural } };
