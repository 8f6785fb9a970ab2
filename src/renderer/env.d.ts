/** Injected by the Vite configs from package.json. */
declare const __APP_VERSION__: string;
