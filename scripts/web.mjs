// `npm run web`: builds the renderer with the browser host and serves it on localhost.
import { build, preview } from 'vite';

const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 5174;

await build({ configFile: 'vite.web.config.ts', logLevel: 'warn' });
const server = await preview({ configFile: 'vite.web.config.ts', preview: { port, strictPort: false, host: '127.0.0.1' } });
const address = server.httpServer.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(`Lesestoff (web host) is running at http://localhost:${actualPort}/`);
console.log('Press Ctrl+C to stop.');
