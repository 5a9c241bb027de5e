export * from './parse-target-value';
export * from './format-target-value';
export * from './scale-decimal';
