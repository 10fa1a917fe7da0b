import { describe, expect, it } from 'vitest';
import { parseLmsConfig } from '../../src/lms/config';
import { cmi5Manifest, scorm12Manifest, xml } from '../../tools/package/manifest';
import { packageName, parseOptions } from '../../tools/package/options';

const describeCourse = { id: 'trade-game-coffee', title: 'Trade Game: Coffee & "tea" <1>', description: 'Export it.', lang: 'fr', pass: 70, files: ['index.html', 'assets/a.js', 'imsmanifest.xml'] };

describe('packager options', () => {
  it('reads a full command line', () => {
    expect(parseOptions(['--format', 'scorm12', '--scenario', 'coffee', '--lang', 'fr', '--mode', 'challenge', '--pass', '80', '--out', '/tmp/x']))
      .toEqual({ format: 'scorm12', scenario: 'coffee', lang: 'fr', mode: 'challenge', pass: 80, out: '/tmp/x' });
  });

  it('defaults: pass 70, every scenario for "all", --pass none for completed only', () => {
    expect(parseOptions(['--format', 'cmi5', '--scenario', 'all'])).toMatchObject({ scenario: null, pass: 70, lang: null, mode: null, out: 'packages' });
    expect(parseOptions(['--format', 'cmi5', '--scenario', 'all', '--pass', 'none'])).toMatchObject({ pass: null });
  });

  it.each([
    [[], '--format'],
    [['--format', 'scorm2004', '--scenario', 'x'], '--format'],
    [['--format', 'cmi5'], '--scenario'],
    [['--format', 'cmi5', '--scenario', '../etc'], 'not a scenario id'],
    [['--format', 'cmi5', '--scenario', 'x', '--pass', '101'], '--pass'],
    [['--format', 'cmi5', '--scenario', 'x', '--mode', 'easy'], '--mode'],
    [['--format', 'cmi5', '--scenario', 'x', '--lang', 'french!'], 'language'],
    [['--format', 'cmi5', '--scenario'], 'needs a value'],
    [['--zip'], 'Unknown option'],
  ])('explains a bad command line %j', (argv, problem) => {
    const r = parseOptions(argv);
    expect(typeof r).toBe('string');
    expect(r).toContain(problem);
  });

  it('names the zip after what it holds', () => {
    expect(packageName({ format: 'scorm12', scenario: 'coffee', lang: 'fr', mode: 'challenge', pass: 70, out: '' })).toBe('trade-game-coffee-scorm12-fr-challenge.zip');
    expect(packageName({ format: 'cmi5', scenario: null, lang: null, mode: null, pass: null, out: '' })).toBe('trade-game-all-cmi5.zip');
  });
});

describe('imsmanifest.xml (SCORM 1.2)', () => {
  const text = scorm12Manifest(describeCourse);

  it('declares SCORM 1.2 with its schema references', () => {
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(text).toContain('<schema>ADL SCORM</schema>');
    expect(text).toContain('<schemaversion>1.2</schemaversion>');
    expect(text).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
    expect(text).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(text).toContain('adlcp_rootv1p2.xsd');
  });

  it('has one organization, one item, and one SCO resource launched from index.html with its files', () => {
    expect(text.match(/<organization /g)).toHaveLength(1);
    expect(text.match(/<item /g)).toHaveLength(1);
    expect(text.match(/<resource /g)).toHaveLength(1);
    expect(text).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(text).toContain('identifierref="trade-game-coffee-sco"');
    expect(text).toContain('<file href="assets/a.js"/>');
    expect(text).not.toContain('<file href="imsmanifest.xml"/>');
    expect(text).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
    expect(scorm12Manifest({ ...describeCourse, pass: null })).not.toContain('masteryscore');
  });

  it('escapes the title', () => {
    expect(text).toContain('<title>Trade Game: Coffee &amp; &quot;tea&quot; &lt;1&gt;</title>');
    expect(xml(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });

  it('is well-formed: every element opened is closed, in order', () => {
    const stack: string[] = [];
    for (const m of text.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([a-zA-Z:]+)[^>]*?(\/?)>/g)) {
      if (m[3]) continue;
      if (m[1]) expect(stack.pop()).toBe(m[2]);
      else stack.push(m[2] as string);
    }
    expect(stack).toEqual([]);
  });
});

describe('cmi5.xml', () => {
  const text = cmi5Manifest(describeCourse);

  it('has one course and one AU with its launch URL, move-on rule and mastery score', () => {
    expect(text).toContain('<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">');
    expect(text.match(/<au /g)).toHaveLength(1);
    expect(text).toContain('moveOn="CompletedAndPassed" masteryScore="0.7"');
    expect(text).toContain('<url>index.html</url>');
    expect(text).toContain('<langstring lang="fr">Trade Game: Coffee &amp; &quot;tea&quot; &lt;1&gt;</langstring>');
    expect(cmi5Manifest({ ...describeCourse, pass: null })).toContain('moveOn="Completed"');
  });
});

describe('the package configuration the page reads', () => {
  it('accepts what the packager writes and drops what is not valid', () => {
    expect(parseLmsConfig('{"format":"scorm12","scenario":"coffee","mode":"coach","lang":"fr","pass":70}'))
      .toEqual({ format: 'scorm12', scenario: 'coffee', mode: 'coach', lang: 'fr', pass: 70 });
    expect(parseLmsConfig('{"format":"scorm12","scenario":"../x","mode":"hard","lang":"<b>","pass":500}'))
      .toEqual({ format: 'scorm12', scenario: null, mode: null, lang: null, pass: null });
    expect(parseLmsConfig('{"format":"aicc"}')).toBeNull();
    expect(parseLmsConfig('not json')).toBeNull();
    expect(parseLmsConfig(null)).toBeNull();
  });
});
