import { fileURLToPath } from 'node:url';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// `vite` serves the demo; `vite build` writes the drop-in bundle: one minified ES module with Lit inside,
// no chunks. The npm build in dist/ is plain `tsc` output (see tsconfig.build.json).
export default defineConfig({
  root: fromRoot('demo'),
  server: { host: '127.0.0.1', port: 5173 },
  plugins: [{ ...literalsHtmlCssMinifier({ include: 'src/**/*.ts', failOnError: true }), apply: 'build' }],
  build: {
    outDir: fromRoot('cdn'),
    emptyOutDir: true,
    target: 'es2022',
    // Vite 8 leaves ES libraries unminified unless asked twice.
    minify: 'oxc',
    lib: {
      entry: fromRoot('src/all.ts'),
      formats: ['es'],
      fileName: () => 'pa-statement-widget.js',
    },
    rolldownOptions: {
      output: {
        // Members named `__*` are private by this project's convention (as in Lit's own sources): mangled here.
        minify: { compress: true, mangle: true, codegen: { removeWhitespace: true }, mangleProps: { include: /^__/ } },
        comments: false,
        codeSplitting: false,
      },
    },
  },
});
