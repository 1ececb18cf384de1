import { describe, expect, it } from 'vitest';
import { createRenderCache } from '../../source/render/cache.js';
import { ascii, colour, plain } from './helpers.js';

describe('createRenderCache', () => {
  it('returns the same object for the same key, width, theme and markdown', () => {
    const cache = createRenderCache();
    const first = cache.get('s1', 80, plain, 'Some *text*.');
    expect(first.plain).toEqual(['Some text.']);
    expect(cache.get('s1', 80, { ...plain }, 'Some *text*.')).toBe(first);
    expect(cache.size).toBe(1);
  });

  it('keys on width and theme', () => {
    const cache = createRenderCache();
    const a = cache.get('s1', 80, plain, 'text');
    expect(cache.get('s1', 40, plain, 'text')).not.toBe(a);
    expect(cache.get('s1', 80, colour, 'text')).not.toBe(a);
    expect(cache.get('s1', 80, ascii, 'text')).not.toBe(a);
    expect(cache.size).toBe(4);
  });

  it('renders afresh when the markdown under a key changed (a reloaded briefing)', () => {
    const cache = createRenderCache();
    cache.get('s1', 80, plain, 'old');
    expect(cache.get('s1', 80, plain, 'new').plain).toEqual(['new']);
    expect(cache.size).toBe(1);
  });

  it('evicts the least recently used rendering past its limit', () => {
    const cache = createRenderCache(3);
    const a = cache.get('a', 80, plain, 'a');
    const b = cache.get('b', 80, plain, 'b');
    cache.get('c', 80, plain, 'c');
    expect(cache.get('a', 80, plain, 'a')).toBe(a); // a is now the most recent
    cache.get('d', 80, plain, 'd'); // evicts b
    expect(cache.size).toBe(3);
    expect(cache.get('a', 80, plain, 'a')).toBe(a);
    expect(cache.get('b', 80, plain, 'b')).not.toBe(b);
    for (let i = 0; i < 5000; i++) cache.get(`section-${i}`, 80, plain, `text ${i}`);
    expect(cache.size).toBe(3);
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
