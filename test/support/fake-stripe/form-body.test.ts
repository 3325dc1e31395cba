import { describe, expect, it } from 'vitest';
import { parseStripeParams } from './form-body.ts';

describe('parseStripeParams', () => {
  it('nests brackets, turns indexes into arrays and decodes values', () => {
    const params = parseStripeParams(
      'mode=subscription&line_items[0][price]=price_pro&line_items[0][quantity]=2&line_items[1][price]=price_x&metadata[site%20id]=a%26b+c&expand[]=subscription&expand[]=customer',
    );
    expect(params).toEqual({
      mode: 'subscription',
      line_items: [{ price: 'price_pro', quantity: '2' }, { price: 'price_x' }],
      metadata: { 'site id': 'a&b c' },
      expand: ['subscription', 'customer'],
    });
  });

  it('reads what the SDK sends, with encoded brackets too, and keeps index order', () => {
    expect(parseStripeParams('items%5B1%5D%5Bid%5D=si_2&items%5B0%5D%5Bid%5D=si_1')).toEqual({ items: [{ id: 'si_1' }, { id: 'si_2' }] });
  });

  it('keeps a map whose keys only look partly like indexes as an object', () => {
    expect(parseStripeParams('metadata[0]=a&metadata[x]=b')).toEqual({ metadata: { 0: 'a', x: 'b' } });
    expect(parseStripeParams('')).toEqual({});
  });
});
