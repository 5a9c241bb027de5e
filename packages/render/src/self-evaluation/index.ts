export * from './self-evaluation-sheet';
export * from './render-self-evaluation-xlsx';
export * from './render-self-evaluation-html';
export * from './render-self-evaluation-pdf';
