/** The workshop protocol's public entry: message schemas, limits, errors and nicknames (browser and server). */
export * from './errors';
export * from './limits';
export * from './messages';
export * from './parse';
export * from './nickname';
export * from './seat-client';
export * from './server-messages';
