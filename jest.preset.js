// Shared jest settings for every project of the workspace.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    // Type-checking is the build's job (tsc); tests only transpile (isolatedModules in tsconfig.spec.json).
    '^.+\\.[tj]s$': [
      'ts-jest',
      {
        tsconfig: path.join(__dirname, 'tsconfig.spec.json'),
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: {
    '^@shopdesk/shared$': path.join(__dirname, 'libs/shared/src/index.ts'),
    '^@shopdesk/testing$': path.join(__dirname, 'libs/testing/src/index.ts'),
  },
};
