export * from './monitoring-profile';
export * from './compute-time-progress';
export * from './find-planned-share';
export * from './assess-execution-progress';
export * from './assess-indicator-progress';
export * from './deviation-record';
