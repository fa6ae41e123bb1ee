// Bundles the diagram client into web/ (ignored by git): one script and one style sheet that the diagram server
// serves next to web/diagram.html. Called by the Maven build (exec-maven-plugin, system npm).
import { build } from 'esbuild';
import { mkdirSync } from "node:fs";

mkdirSync('web/dist', { recursive: true });
await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  outfile: 'web/dist/bundle.js',
  format: 'iife',
  target: 'es2022',
  platform: 'browser',
  jsxFactory: 'svg',
  tsconfig: 'tsconfig.json',
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
  logLevel: 'warning',
  minify: true,
  sourcemap: false,
  legalComments: 'linked'
});
