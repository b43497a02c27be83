const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');
const openApiPlugin = require('./openapi-plugin.cjs');

// The server bundle: our code and libs/curriculum compiled in; node_modules stay external
// (native modules such as better-sqlite3 are loaded from node_modules at run time).
module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // The command line (npm run cli) is a second entry of the same bundle.
      additionalEntryPoints: [{ entryName: 'cli', entryPath: './src/cli.ts' }],
      tsConfig: './tsconfig.app.json',
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      sourceMap: true,
      // OpenAPI schemas from the DTO classes (options shared with the e2e tests: openapi-plugin.cjs).
      transformers: [{ name: '@nestjs/swagger/plugin', options: openApiPlugin.options }],
    }),
  ],
};
