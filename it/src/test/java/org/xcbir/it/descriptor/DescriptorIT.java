package org.xcbir.it.descriptor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xcbir.descriptor.DescriptorService;
import org.xcbir.descriptor.ModelRuntime;
import org.xcbir.descriptor.image.InvalidImageException;
import org.xcbir.descriptor.image.InvalidImageException.Problem;
import org.xcbir.it.support.Deployments;

/** The real descriptor inside Payara: real weights, real photographs, bad input rejected clearly. */
@ExtendWith(ArquillianExtension.class)
class DescriptorIT {

    @Deployment
    static EnterpriseArchive application() {
        EnterpriseArchive ear = Deployments.applicationWithTests(DescriptorIT.class);
        Path photos = Path.of(System.getProperty("it.photos"));
        ear.getAsType(WebArchive.class, "xcbir-tests.war")
                .addAsResource(photos.resolve("dog.jpg").toFile(), "photos/dog.jpg")
                .addAsResource(photos.resolve("chelsea.png").toFile(), "photos/chelsea.png")
                .addAsResource(photos.resolve("grace_hopper.jpg").toFile(), "photos/grace_hopper.jpg");
        return ear;
    }

    @Inject
    ModelRuntime model;

    @Inject
    DescriptorService descriptors;

    @BeforeEach
    void awaitModel() throws InterruptedException {
        long deadline = System.nanoTime() + 240_000_000_000L;
        while (model.state().phase() == ModelRuntime.Phase.LOADING && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(ModelRuntime.Phase.READY, model.state().phase(), model.state().description());
    }

    private static byte[] photo(String name) throws IOException {
        try (InputStream in = DescriptorIT.class.getResourceAsStream("/photos/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aPhotoBecomesADeterministicUnitVectorOf1280Dimensions() throws Exception {
        float[] first = descriptors.describe(photo("dog.jpg"), "dog.jpg");
        float[] second = descriptors.describe(photo("dog.jpg"), "dog.jpg");

        assertEquals(1280, first.length);
        assertEquals(1280, descriptors.dimension());
        double norm = 0;
        for (float x : first) {
            norm += x * x;
        }
        assertEquals(1.0, Math.sqrt(norm), 1e-4);
        assertArrayEquals(first, second, "same image, same vector, bitwise");
        assertTrue(descriptors.modelId().contains("mobilenet"), descriptors.modelId());
    }

    @Test
    void differentPhotosGetDifferentVectors() throws Exception {
        float[] dog = descriptors.describe(photo("dog.jpg"), "dog.jpg");
        float[] cat = descriptors.describe(photo("chelsea.png"), "chelsea.png");
        float[] person = descriptors.describe(photo("grace_hopper.jpg"), "grace_hopper.jpg");
        double dogCat = distance(dog, cat);
        double catPerson = distance(cat, person);
        assertTrue(dogCat > 0.05 && catPerson > 0.05, dogCat + " " + catPerson);
        assertTrue(!Arrays.equals(dog, cat));
    }

    @Test
    void emptyCorruptAndForeignFilesAreRejectedWithAMessage() throws Exception {
        InvalidImageException empty = assertThrows(InvalidImageException.class,
                () -> descriptors.describe(new byte[0], "empty.jpg"));
        assertEquals(Problem.EMPTY, empty.problem());
        assertTrue(empty.getMessage().contains("empty.jpg"), empty.getMessage());

        InvalidImageException text = assertThrows(InvalidImageException.class,
                () -> descriptors.describe("not an image".getBytes(StandardCharsets.UTF_8), "notes.txt"));
        assertEquals(Problem.UNKNOWN_FORMAT, text.problem());

        byte[] dog = photo("dog.jpg");
        InvalidImageException truncated = assertThrows(InvalidImageException.class,
                () -> descriptors.describe(Arrays.copyOf(dog, dog.length / 3), "half.jpg"));
        assertEquals(Problem.CORRUPT, truncated.problem());
    }

    @Test
    void aHugeImageIsRefusedBeforeItIsDecoded() throws Exception {
        Runtime runtime = Runtime.getRuntime();
        InvalidImageException huge = assertThrows(InvalidImageException.class,
                () -> descriptors.describe(pngHeader(30_000, 30_000), "huge.png"));
        assertEquals(Problem.TOO_LARGE, huge.problem());
        assertTrue(huge.getMessage().contains("30000"), huge.getMessage());
        assertTrue(runtime.freeMemory() > 0, "the server is still alive");
        float[] afterwards = descriptors.describe(photo("dog.jpg"), "dog.jpg");
        assertEquals(1280, afterwards.length, "the descriptor still works after the refusal");
    }

    /** A PNG signature and IHDR chunk declaring the given size: enough for a reader to report dimensions. */
    private static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(chunk);
        data.writeBytes("IHDR");
        data.writeInt(width);
        data.writeInt(height);
        data.write(new byte[] {8, 2, 0, 0, 0});
        out.writeInt(13);
        out.write(chunk.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(chunk.toByteArray());
        out.writeInt((int) crc.getValue());
        return bytes.toByteArray();
    }

    private static double distance(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }
}
