import type { S3Client } from '@aws-sdk/client-s3';
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

// The SDK is loaded when the store is first used, not when PageHub starts (it takes a third of a second).
type Sdk = typeof import('@aws-sdk/client-s3');
let sdkModule: Promise<Sdk> | undefined;
const loadSdk = () => (sdkModule ??= import('@aws-sdk/client-s3'));

function isNotFound(sdk: Sdk, error: unknown): boolean {
  if (!(error instanceof sdk.S3ServiceException)) return false;
  return error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404;
}

/**
 * Blobs as objects `blobs/<sha-256>` in one bucket of an S3-compatible store (AWS S3, R2, MinIO, Garage…). A PUT
 * is atomic on every such store — an object is there whole or not at all — so no temporary names are needed; the
 * request carries the bytes' SHA-256 so the store refuses bytes damaged on the way, and reads are checked against
 * the key before they are served.
 */
export function createS3BlobStore(options: S3BlobStoreOptions): BlobStore & { destroy(): void } {
  const Bucket = options.bucket;
  let client: S3Client | undefined;
  const connect = async (): Promise<{ sdk: Sdk; client: S3Client }> => {
    const sdk = await loadSdk();
    client ??= new sdk.S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      // Checksums only where an operation requires one: the SDK's default streams a CRC trailer (aws-chunked),
      // which several S3-compatible servers store as part of the object. put() sends its own SHA-256 as a header.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    return { sdk, client };
  };

  async function has(hash: string): Promise<boolean> {
    if (!isBlobHash(hash)) return false;
    const { sdk, client } = await connect();
    try {
      await client.send(new sdk.HeadObjectCommand({ Bucket, Key: PREFIX + hash }));
      return true;
    } catch (error) {
      if (isNotFound(sdk, error)) return false;
      throw error;
    }
  }

  return {
    has,

    async put(bytes) {
      const hash = hashBytes(bytes);
      if (await has(hash)) return hash;
      const { sdk, client } = await connect();
      await client.send(
        new sdk.PutObjectCommand({
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
      const { sdk, client } = await connect();
      try {
        const answer = await client.send(new sdk.GetObjectCommand({ Bucket, Key: PREFIX + hash }));
        const bytes = Buffer.from((await answer.Body?.transformToByteArray()) ?? []);
        if (hashBytes(bytes) !== hash) throw new Error(`S3 object ${PREFIX}${hash} does not hold the bytes its name promises`);
        return bytes;
      } catch (error) {
        if (isNotFound(sdk, error)) return undefined;
        throw error;
      }
    },

    async delete(hash) {
      if (!isBlobHash(hash)) return;
      const { sdk, client } = await connect();
      await client.send(new sdk.DeleteObjectCommand({ Bucket, Key: PREFIX + hash }));
    },

    /** Throws unless the bucket exists and these credentials may use it. */
    async check() {
      const { sdk, client } = await connect();
      await client.send(new sdk.HeadBucketCommand({ Bucket }));
    },

    destroy() {
      client?.destroy();
    },
  };
}
