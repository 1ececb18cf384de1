/**
 * A tiny Ink app run through runLocal, bundled and started in a pty by local.test-pty.ts. It
 * stands in for the reader so the local-terminal layer is tested against real Ink, real signals
 * and a real terminal: `q` exits, `x` throws outside React, `r` leaves a rejected promise,
 * `e` throws while rendering.
 */
import { Box, render, Text, useApp, useInput } from 'ink';
import { createElement as h, useState } from 'react';
import { runLocal } from '../../source/terminal/local.js';

function Broken(): never {
  throw new Error('render failed');
}

function App({ info }: { info: string }) {
  const { exit } = useApp();
  const [typed, setTyped] = useState('');
  const [broken, setBroken] = useState(false);
  useInput((input) => {
    if (input === 'q') exit();
    if (input === 'x') {
      setTimeout(() => {
        throw new Error('boom\nsecond line');
      });
    }
    if (input === 'r') void Promise.reject(new Error('nope'));
    if (input === 'e') setBroken(true);
    setTyped((previous) => previous + input);
  });
  return h(
    Box,
    { flexDirection: 'column' },
    h(Text, null, `app ${info}`),
    h(Text, null, `typed: ${typed}`),
    broken ? h(Broken) : null,
  );
}

process.stdout.write('shell$ briefing\n');
const code = await runLocal(({ stdin, stdout, terminal }) =>
  render(h(App, { info: `${terminal.columns}x${terminal.rows} color=${terminal.colorLevel}` }), {
    stdin,
    stdout,
    patchConsole: false,
    exitOnCtrlC: true,
  }),
);
process.stdout.write(`after: code=${code} raw=${process.stdin.isRaw}\n`);
process.exitCode = code;
