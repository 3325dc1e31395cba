import { GetObjectCommand, HeadBucketCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { hashBytes, isBlobHash, type BlobStore } from './blob-store.ts';

export interface S3BlobStoreOptions {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** endpoint/bucket/key URLs rather than bucket.endpoint/key — what most self-hosted S3 servers need. */
  forcePathStyle: boolean;
}

const PREFIX = 'blobs/';

function isNotFound(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  return error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404;
}

/**
 * Blobs as objects `blobs/<sha-256>` in one bucket of an S3-compatible store (AWS S3, R2, MinIO, Garage…). A PUT
 * is atomic on every such store — an object is there whole or not at all — so no temporary names are needed; the
 * request carries the bytes' SHA-256 so the store refuses bytes damaged on the way, and reads are checked against
 * the key before they are served.
 */
export function createS3BlobStore(options: S3BlobStoreOptions): BlobStore & { destroy(): void } {
  const client = new S3Client({
    endpoint: options.endpoint,
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    // Checksums only where an operation requires one: the SDK's default streams a CRC trailer (aws-chunked), which
    // several S3-compatible servers store as part of the object. put() sends its own SHA-256 as a header instead.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = options.bucket;

  async function has(hash: string): Promise<boolean> {
    if (!isBlobHash(hash)) return false;
    try {
      await client.send(new HeadObjectCommand({ Bucket, Key: PREFIX + hash }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  return {
    has,

    async put(bytes) {
      const hash = hashBytes(bytes);
      if (await has(hash)) return hash;
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: PREFIX + hash,
          Body: bytes,
          ContentLength: bytes.byteLength,
          ContentType: 'application/octet-stream',
          ChecksumSHA256: Buffer.from(hash, 'hex').toString('base64'),
        }),
      );
      return hash;
    },

    async get(hash) {
      if (!isBlobHash(hash)) return undefined;
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket, Key: PREFIX + hash }));
        const bytes = Buffer.from((await answer.Body?.transformToByteArray()) ?? []);
        if (hashBytes(bytes) !== hash) throw new Error(`S3 object ${PREFIX}${hash} does not hold the bytes its name promises`);
        return bytes;
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },

    /** Throws unless the bucket exists and these credentials may use it. */
    async check() {
      await client.send(new HeadBucketCommand({ Bucket }));
    },

    destroy() {
      client.destroy();
    },
  };
}
