export * from './render-disclosure-html';
export * from './render-disclosure-pdf';
export * from './render-disclosure-docx';
export * from './render-disclosure-xlsx';
export * from './render-disclosure-data-package';
