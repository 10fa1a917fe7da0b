/** The look form's portrait: drawn from a valid look (described or a preset letter), none for an incomplete one. */
import { expect, it } from 'vitest';
import { portraitUrl } from '../../src/ui/portrait';
import { newLook } from '../../src/editor/look-form';

const svgOf = (url: string | null) => decodeURIComponent((url ?? '').replace('data:image/svg+xml;charset=utf-8,', ''));

it('draws a described look, a preset and the looks the editor proposes; an incomplete look gives none', () => {
  const a = portraitUrl({ presentation: 'woman', skin: 'deep', hair: 'braids', clothing: 'lab-coat' }, 'Ama');
  expect(svgOf(a)).toMatch(/^<svg[\s\S]*<\/svg>$/);
  const b = portraitUrl({ presentation: 'woman', skin: 'deep', hair: 'braids', clothing: 'lab-coat', glasses: 'round' }, 'Ama');
  expect(b).not.toBe(a);
  expect(svgOf(portraitUrl('c', 'X'))).toContain('<svg');
  for (let n = 0; n < 6; n++) expect(portraitUrl(newLook(n), `P${n}`)).not.toBeNull();
  expect(portraitUrl({ presentation: 'woman' }, 'Ama')).toBeNull();
  expect(portraitUrl({ presentation: 'woman', skin: 'deep', hair: 'braids', clothing: '<script>' }, 'Ama')).toBeNull();
  expect(portraitUrl(undefined, 'Ama')).toBeNull();
});
