import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setupNer.ts'],
    // Generous: some tests run the CLI in a child process, which takes over 30 s on a busy 2-core machine.
    testTimeout: 120_000,
  },
});
