import { type MessageKey, t } from './catalogue';

// Private-use characters no translation contains: each stands for one part until the message is split.
const MARK = '\uE000';
const SPLIT = new RegExp(`${MARK}(\\d)${MARK}`);

/**
 * A message whose placeholders hold markup (a link, a code in bold): the
 * text around them comes from the catalogue in one piece, so a translation
 * may put the parts in any order. Returns the text and the parts in the
 * order the message has them, for a UI to render.
 */
export function messageParts<const Parts extends readonly unknown[]>(
  key: MessageKey,
  ...parts: Parts
): (string | Parts[number])[] {
  const pieces = t(key, ...parts.map((_, index) => `${MARK}${index}${MARK}`)).split(SPLIT);
  return pieces.flatMap<string | Parts[number]>((piece, index) => {
    if (index % 2 === 0) return piece === '' ? [] : [piece];
    return [parts[Number(piece)]];
  });
}
