export async function main(_argv: readonly string[]): Promise<number> {
  process.stdout.write('briefing\n');
  return 0;
}
