// Bridge to the pure indicator-library module until `@jixiao/core` re-exports it
// (one line in packages/core/src/index.ts: `export * from './library/index';`).
export * from '../../core/src/library/index';
