export * from './model/index';
export * from './import/cell-document';
