// A web-test-runner plugin: what the tests need done in Node, as commands (`executeServerCommand`):
// - `prerender` { html, options? } runs the built prerenderer (dist/prerender/prerender.js) and returns
//   { html, warnings }, the warnings it printed;
// - `prerender-cli` { args, input } runs the built command line and returns { stdout, stderr, status };
// - `wpautop` { html } runs WordPress's own `wpautop` filter (Debian's wordpress package, with php-cli) on a snippet,
//   as a classic editor does to what is pasted into it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const WORDPRESS_FORMATTING = process.env.WORDPRESS_FORMATTING ?? '/usr/share/wordpress/wp-includes/formatting.php';
const cli = new URL('../dist/prerender/cli.js', import.meta.url).pathname;

/** `prerender(html, options)`, with the warnings it printed; what it throws, as `error`. */
async function prerenderRecordingWarnings({ html, options }) {
  const { prerender } = await import('../dist/prerender/prerender.js');
  const warnings = [];
  const warn = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    return { html: await prerender(html, options), warnings };
  } catch (error) {
    return { error: `${error.name}: ${error.message}`, warnings };
  } finally {
    console.warn = warn;
  }
}

function run(command, args, input) {
  const { stdout, stderr, status, error } = spawnSync(command, args, { input, encoding: 'utf8' });
  if (error) throw error;
  return { stdout, stderr, status };
}

export function serverSide() {
  return {
    name: 'server-side',
    async executeCommand({ command, payload }) {
      if (command === 'prerender') return prerenderRecordingWarnings(payload);
      if (command === 'prerender-cli') return run(process.execPath, [cli, ...payload.args], payload.input ?? '');
      if (command === 'wpautop') {
        if (!existsSync(WORDPRESS_FORMATTING)) {
          throw new Error(`wpautop needs WordPress's ${WORDPRESS_FORMATTING} and php (scripts/setup.sh installs them)`);
        }
        const filter = `require "${WORDPRESS_FORMATTING}"; echo wpautop(file_get_contents("php://stdin"));`;
        const { stdout, stderr, status } = run('php', ['-r', filter], payload.html);
        if (status !== 0) throw new Error(`php failed: ${stderr}`);
        return stdout;
      }
      return undefined;
    },
  };
}
