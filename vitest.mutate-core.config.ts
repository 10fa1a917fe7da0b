/**
 * `npm run mutate:core`: the quick mutation run over the rules, the machine, the game API and the view,
 * against the fast tests that exercise them directly (seconds per mutant instead of a minute with every test).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/engine/{rules,rule-edges,rule-steps,group-log,machine,machine-shapes,machine-step,analyze-machine,chance,conditions,consequences-overlap,save,save-mode,forecast,ledger,view-report,view-model,rule-details,result-code}.test.ts',
      'test/content/golden.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
  },
});
