// Shared jest settings for every project of the workspace.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': [
      'ts-jest',
      {
        // Type-checking is the build's job (tsc); tests only need transpiling.
        isolatedModules: true,
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
