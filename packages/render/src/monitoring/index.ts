export * from './monitoring-sheet';
export * from './render-monitoring-xlsx';
export * from './render-monitoring-html';
export * from './render-monitoring-pdf';
