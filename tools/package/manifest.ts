/**
 * The package descriptions: imsmanifest.xml for SCORM 1.2 (one organization, one item, one SCO with
 * its files, the ADL SCORM 1.2 schema references, adlcp:masterscore when there is a pass mark) and
 * cmi5.xml for cmi5 (one course, one assignable unit launched from index.html).
 */
export interface Describe {
  /** A stable identifier for the course (e.g. trade-game-coffee). */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly lang: string;
  /** 0–100, or null. */
  readonly pass: number | null;
  /** The package's files, relative to its root, with "/" separators. */
  readonly files: readonly string[];
}

/** Escapes text for XML content and attribute values. */
export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The SCORM 1.2 manifest: one SCO launched from index.html. */
export function scorm12Manifest(d: Describe): string {
  const files = d.files.filter((f) => f !== 'imsmanifest.xml').map((f) => `      <file href="${xml(f)}"/>`).join('\n');
  const mastery = d.pass === null ? '' : `\n        <adlcp:masteryscore>${Math.round(d.pass)}</adlcp:masteryscore>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(d.id)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${xml(d.id)}-org">
    <organization identifier="${xml(d.id)}-org">
      <title>${xml(d.title)}</title>
      <item identifier="${xml(d.id)}-item" identifierref="${xml(d.id)}-sco" isvisible="true">
        <title>${xml(d.title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${xml(d.id)}-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files}
    </resource>
  </resources>
</manifest>
`;
}

/** The cmi5 course structure: one AU; moveOn CompletedOrPassed, with the mastery score when there is a mark. */
export function cmi5Manifest(d: Describe): string {
  const base = `https://trade-game.invalid/course/${encodeURIComponent(d.id)}`;
  const mastery = d.pass === null ? '' : ` masteryScore="${Math.round(d.pass) / 100}"`;
  const moveOn = d.pass === null ? 'Completed' : 'CompletedAndPassed';
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(base)}">
    <title><langstring lang="${xml(d.lang)}">${xml(d.title)}</langstring></title>
    <description><langstring lang="${xml(d.lang)}">${xml(d.description)}</langstring></description>
  </course>
  <au id="${xml(base)}/au" moveOn="${moveOn}"${mastery} launchMethod="AnyWindow">
    <title><langstring lang="${xml(d.lang)}">${xml(d.title)}</langstring></title>
    <description><langstring lang="${xml(d.lang)}">${xml(d.description)}</langstring></description>
    <url>index.html</url>
  </au>
</courseStructure>
`;
}
