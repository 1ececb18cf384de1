// Preloaded into the CLI under test with `node --import`: at exit, writes the process's peak
// resident memory (KiB) and CPU time (ms) as JSON to the file named by BRIEFING_MEASURE.
import { writeFileSync } from 'node:fs';

const target = process.env.BRIEFING_MEASURE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      target,
      JSON.stringify({
        maxRssKb: usage.maxRSS,
        cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
      }),
    );
  });
}
