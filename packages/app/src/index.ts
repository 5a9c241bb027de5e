export * from './parse-document';
export * from './parse-json';
export * from './import-document';
