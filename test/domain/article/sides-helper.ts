import { articleFromText } from '../../../source/domain/article/index.js';

/** The side derived for each person of a short article of our own (a person not found is absent). */
export async function sides(text: string): Promise<Record<string, string>> {
  const result = await articleFromText(text, 'text', { file: 'story.txt', id: 'story' });
  if (!result.ok) throw new Error('not read');
  return Object.fromEntries(
    result.briefing.players.filter((p) => p.kind === 'person').map((p) => [p.name, p.side ?? '']),
  );
}

export const story = (...sentences: string[]) => sentences.join(' ');
