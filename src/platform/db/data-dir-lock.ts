import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * PGlite takes no lock of its own (its postmaster.pid always says -42): a second process opens
 * the same directory without complaint and the two corrupt it, or one aborts inside WebAssembly.
 * So, as PostgreSQL does with its postmaster.pid, whoever opens the directory writes its process
 * id into it and removes it on close; a file whose process is gone (a killed server) is stale.
 */
const LOCK_FILE = 'cds.pid'

/** The embedded database's directory is held by another live process: the server, usually. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: number | undefined,
  ) {
    const by = holder === undefined ? '' : ` (${holder})`
    super(
      `Hãy dừng máy chủ trước: cơ sở dữ liệu nhúng ${dir} đang được một tiến trình khác dùng${by}, ` +
        `PGlite chỉ cho một tiến trình / Stop the server first: the embedded database ${dir} is in ` +
        `use by another process${by}, PGlite admits one process at a time`,
    )
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function holderOf(file: string): Promise<number | undefined> {
  const pid = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10)
  return Number.isInteger(pid) && pid > 0 ? pid : undefined
}

/**
 * Claims the directory for this process until the returned release is called.
 * @throws DataDirInUseError when a live process other than this one holds it.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const file = path.join(dir, LOCK_FILE)
  // Two rounds: the second follows the removal of a stale file, and loses to a process that
  // claimed the directory in between.
  for (let round = 0; round < 2; round++) {
    try {
      await writeFile(file, `${process.pid}\n`, { flag: 'wx' })
      return () => rm(file, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = await holderOf(file)
    // Our own id is a previous life of this container's process 1, never a live holder.
    if (holder !== undefined && holder !== process.pid && isAlive(holder))
      throw new DataDirInUseError(dir, holder)
    await rm(file, { force: true })
  }
  throw new DataDirInUseError(dir, await holderOf(file))
}
