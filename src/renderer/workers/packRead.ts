/** Core's pack reader and its schemas (zod), a chunk of its own that the engine worker loads on the first pack (packApi.ts). */
export { readPackFile } from '../../core';
