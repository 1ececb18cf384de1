import { describe, expect, it } from 'vitest';
import { sides, story } from './sides-helper.js';

describe('neutral people and people the text does not place stay without a side', () => {
  it('a college that acts in the story is a party: its director stands for it', async () => {
    const got = await sides(
      story(
        'Nurses at a Leeds hospital voted to strike on Monday.',
        'The Royal College of Nursing said wards were dangerously short.',
        'Its regional director, Helen Ward, said nurses were exhausted.',
      ),
    );
    expect(got['Helen Ward']).toBe('Royal College of Nursing');
  });

  it('the director of an institute: a think tank is no side', async () => {
    const got = await sides(
      story(
        'The Royal Nursing Union called a strike on Monday.',
        'Ruth Evans, director of the Institute for Health Studies, said the strike could last weeks.',
      ),
    );
    expect(got['Ruth Evans']).toBe('');
  });

  it('a party named `Congress` is a party, not a government body', async () => {
    const got = await sides(
      story(
        'Ghana secured a loan from the International Monetary Fund on Friday.',
        'John Asare, leader of the opposition National Democratic Congress, said the terms were harsh.',
      ),
    );
    expect(got['John Asare']).toBe('National Democratic Congress');
  });

  it('a chief economist is an economist; a mediator named after `appointed a` is one', async () => {
    const got = await sides(
      story(
        'Kestrel Mining Corp halted work at its copper pit on Thursday.',
        'Patrick Nkhoma, chief economist at the Centre for Fiscal Policy, said the government had little choice.',
        'The Employment Relations Authority has appointed a mediator, Peter Hollings, who said both sides would meet.',
      ),
    );
    expect(got['Patrick Nkhoma']).toBe('');
    expect(got['Peter Hollings']).toBe('');
  });

  it('an academic at a university', async () => {
    const got = await sides(
      story(
        'Kestrel Mining Corp halted work at its copper pit on Thursday.',
        'Dana Whitfield, an economist at Carrow University, said the pause would cost jobs.',
      ),
    );
    expect(got['Dana Whitfield']).toBe('');
  });

  it('a resident and a witness', async () => {
    const got = await sides(
      story(
        'Floodwater reached the town square in Marlow on Saturday.',
        '“The water came in fast,” said resident Paul Okafor.',
        'A witness, Greta Lindqvist, said the barriers failed at dawn.',
      ),
    );
    expect(got['Paul Okafor']).toBe('');
    expect(got['Greta Lindqvist']).toBe('');
  });

  it('a name with a speech verb and no affiliation', async () => {
    const got = await sides(
      story('The Harbour Pilots Guild rejected the offer on Sunday.', 'Kai Moller said the offer was fair.'),
    );
    expect(got['Kai Moller']).toBe('');
  });
});
