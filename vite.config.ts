import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: './',
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
