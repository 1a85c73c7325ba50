export default {
  displayName: 'backend',
  preset: '../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/tools/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  // e2e suites boot a real server on a fresh database.
  testTimeout: 60000,
};
