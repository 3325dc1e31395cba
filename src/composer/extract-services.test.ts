import { describe, expect, it } from 'vitest';
import { extractServices } from './extract-services.ts';

describe('extractServices', () => {
  it.each([
    ['Green Thumb Garden Center in Portland, Oregon: perennials, native shrubs, fruit trees, potting soil and weekend workshops. Family owned.', ['perennials', 'native shrubs', 'fruit trees', 'potting soil', 'weekend workshops']],
    ['Luna Hair Studio: cuts, color, balayage and bridal styling in Brooklyn. Playful and elegant, pink and gold.', ['cuts', 'color', 'balayage', 'bridal styling']],
    ['Iron Forge Gym, a 24/7 gym in Leeds with personal training, group classes and a sauna. Bold.', ['personal training', 'group classes', 'sauna']],
    ['QuickFix Plumbing - 24 hour emergency plumbing, drain cleaning, water heater installation in Phoenix.', ['emergency plumbing', 'drain cleaning', 'water heater installation']],
    ['Northwind Accounting: bookkeeping, payroll and tax preparation for freelancers and small firms.', ['bookkeeping', 'payroll', 'tax preparation']],
    ['A yoga studio called Still Water offering vinyasa, yin and prenatal classes, plus teacher training.', ['vinyasa', 'yin', 'prenatal classes', 'teacher training']],
    ['Handmade ceramics shop Clay & Co selling mugs, bowls and vases online, with pottery classes on weekends.', ['mugs', 'bowls', 'vases', 'pottery classes']],
  ])('%s', (prompt, services) => {
    expect(extractServices(prompt)).toEqual(services);
  });

  it('ignores style and colour lists', () => {
    expect(extractServices('Metricly: an app. Clean, techy, dark blue. Bold, energetic, black and orange.')).toEqual([]);
  });
});
