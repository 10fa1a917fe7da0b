/**
 * The tests `npm run mutate` runs against each mutant (StrykerJS): the in-process unit tests of the engine,
 * the content and the scenario checks. Left out: tests that spawn the CLI in a child process (they do not
 * see Stryker's active mutant), the exhaustive analysis of every shipped scenario (minutes per run), and
 * test/content/scenarios.test.ts, which checks the shipped scenario files rather than the code.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/engine/**/*.test.ts', 'test/content/**/*.test.ts', 'test/scenario/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*-cli.test.ts', 'test/scenario/cli-check.test.ts', 'test/content/analysis.test.ts', 'test/content/scenarios.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
