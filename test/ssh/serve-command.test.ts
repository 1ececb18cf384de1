import { Command } from 'commander';
import { describe, expect, test } from 'vitest';
import { addServeCommand } from '../../source/cli/serve-command.js';

function program(): { program: Command; output: () => string; exits: number[] } {
  let text = '';
  const exits: number[] = [];
  const root = new Command('briefing').exitOverride().configureOutput({
    writeOut: (s) => {
      text += s;
    },
    writeErr: (s) => {
      text += s;
    },
  });
  addServeCommand(root, {
    defaultPath: 'content',
    setExit: (code) => exits.push(code),
    createStartSession: () => Promise.reject(new Error('not in these tests')),
  });
  for (const command of root.commands) command.exitOverride().configureOutput(root.configureOutput());
  return { program: root, output: () => text, exits };
}

describe('serve command', () => {
  test('help lists every flag with its default', async () => {
    const { program: root, output } = program();
    await expect(root.parseAsync(['serve', '--help'], { from: 'user' })).rejects.toThrow();
    const help = output().replace(/\s+/g, ' ');
    for (const flag of [
      '--port <port>',
      '--listen <address>',
      '--host-key <path>',
      '--authorized-keys <path>',
      '--open',
      '--max-sessions <n>',
      '--max-connections-per-ip <n>',
      '--max-new-connections-per-minute <n>',
      '--pre-auth-timeout <duration>',
      '--idle-timeout <duration>',
      '--max-session-length <duration>',
      '--max-input-rate <bytes>',
      '--log-format <format>',
    ]) {
      expect(help).toContain(flag);
    }
    expect(help).toContain('(default: 2222)');
    expect(help).toContain('(default: "127.0.0.1")');
    expect(help).toContain('(default: 20 s)');
    expect(help).toContain('(default: 10 min)');
  });

  test('a bad value names the flag and says what to give', async () => {
    const { program: root, output } = program();
    await expect(root.parseAsync(['serve', '--port', 'ssh'], { from: 'user' })).rejects.toThrow();
    expect(output()).toMatch(
      /option '--port <port>' argument 'ssh' is invalid\. give a port number from 0 to 65535\./,
    );
  });

  test('--open and --authorized-keys together are refused', async () => {
    const { program: root, output } = program();
    await expect(
      root.parseAsync(['serve', '--open', '--authorized-keys', 'k'], { from: 'user' }),
    ).rejects.toThrow();
    expect(output()).toMatch(/cannot be used with option '--open'/);
  });
});
