import type { ReviewComment } from '@curriculum-builder/curriculum';
import { msg } from '@curriculum-builder/curriculum';
import { ForbiddenError } from '../../common/errors/domain.errors';
import { EntityManager, In } from 'typeorm';
import type { Caller } from '../../common/caller';
import { UserEntity } from '../accounts/entities/user.entity';
import type { Access, CurriculumEntity } from '../curricula';
import { ReviewCommentEntity } from './entities/review-comment.entity';

/**
 * Whose people a caller sees in the review threads (docs/security.md, "Review rounds"): the
 * school's authors and admins see everyone; a reviewer sees the school's people and their own
 * association's, and of any other association (an earlier round elsewhere, or one reviewing
 * alongside) only the texts. `association` null: everyone.
 */
export interface ThreadViewer {
  readonly school: string;
  readonly association: string | null;
}

export function viewerOf(
  caller: Caller,
  curriculum: Pick<CurriculumEntity, 'institutionId'>,
  access: Access,
): ThreadViewer {
  return {
    school: curriculum.institutionId,
    association: access === 'review' ? caller.institutionId : null,
  };
}

/** Whether the viewer may see who wrote the comment; a comment of unknown origin stays anonymous. */
function showsAuthor(viewer: ThreadViewer, comment: ReviewCommentEntity): boolean {
  return (
    viewer.association === null ||
    comment.authorInstitutionId === viewer.school ||
    comment.authorInstitutionId === viewer.association
  );
}

/** Another association's threads are read only for a reviewer; the school still answers them. */
export function requireOwnThread(viewer: ThreadViewer, root: ReviewCommentEntity): void {
  if (viewer.association !== null && root.authorInstitutionId !== viewer.association)
    throw new ForbiddenError(
      msg`This thread belongs to another association's review: you may read it, not take part.`,
    );
}

/**
 * The threads of a curriculum, oldest first, as the viewer may see them. Authors the viewer may not
 * see are not even loaded: their comments carry the texts and no person (no id, e-mail or role).
 */
export async function threadsOf(
  em: EntityManager,
  viewer: ThreadViewer,
  curriculumId: string,
): Promise<ReviewComment[]> {
  const comments = await em.find(ReviewCommentEntity, {
    where: { curriculumId },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  const known = comments.filter((c) => showsAuthor(viewer, c));
  const shown = new Set(known.map((c) => c.id));
  const authorIds = [...new Set(known.map((c) => c.authorId))];
  const authors = authorIds.length === 0 ? [] : await em.findBy(UserEntity, { id: In(authorIds) });
  const byId = new Map(authors.map((a) => [a.id, a]));
  const view = (c: ReviewCommentEntity, replies: ReviewComment[]): ReviewComment => {
    const hidden = !shown.has(c.id);
    const author = hidden ? undefined : byId.get(c.authorId);
    return {
      id: c.id,
      curriculumId: c.curriculumId,
      parentId: c.parentId,
      targetType: c.targetType,
      targetId: c.targetId,
      authorId: hidden ? null : c.authorId,
      authorEmail: author?.email ?? null,
      authorRole: author?.role ?? null,
      fromOtherAssociation: hidden,
      verdict: c.verdict,
      text: c.text,
      proposedText: c.proposedText,
      status: c.status,
      acceptedAt: c.acceptedAt,
      acceptedBy: c.acceptedBy,
      createdAt: c.createdAt,
      replies,
    };
  };
  return comments
    .filter((c) => c.parentId === null)
    .map((root) =>
      view(
        root,
        comments.filter((c) => c.parentId === root.id).map((r) => view(r, [])),
      ),
    );
}
