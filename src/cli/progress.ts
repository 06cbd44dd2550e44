import { SingleBar, Presets } from 'cli-progress'
import type { SeedProgress } from '../modules/population/index.js'

/** A progress bar for the population load, on stderr so stdout stays for results. */
export function seedProgressBar(): { update: (p: SeedProgress) => void; stop: () => void } {
  const bar = new SingleBar(
    {
      format:
        'Nạp dân cư / Loading residents |{bar}| {percentage}% | {value}/{total} người | xã {communes}',
      stream: process.stderr,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5000,
    },
    Presets.shades_classic,
  )
  let started = false
  return {
    update(p) {
      if (!started) {
        bar.start(p.residentsTotal, 0, { communes: '0/0' })
        started = true
      }
      bar.update(p.residentsLoaded, { communes: `${p.communesDone}/${p.communesTotal}` })
    },
    stop() {
      bar.stop()
    },
  }
}
