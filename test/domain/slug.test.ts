import { describe, expect, test } from 'vitest';
import { createIdAllocator, slugify } from '../../source/domain/slug.js';

describe('slugify', () => {
  test.each([
    ['Hello, World!', 'hello-world'],
    ['Ünïcödé Façade', 'unicode-facade'],
    ['  --Leading & trailing--  ', 'leading-trailing'],
    ['What next?  (Part 2)', 'what-next-part-2'],
    ['北京 会谈', '北京-会谈'],
    ['Кремль и Белый дом', 'кремль-и-белыи-дом'],
    ['\ufb01nal ligature', 'final-ligature'],
    ['Year² of 2026', 'year2-of-2026'],
    ['İstanbul', 'istanbul'],
    ['snake_case and dots.too', 'snake-case-and-dots-too'],
  ])('%j -> %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  test.each(['', '   ', '!!!', '🎉', '---'])('%j has nothing to keep, so it becomes "section"', (text) => {
    expect(slugify(text)).toBe('section');
  });

  test('the fallback can be chosen', () => {
    expect(slugify('***', 'id')).toBe('id');
  });
});

describe('createIdAllocator', () => {
  test('repeats get -2, -3, ...', () => {
    const allocate = createIdAllocator();
    expect(['a', 'a', 'b', 'a'].map(allocate)).toEqual(['a', 'a-2', 'b', 'a-3']);
  });

  test('skips ids that headings took literally', () => {
    const allocate = createIdAllocator();
    expect(['notes', 'notes-2', 'notes', 'notes'].map(allocate)).toEqual([
      'notes',
      'notes-2',
      'notes-3',
      'notes-4',
    ]);
  });

  test('a suffixed id repeated gets its own suffix', () => {
    const allocate = createIdAllocator();
    expect(['x', 'x', 'x-2'].map(allocate)).toEqual(['x', 'x-2', 'x-2-2']);
  });

  test('is stable: the same headings give the same ids', () => {
    const headings = ['a', 'b', 'a', 'a-2', 'b', 'a'];
    expect(headings.map(createIdAllocator())).toEqual(headings.map(createIdAllocator()));
  });

  test('100,000 identical headings get 100,000 distinct ids', () => {
    const allocate = createIdAllocator();
    const ids = Array.from({ length: 100_000 }, () => allocate('same'));
    expect(new Set(ids).size).toBe(100_000);
    expect(ids.at(-1)).toBe('same-100000');
  });
});
