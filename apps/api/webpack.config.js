const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

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
      // OpenAPI schemas from the DTO classes (also those of libs/curriculum) and their class-validator
      // rules, without decorating the shared library with Nest-specific ones.
      transformers: [
        {
          name: '@nestjs/swagger/plugin',
          options: {
            classValidatorShim: true,
            introspectComments: true,
            dtoFileNameSuffix: ['.dto.ts', '.query.ts'],
          },
        },
      ],
    }),
  ],
};
