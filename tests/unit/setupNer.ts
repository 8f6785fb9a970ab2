/** The NER weights are an asset the host provides (issue 19); the tests' host is this file, as loadEngine is the CLI's. */
import { defaultLanguage } from '../../src/core';
import { provideNerFile } from '../../src/node/nerFile';
import { resourcesDir } from '../../src/node/paths';

provideNerFile(defaultLanguage, resourcesDir());
