// Apache serving a built site from the folder it is in, with nothing but the modules a static host needs and the
// site's own .htaccess files: what the tests compare with the headers the test servers send (scripts/hosting.js).
// Debian's apache2, which the wordpress package brings.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const APACHE = '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';

const freePort = () =>
  new Promise((done, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

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
    throw new Error(`Apache is missing (${APACHE}): install Debian's apache2 (scripts/setup.sh does, with wordpress).`);
  }
  const folder = mkdtempSync(join(tmpdir(), 'pa-apache-'));
  const port = await freePort();
  writeFileSync(join(folder, 'httpd.conf'), configOf(resolve(siteFolder), folder, port));
  try {
    execFileSync(APACHE, ['-f', join(folder, 'httpd.conf'), '-k', 'start'], { stdio: 'pipe' });
    const answers = {};
    for (const path of paths) {
      const response = await fetch(`http://127.0.0.1:${port}/${path}`, { redirect: 'manual' });
      answers[path] = { status: response.status, headers: Object.fromEntries(response.headers) };
    }
    return answers;
  } finally {
    if (existsSync(join(folder, 'apache.pid'))) {
      process.kill(Number(readFileSync(join(folder, 'apache.pid'), 'utf8')));
    }
    rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
  }
}
