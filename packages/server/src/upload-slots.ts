import { DomainError } from '@jixiao/app';
import type { ServerContext } from './server-context';

/** Most uploads parsed at once by one server, and by one user. */
export const MAX_PARALLEL_UPLOADS = 4;
export const MAX_PARALLEL_UPLOADS_PER_USER = 2;

export interface UploadSlots {
  /** A slot for `userId` (call the returned release when done), or a `rate-limited` DomainError. */
  acquire(userId: string): () => void;
  readonly inUse: number;
}

/**
 * Bounds the uploads held in memory and parsed at the same time, so that many parallel uploads
 * (each up to the upload limit) cannot exhaust the server's memory or CPU: beyond the bound a
 * request is refused at once with 429 and a Chinese message, before its body is read.
 */
export function createUploadSlots(maxTotal = MAX_PARALLEL_UPLOADS, maxPerUser = MAX_PARALLEL_UPLOADS_PER_USER): UploadSlots {
  let total = 0;
  const perUser = new Map<string, number>();
  return {
    acquire(userId) {
      const mine = perUser.get(userId) ?? 0;
      if (mine >= maxPerUser) throw new DomainError('rate-limited', { parallel: mine }, `您已有 ${mine} 个文件正在解析，请等待完成后再上传`);
      if (total >= maxTotal) throw new DomainError('rate-limited', { parallel: total }, '服务器正在解析的上传文件过多，请稍后重试');
      total++;
      perUser.set(userId, mine + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        total--;
        const left = (perUser.get(userId) ?? 1) - 1;
        if (left > 0) perUser.set(userId, left);
        else perUser.delete(userId);
      };
    },
    get inUse() {
      return total;
    },
  };
}

const slotsByContext = new WeakMap<ServerContext, UploadSlots>();

/** The upload slots of one server (one per ServerContext, made on first use). */
export function uploadSlotsOf(ctx: ServerContext): UploadSlots {
  let slots = slotsByContext.get(ctx);
  if (!slots) {
    slots = createUploadSlots();
    slotsByContext.set(ctx, slots);
  }
  return slots;
}
