// Publishing: turning rendered files into something served. For now, writing a rendered site to a directory.
export { writeDirectory } from './write-directory.ts';
