/** The scenario file format: schema, validation, strings and text tokens. Imports nothing else from src/. */
export * from './schema';
export * from './strings';
export * from './text';
export * from './load';
export type { Diagnostic, Severity } from './diagnostics';
export * from './check';
export * from './catalog';
