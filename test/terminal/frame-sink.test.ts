import { PassThrough } from 'node:stream';
import { Box, render, Text, useStdout } from 'ink';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createFrameSink, type FrameTarget } from '../../source/terminal/frame-sink.js';
import { createFrameWriter } from '../../source/terminal/frame-writer.js';
import { createScreen, type Screen } from '../harness/screen.js';
import { waitFor } from '../harness/wait.js';

function recordingTarget(): FrameTarget & { frames: string[]; sizes: [number, number][]; redraws: number } {
  const frames: string[] = [];
  const sizes: [number, number][] = [];
  const target = {
    frames,
    sizes,
    redraws: 0,
    write: (frame: string) => frames.push(frame),
    resize: (columns: number, rows: number) => sizes.push([columns, rows]),
    redraw: () => {
      target.redraws += 1;
    },
  };
  return target;
}

describe('frame sink', () => {
  it('hands each frame to the writer and calls back like a stream', async () => {
    const target = recordingTarget();
    const sink = createFrameSink(target, { columns: 80, rows: 24 });
    const calls: string[] = [];
    expect(sink.write('one\ntwo', () => calls.push('a'))).toBe(true);
    sink.write(new TextEncoder().encode('三\nfour'), 'utf8', () => calls.push('b'));
    expect(target.frames).toEqual(['one\ntwo', '三\nfour']);
    expect(calls).toEqual([]);
    await new Promise<void>((resolve) => sink.write('', () => resolve()));
    expect(calls).toEqual(['a', 'b']);
  });

  it('passes on neither empty writes nor terminal-mode sequences', () => {
    const target = recordingTarget();
    const sink = createFrameSink(target, { columns: 80, rows: 24 });
    sink.write('');
    sink.write('\u001B[?25h');
    sink.write('\u001B[?u\u001B[>1u');
    sink.write('\u001B[<u');
    expect(target.frames).toEqual([]);
    sink.write('\u001B[31mred\u001B[39m');
    expect(target.frames).toEqual(['\u001B[31mred\u001B[39m']);
  });

  it('looks like a terminal to Ink and takes resizes', () => {
    const target = recordingTarget();
    const sink = createFrameSink(target, { columns: 80, rows: 24 });
    expect([sink.columns, sink.rows, sink.isTTY, sink.writable]).toEqual([80, 24, true, true]);
    let heard = 0;
    const onResize = () => {
      heard += 1;
      expect([sink.columns, sink.rows]).toEqual([100, 30]);
    };
    sink.on('resize', onResize);
    sink.resize(100, 30);
    expect(target.redraws).toBe(0);
    // The same size again: no new layout, but the terminal may have reflowed, so a full repaint.
    sink.resize(100, 30);
    expect(heard).toBe(1);
    expect(target.sizes).toEqual([[100, 30]]);
    expect(target.redraws).toBe(1);
    sink.off('resize', onResize);
    sink.resize(0, Number.NaN);
    expect([sink.columns, sink.rows]).toEqual([1, 1]);
    expect(heard).toBe(1);
  });

  it('drops frames once closed', () => {
    const target = recordingTarget();
    const sink = createFrameSink(target, { columns: 80, rows: 24 });
    sink.close();
    sink.write('late frame');
    expect(sink.writable).toBe(false);
    expect(target.frames).toEqual([]);
  });
});

function Size(): ReactNode {
  const { stdout } = useStdout();
  return createElement(Text, null, `size ${stdout.columns}x${stdout.rows}`);
}

function App({ label }: { label: string }): ReactNode {
  return createElement(
    Box,
    { flexDirection: 'column' },
    createElement(Text, { color: 'red' }, 'header'),
    createElement(Text, null, label),
    createElement(Size),
  );
}

describe('frame sink under Ink (debug mode)', () => {
  /** Feeds what the writer sent until the screen's first rows are `expected`. */
  function waitForScreen(screen: Screen, fed: () => Promise<void>, expected: string[]): Promise<void> {
    return waitFor(
      async () => {
        await fed();
        return JSON.stringify(screen.rows().slice(0, expected.length)) === JSON.stringify(expected);
      },
      `the screen to start ${JSON.stringify(expected)}`,
      { every: 'immediate', context: () => screen.rows().join('\n') },
    );
  }

  it('renders Ink frames through the writer, re-lays out on resize, and keeps the screen on unmount', async () => {
    const screen = createScreen({ columns: 30, rows: 6, scrollback: 100, measure: 'string-width' });
    const chunks: string[] = [];
    let bytesWritten = 0;
    const writer = createFrameWriter(
      {
        write: (chunk: string) => {
          bytesWritten += Buffer.byteLength(chunk);
          chunks.push(chunk);
        },
      },
      { columns: 30, rows: 6 },
    );
    const sink = createFrameSink(writer, { columns: 30, rows: 6 });
    const fed = () => screen.feed(chunks.splice(0).join(''));
    const stdin = Object.assign(new PassThrough(), { isTTY: false });

    const instance = render(createElement(App, { label: 'first' }), {
      stdout: sink as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      debug: true,
      patchConsole: false,
      exitOnCtrlC: false,
    });
    await waitForScreen(screen, fed, ['header', 'first', 'size 30x6']);

    const before = bytesWritten;
    instance.rerender(createElement(App, { label: 'second' }));
    await waitForScreen(screen, fed, ['header', 'second', 'size 30x6']);
    expect(bytesWritten - before).toBeLessThan(40);

    // Ink hears `resize` only when it does not think it runs in CI: the app re-renders itself.
    screen.terminal.resize(40, 8);
    sink.resize(40, 8);
    instance.rerender(createElement(App, { label: 'third' }));
    await waitForScreen(screen, fed, ['header', 'third', 'size 40x8']);

    instance.unmount();
    await instance.waitUntilExit();
    await fed();
    expect(screen.rows().slice(0, 3)).toEqual(['header', 'third', 'size 40x8']);
    expect(sink.listenerCount('resize')).toBe(0);
  });
});
