export * from './create-seeded-random';
export * from './build-dataset-model';
export * from './generate-unit-tree';
export * from './generate-projects';
export * from './write-generated-text';
