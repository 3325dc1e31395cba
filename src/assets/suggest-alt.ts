/** Camera and phone file names that say nothing about the picture: IMG_2041, DSC01234, PXL_20240102_…, 20240102_131415. */
const CAMERA_NAME = /^(img|dsc|dscn|dscf|pxl|mvimg|photo|image|screenshot|screen shot|whatsapp image|signal)?[\s_-]*[\d\s_:.-]*$/i;

/**
 * An alt text to offer for a new upload, from its file name ("fresh-sourdough-loaf.jpg" → "Fresh sourdough loaf"),
 * or '' when the name is a camera's numbering. Only a suggestion: the person confirms or writes their own.
 */
export function suggestAlt(fileName: string): string {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{2,5}$/i, '');
  const words = stem
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-.+]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (words === '' || CAMERA_NAME.test(words) || !/\p{L}{3,}/u.test(words)) return '';
  const sentence = words.replace(/\b(copy|final|edit(ed)?|v\d+|\d{3,})\b/gi, '').replace(/\s+/g, ' ').trim() || words;
  return (sentence.charAt(0).toUpperCase() + sentence.slice(1).toLowerCase()).slice(0, 150);
}
