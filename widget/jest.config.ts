// Lit and graphql-ws ship ES modules only; ts-jest turns them into CommonJS for jest.
const esmPackages = ['lit', 'lit-html', 'lit-element', '@lit', 'graphql-ws'].join('|');

export default {
  displayName: 'widget',
  preset: '../jest.preset.js',
  rootDir: '.',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: {
    '^.+\\.[tj]s$': [
      'ts-jest',
      {
        // Lit reactive properties need legacy decorators and non-define class fields, and lit's own .js files must compile.
        tsconfig: '<rootDir>/tsconfig.spec.json',
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages})/)`],
};
