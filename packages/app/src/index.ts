export * from './parse-document';
export * from './parse-json';
