// Apache serving a built site from the folder it is in, with nothing but the modules a static host needs and the
// site's own .htaccess files: what the tests compare with the headers the test servers send (tools/build/hosting.js).
// Debian's apache2, which the wordpress package brings.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { waitFor } from './wait-for.js';

const APACHE = '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';

const configOf = (root, folder, port) => `ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${folder}/apache.pid
ErrorLog ${folder}/error.log
User www-data
Group www-data
${['mpm_event', 'authz_core', 'dir', 'mime', 'headers'].map((name) => `LoadModule ${name}_module ${MODULES}/mod_${name}.so`).join('\n')}
TypesConfig /etc/mime.types
DocumentRoot ${root}
<Directory ${root}>
  AllowOverride FileInfo
  Require all granted
</Directory>
DirectoryIndex index.html
`;

/** Each of `paths` as Apache answers it from the site in `siteFolder`: { status, headers }. */
export async function apacheAnswers(siteFolder, paths) {
  if (!existsSync(APACHE)) {
    throw new Error(`Apache is missing (${APACHE}): install Debian's apache2 (tools/setup.sh does, with wordpress).`);
  }
  // A copy that Apache's user can read wherever the checkout is (a root's home is closed to others).
  const folder = mkdtempSync(join(tmpdir(), 'pa-apache-'));
  chmodSync(folder, 0o755);
  const root = join(folder, 'site');
  cpSync(siteFolder, root, { recursive: true });
  const port = await freePort();
  writeFileSync(join(folder, 'httpd.conf'), configOf(root, folder, port));
  // In the foreground, as a child of this process: stopped with it, whatever happens.
  const apache = spawn(APACHE, ['-f', join(folder, 'httpd.conf'), '-D', 'FOREGROUND'], { stdio: 'ignore' });
  const fetchPath = (path) => fetch(`http://127.0.0.1:${port}/${path}`, { redirect: 'manual' });
  try {
    await waitFor(
      'Apache',
      async () => {
        if (apache.exitCode !== null) {
          const log = join(folder, 'error.log');
          const reason = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').at(-1) : 'no error log';
          throw new Error(`Apache did not start (${reason})`);
        }
        return fetchPath('').then(
          () => true,
          () => false,
        );
      },
      { timeoutMs: 5000, intervalMs: 50 },
    );
    const answers = {};
    for (const path of paths) {
      const response = await fetchPath(path);
      answers[path] = { status: response.status, headers: Object.fromEntries(response.headers) };
    }
    return answers;
  } finally {
    apache.kill();
    rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
  }
}
