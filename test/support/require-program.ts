// Tests that drive a real program (dnsmasq, Caddy, curl) fail — never skip — when it is missing, naming the
// Debian package that provides it (.ci/run installs them).
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The absolute path of `program` on PATH (or in /usr/sbin, /sbin); throws naming `aptPackage` when absent. */
export function requireProgram(program: string, aptPackage: string): string {
  const directories = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin', '/usr/local/sbin'].filter((directory) => directory !== '');
  for (const directory of directories) {
    const candidate = join(directory, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  throw new Error(`${program} is not installed; this test needs it. Install the Debian package: apt-get install -y ${aptPackage}`);
}
