/** The DOM builder never writes a style attribute (the served game's CSP refuses them): styles go through the style object. */
import { beforeAll, describe, expect, it } from 'vitest';
import { h } from '../../src/ui/dom';
import { installFakeDom } from '../support/fake-dom';

beforeAll(() => installFakeDom());

describe('h()', () => {
  it('sets a style through the element\'s style object, not as an attribute', () => {
    const bar = h('span', { class: 'fill', style: 'inline-size: 40%', 'aria-hidden': 'true' });
    expect(bar.style.cssText).toBe('inline-size: 40%');
    expect(bar.getAttribute('style')).toBeNull();
    expect(bar.getAttribute('aria-hidden')).toBe('true');
  });
});
