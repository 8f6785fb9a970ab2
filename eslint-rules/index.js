/** The project's own lint rules (issues 9 and 13), as the `local` plugin of eslint.config.js. */
import { noLiteralUiText } from './noLiteralUiText.js';
import { noManualPlural } from './noManualPlural.js';
import { rendererLayers } from './rendererLayers.js';

export default { rules: { 'no-literal-ui-text': noLiteralUiText, 'no-manual-plural': noManualPlural, 'renderer-layers': rendererLayers } };
