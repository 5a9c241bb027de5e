// Test-only re-export of the hand-built sample projects kept beside the core layouts.
export * from '../../core/src/render-view/fixtures/sample-projects';
