package org.xcbir.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Archives, their images, classes and skipped images. Transactions belong to the calling service. */
@ApplicationScoped
public class ArchiveRepository {

    @PersistenceContext(unitName = "xcbir")
    private EntityManager em;

    public List<Archive> findAll() {
        return em.createNamedQuery(Archive.ALL, Archive.class).getResultList();
    }

    public Optional<Archive> find(long id) {
        return Optional.ofNullable(em.find(Archive.class, id));
    }

    public Archive get(long id) {
        return find(id).orElseThrow(() -> new UnknownArchiveException(id));
    }

    public Optional<Archive> findByName(String name) {
        return em.createNamedQuery(Archive.BY_NAME, Archive.class).setParameter("name", name)
                .getResultStream().findFirst();
    }

    public void add(Archive archive) {
        em.persist(archive);
        em.flush();
    }

    public long imageCount(long archiveId) {
        return em.createNamedQuery(ArchiveImage.COUNT, Long.class).setParameter("archive", archiveId).getSingleResult();
    }

    /** Adds images in one go, keeping the persistence context small for large archives. */
    public void addImages(Collection<ArchiveImage> images) {
        int n = 0;
        for (ArchiveImage image : images) {
            em.persist(image);
            if (++n % 500 == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
    }

    /** A part of an archive's annotations (ingest streams them in parts); clears the persistence context. */
    public void addAnnotations(Collection<ArchiveAnnotation> annotations) {
        annotations.forEach(em::persist);
        em.flush();
        em.clear();
    }

    /** The ground-truth instances of an image, in COCO file order. */
    public List<ArchiveAnnotation> annotations(long imageId) {
        return em.createNamedQuery(ArchiveAnnotation.OF_IMAGE, ArchiveAnnotation.class).setParameter("image", imageId)
                .getResultList();
    }

    public void addClasses(Collection<ArchiveClass> classes) {
        classes.forEach(em::persist);
    }

    public List<ArchiveClass> classes(long archiveId) {
        return em.createNamedQuery(ArchiveClass.OF_ARCHIVE, ArchiveClass.class).setParameter("archive", archiveId)
                .getResultList();
    }

    public List<Long> imageIdsAfter(long archiveId, long afterId, int limit) {
        return em.createNamedQuery(ArchiveImage.PAGE_AFTER, ArchiveImage.class)
                .setParameter("archive", archiveId).setParameter("after", afterId)
                .setMaxResults(limit).getResultStream().map(ArchiveImage::getId).toList();
    }

    /** A page of the archive's images in id order, after {@code afterId}. */
    public List<ArchiveImage> imagesAfter(long archiveId, long afterId, int limit) {
        return em.createNamedQuery(ArchiveImage.PAGE_AFTER, ArchiveImage.class)
                .setParameter("archive", archiveId).setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    /** How many of the archive's images have an id up to this one: the images a job has processed so far. */
    public long imageIdsUpTo(long archiveId, long imageId) {
        return em.createNamedQuery(ArchiveImage.COUNT_UP_TO, Long.class).setParameter("archive", archiveId)
                .setParameter("last", imageId).getSingleResult();
    }

    /** The id of the archive's image at this position in id order (0-based), read without loading the others. */
    public long imageIdAt(long archiveId, long position) {
        return em.createNamedQuery(ArchiveImage.PAGE_AFTER, ArchiveImage.class)
                .setParameter("archive", archiveId).setParameter("after", 0L)
                .setFirstResult((int) position).setMaxResults(1).getSingleResult().getId();
    }

    public Optional<ArchiveImage> image(long imageId) {
        return Optional.ofNullable(em.find(ArchiveImage.class, imageId));
    }

    public void skip(SkippedImage skipped) {
        if (em.find(SkippedImage.class, skipped.getImageId()) == null) {
            em.persist(skipped);
        }
    }

    /** A run that starts over reports its own skipped images. */
    public void clearSkipped(long archiveId) {
        em.createQuery("DELETE FROM SkippedImage s WHERE s.archiveId = :archive").setParameter("archive", archiveId)
                .executeUpdate();
    }

    public List<SkippedImage> skipped(long archiveId) {
        return em.createNamedQuery(SkippedImage.OF_ARCHIVE, SkippedImage.class).setParameter("archive", archiveId)
                .getResultList();
    }

    public long skippedCount(long archiveId) {
        return em.createNamedQuery(SkippedImage.COUNT, Long.class).setParameter("archive", archiveId).getSingleResult();
    }
}
