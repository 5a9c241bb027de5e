export * from './normalize-text';
export * from './html-to-text';
export * from './decode-entities';
export * from './latex-to-text';
export * from './to-simplified';
export * from './parse-chinese-number';
