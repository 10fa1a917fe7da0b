/** Test helper: a strict-enough well-formedness check for the project's generated SVG. */

/** Problems found in an SVG string (empty when it is well formed and has no NaN/undefined values). */
export function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  if (!svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')) problems.push('does not start with an <svg> root');
  if (/NaN|undefined|Infinity|null/.test(svg)) problems.push(`contains ${/NaN|undefined|Infinity|null/.exec(svg)?.[0]}`);
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>/g)) {
    const [, closing, name, attrs, selfClosing] = m as unknown as [string, string, string, string, string];
    if (/="[^"]*$/.test(attrs) || (attrs.match(/"/g)?.length ?? 0) % 2 !== 0) problems.push(`unbalanced quotes in <${name}>`);
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}>`);
    } else if (!selfClosing) stack.push(name as string);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  return problems;
}
