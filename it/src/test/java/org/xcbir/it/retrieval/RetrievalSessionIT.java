package org.xcbir.it.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xcbir.it.support.GeneratedArchives.await;
import static org.xcbir.it.support.GeneratedArchives.generate;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xcbir.archive.Archive;
import org.xcbir.archive.ArchiveImage;
import org.xcbir.archive.ArchiveRepository;
import org.xcbir.archive.ArchiveService;
import org.xcbir.archive.demo.DemoArchiveWriter;
import org.xcbir.descriptor.ModelRuntime;
import org.xcbir.it.support.Deployments;
import org.xcbir.retrieval.RetrievalSessions;
import org.xcbir.retrieval.RetrievalSessions.Result;
import org.xcbir.retrieval.RetrievalSessions.ResultPage;
import org.xcbir.retrieval.RetrievalSessions.SessionView;
import org.xcbir.retrieval.WorkingSetCache;
import org.xcbir.retrieval.adjudication.Mark;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.retrieval.session.UnknownSessionException;

/**
 * Relevance feedback on a generated archive with the real descriptor, Elasticsearch and the HIK SVM: a person who
 * marks the top 20 by ground truth and refines three times sees more true positives; sessions are private;
 * repeated clicks store one mark; a session rebuilt from the database ranks as before.
 */
@ExtendWith(ArquillianExtension.class)
class RetrievalSessionIT {
    private static final Logger LOG = Logger.getLogger(RetrievalSessionIT.class.getName());
    private static final int IMAGES = 400;
    private static final int PAGE = 20;
    private static Long archiveId;

    @Deployment
    static EnterpriseArchive application() {
        return Deployments.applicationWithTests(RetrievalSessionIT.class);
    }

    @Inject
    ArchiveService archiveService;

    @Inject
    ArchiveRepository archiveRepository;

    @Inject
    ModelRuntime model;

    @Inject
    RetrievalSessions sessions;

    @Inject
    WorkingSetCache workingSets;

    @BeforeEach
    void indexedArchive() throws Exception {
        if (archiveId != null) {
            return;
        }
        await(() -> model.state().phase() == ModelRuntime.Phase.READY, 240);
        Path folder = generate("retrieval", IMAGES, 41);
        Archive archive = archiveService.register("it-retrieval", folder.toString(), DemoArchiveWriter.INSTANCES_FILE);
        archiveService.startIndexing(archive.getId());
        await(() -> archiveService.get(archive.getId()).getIndexState() != Archive.IndexState.INDEXING, 900);
        assertEquals(Archive.IndexState.INDEXED, archiveService.get(archive.getId()).getIndexState());
        archiveId = archive.getId();
    }

    @Test
    void refiningWithGroundTruthFeedbackFindsMoreTruePositives() {
        Map<Integer, List<Long>> imagesByClass = imagesByClass();
        List<Integer> classes = imagesByClass.keySet().stream()
                .sorted(Comparator.comparing((Integer c) -> imagesByClass.get(c).size()).reversed()).limit(4).toList();
        double before = 0;
        double after = 0;
        double nextPageByKnn = 0;
        double nextPageByClassifier = 0;
        for (int category : classes) {
            long query = imagesByClass.get(category).get(0);
            SessionView session = sessions.startFromArchiveImage("alice", "class " + category, query);
            List<Result> firstTwoPages = sessions.results("alice", session.id(), 0, 2 * PAGE).results();
            List<Result> initial = firstTwoPages.subList(0, PAGE);
            int initialHits = truePositives(initial, category);
            Set<Long> marked = new HashSet<>();
            List<Result> top = initial;
            for (int round = 0; round < 3; round++) {
                for (Result result : top) {
                    sessions.mark("alice", session.id(), result.imageId(),
                            contains(result.imageId(), category) ? Relevance.POSITIVE : Relevance.NEGATIVE);
                    marked.add(result.imageId());
                }
                top = sessions.refine("alice", session.id(), PAGE).results();
                if (round == 0) {
                    // what the classifier ranks next among the images nobody has judged, against what kNN ranks next
                    nextPageByKnn += truePositives(firstTwoPages.subList(PAGE, 2 * PAGE), category);
                    nextPageByClassifier += truePositives(sessions.results("alice", session.id(), 0, 3 * PAGE)
                            .results().stream().filter(r -> !marked.contains(r.imageId())).limit(PAGE).toList(),
                            category);
                }
            }
            int refinedHits = truePositives(top, category);
            LOG.info("class " + category + " (" + imagesByClass.get(category).size() + " images): true positives in the"
                    + " top 20 before " + initialHits + ", after three refinements " + refinedHits);
            before += initialHits;
            after += refinedHits;
        }
        LOG.info("true positives among the next 20 unjudged images after one refinement: kNN " + nextPageByKnn
                + ", classifier " + nextPageByClassifier);
        assertTrue(after > before, "refining improves the top 20 on average: " + before / classes.size() + " → "
                + after / classes.size());
        assertTrue(nextPageByClassifier > nextPageByKnn, "the classifier finds unjudged true positives the kNN ranking"
                + " does not (it does not just put the marked images first): " + nextPageByKnn + " vs "
                + nextPageByClassifier);
    }

    @Test
    void sessionsArePrivateToTheirOwner() {
        long someImage = anyImage();
        SessionView alices = sessions.startFromArchiveImage("alice", "mine", someImage);
        assertThrows(UnknownSessionException.class, () -> sessions.get("bob", alices.id()));
        assertThrows(UnknownSessionException.class, () -> sessions.results("bob", alices.id(), 0, PAGE));
        assertThrows(UnknownSessionException.class,
                () -> sessions.mark("bob", alices.id(), someImage, Relevance.POSITIVE));
        assertThrows(UnknownSessionException.class, () -> sessions.delete("bob", alices.id()));
        assertThrows(UnknownSessionException.class, () -> sessions.undo("bob", alices.id()));
        assertThrows(UnknownSessionException.class, () -> sessions.refine("bob", alices.id(), PAGE));
        assertThrows(UnknownSessionException.class, () -> sessions.export("bob", alices.id()));
        assertThrows(UnknownSessionException.class, () -> sessions.marks("bob", alices.id()));
        assertThrows(UnknownSessionException.class, () -> sessions.rename("bob", alices.id(), "taken"));
        assertFalse(sessions.list("bob").stream().anyMatch(s -> s.id() == alices.id()));
        assertTrue(sessions.list("alice").stream().anyMatch(s -> s.id() == alices.id()));
    }

    @Test
    void twoUsersWorkingAtTheSameTimeKeepTheirOwnMarks() throws Exception {
        long query = anyImage();
        SessionView alices = sessions.startFromArchiveImage("alice", "concurrent", query);
        SessionView bobs = sessions.startFromArchiveImage("bob", "concurrent", query);
        List<Long> results = ids(sessions.results("alice", alices.id(), 0, PAGE).results());
        ExecutorService users = Executors.newFixedThreadPool(2);
        try {
            // the same images, opposite judgements, interleaved with refines
            Future<?> alice = users.submit(() -> judge("alice", alices.id(), results, Relevance.POSITIVE));
            Future<?> bob = users.submit(() -> judge("bob", bobs.id(), results, Relevance.NEGATIVE));
            alice.get(300, TimeUnit.SECONDS);
            bob.get(300, TimeUnit.SECONDS);
        } finally {
            users.shutdownNow();
        }
        Set<Long> judged = Set.copyOf(results.subList(1, 10));
        SessionView alicesNow = sessions.get("alice", alices.id());
        SessionView bobsNow = sessions.get("bob", bobs.id());
        assertEquals(judged, Set.copyOf(alicesNow.positives().stream().filter(judged::contains).toList()));
        assertEquals(List.of(), alicesNow.negatives());
        assertEquals(judged, Set.copyOf(bobsNow.negatives()));
        assertEquals(judged.size(), bobsNow.negatives().size(), "each mark once");
        assertTrue(bobsNow.positives().stream().noneMatch(judged::contains), "none of alice's marks: " + bobsNow);
    }

    private void judge(String user, long sessionId, List<Long> results, Relevance relevance) {
        for (long imageId : results.subList(1, 10)) {
            sessions.mark(user, sessionId, imageId, relevance);
            if (imageId % 3 == 0) {
                sessions.refine(user, sessionId, PAGE);
            }
        }
    }

    @Test
    void repeatedAndConcurrentClicksStoreOneMark() throws Exception {
        SessionView session = sessions.startFromArchiveImage("carol", "double clicks", anyImage());
        List<Result> top = sessions.results("carol", session.id(), 0, PAGE).results();
        long first = top.get(1).imageId();
        long second = top.get(2).imageId();
        sessions.mark("carol", session.id(), first, Relevance.NEGATIVE);
        sessions.mark("carol", session.id(), first, Relevance.NEGATIVE);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<SessionView>> clicks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                clicks.add(() -> sessions.mark("carol", session.id(), second, Relevance.POSITIVE));
            }
            for (Future<SessionView> click : pool.invokeAll(clicks)) {
                click.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(List.of(new Mark(first, Relevance.NEGATIVE), new Mark(second, Relevance.POSITIVE)),
                sessions.marks("carol", session.id()));

        SessionView undone = sessions.undo("carol", session.id());
        assertEquals(List.of(), undone.positives());
        assertEquals(List.of(first), undone.negatives());
    }

    @Test
    void aSessionRebuiltFromTheDatabaseRanksAsBefore() {
        Map<Integer, List<Long>> imagesByClass = imagesByClass();
        int category = imagesByClass.keySet().iterator().next();
        SessionView session = sessions.startFromArchiveImage("dave", "resumed", imagesByClass.get(category).get(0));
        for (Result result : sessions.results("dave", session.id(), 0, PAGE).results()) {
            sessions.mark("dave", session.id(), result.imageId(),
                    contains(result.imageId(), category) ? Relevance.POSITIVE : Relevance.NEGATIVE);
        }
        sessions.undo("dave", session.id());
        ResultPage refined = sessions.refine("dave", session.id(), 100);
        Integer size = sessions.get("dave", session.id()).workingSetSize();

        workingSets.evict(session.id()); // as after a restart
        ResultPage again = sessions.refine("dave", session.id(), 100);
        assertEquals(size, sessions.get("dave", session.id()).workingSetSize(), "the same working set");
        assertEquals(ids(refined.results()), ids(again.results()), "the same ranking");
        assertEquals(2, again.refinements());
    }

    private Map<Integer, List<Long>> imagesByClass() {
        Map<Integer, List<Long>> byClass = new HashMap<>();
        long count = archiveRepository.imageCount(archiveId);
        for (long position = 0; position < count; position++) {
            long id = archiveRepository.imageIdAt(archiveId, position);
            for (int category : categories(id)) {
                byClass.computeIfAbsent(category, c -> new ArrayList<>()).add(id);
            }
        }
        return byClass;
    }

    private long anyImage() {
        return archiveRepository.imageIdAt(archiveId, 7);
    }

    private int[] categories(long imageId) {
        String ids = archiveRepository.image(imageId).map(ArchiveImage::getCategoryIds).orElseThrow().strip();
        return ids.isEmpty() ? new int[0] : Arrays.stream(ids.split(" ")).mapToInt(Integer::parseInt).toArray();
    }

    private boolean contains(long imageId, int category) {
        return Arrays.stream(categories(imageId)).anyMatch(c -> c == category);
    }

    private int truePositives(List<Result> results, int category) {
        return (int) results.stream().filter(r -> contains(r.imageId(), category)).count();
    }

    private static List<Long> ids(List<Result> results) {
        return results.stream().map(Result::imageId).toList();
    }
}
