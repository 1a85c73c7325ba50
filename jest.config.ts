import type { Config } from 'jest';

// One jest run over every project so the closing summary counts them all.
const config: Config = {
  // Suites boot real servers on fresh databases; a loaded CI machine needs more than jest's 5 s.
  testTimeout: 60_000,
  projects: ['<rootDir>/libs/shared', '<rootDir>/backend', '<rootDir>/widget', '<rootDir>/admin'],
  reporters: ['default', '<rootDir>/libs/testing/src/summary-reporter.js'],
  globalSetup: '<rootDir>/libs/testing/src/global-setup.js',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.js',
};

export default config;
